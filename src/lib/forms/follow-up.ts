import { z } from '$lib/forms/zod';
import type { FamilyMessages } from '$lib/i18n/family';
import {
	careFoundKinds,
	followUpAnswers,
	type FollowUpAnswer
} from '$lib/requests/outcome-options';

/**
 * The forms of the follow-up answer page (`/suivi/<token>/nouvelles`): one per answer, in the
 * family's language (`locals.t`). Only « nous avons trouvé » asks something more, the kind
 * of care, required.
 */
export const followUpFoundSchema = (t: FamilyMessages) =>
	z.object({
		careKind: z.enum(careFoundKinds, { error: t.followUps.page.careKindRequired })
	});

/** « still looking » and « no longer needed »: the button is the whole answer. */
export const followUpConfirmSchema = z.object({});

/** The answer a mail's link chose (`?reponse=`), if it is one. */
export const chosenAnswerOf = (value: string | null): FollowUpAnswer | null =>
	(followUpAnswers as readonly (string | null)[]).includes(value)
		? (value as FollowUpAnswer)
		: null;
