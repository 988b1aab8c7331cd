import { followUpAnswers, type FollowUpAnswer } from '$lib/requests/outcome-options';

/** Where a family answers a follow-up, under its tracking page. */
export const FOLLOW_UP_PAGE = 'nouvelles';

/**
 * The links of the follow-up mail, one per answer. They only open the answer page with that
 * answer chosen: a GET never writes (mail scanners open every link), a button confirms.
 */
export const followUpLinks = (trackingLink: string): Record<FollowUpAnswer, string> =>
	Object.fromEntries(
		followUpAnswers.map((answer) => [answer, `${trackingLink}/${FOLLOW_UP_PAGE}?reponse=${answer}`])
	) as Record<FollowUpAnswer, string>;
