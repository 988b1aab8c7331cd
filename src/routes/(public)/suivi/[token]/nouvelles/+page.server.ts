import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import type { FamilyMessages } from '$lib/i18n/family';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import { parseForm } from '$lib/forms/parse-form';
import { chosenAnswerOf, followUpConfirmSchema, followUpFoundSchema } from '$lib/forms/follow-up';
import type { FollowUpAnswer } from '$lib/requests/outcome-options';
import { readForm } from '$lib/server/http/read-form';
import { invalid, refused, succeeded } from '$lib/server/http/form-failure';
import { loadFollowUpQuestion } from '$lib/server/requests/follow-ups/family-follow-up';
import {
	answerFollowUp,
	type FollowUpAnswerResult,
	type FollowUpReply
} from '$lib/server/requests/follow-ups/answer-follow-up';

/**
 * The family answers a follow-up. The mail's links open this page with the answer chosen
 * (`?reponse=`); only the button writes (a GET never does: mail scanners open links).
 */
export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	// As the tracking page: the token is in the address.
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'same-origin' });
	const question = await loadFollowUpQuestion(locals.db, params.token);
	if (!question) error(404, locals.t.common.error.notFound);
	return {
		reference: question.reference,
		pendingStage: question.pendingStage,
		open: isOpenRequestStatus(question.status),
		lastAnswer: question.lastAnswer
			? {
					answer: question.lastAnswer.answer,
					on: locals.t.format.date(question.lastAnswer.answeredAt)
				}
			: null,
		chosen: chosenAnswerOf(url.searchParams.get('reponse'))
	};
};

function answered(t: FamilyMessages, action: FollowUpAnswer, result: FollowUpAnswerResult) {
	if (result.ok) return succeeded(action, t.followUps.page.done[action]);
	if (result.reason === 'not_found') error(404, t.common.error.notFound);
	return refused(action, t.followUps.page.refused[result.reason]);
}

async function confirm(
	locals: App.Locals,
	token: string,
	request: Request,
	reply: FollowUpReply & { answer: 'still_looking' | 'no_longer_needed' }
) {
	const parsed = parseForm(followUpConfirmSchema, await readForm(request));
	if (!parsed.ok) return invalid(reply.answer, parsed.errors, parsed.values);
	return answered(locals.t, reply.answer, await answerFollowUp(locals.db, token, reply));
}

export const actions: Actions = {
	found: async ({ locals, params, request }) => {
		const parsed = parseForm(followUpFoundSchema(locals.t), await readForm(request));
		if (!parsed.ok) return invalid('found', parsed.errors, parsed.values);
		const reply = { answer: 'found' as const, careKind: parsed.data.careKind };
		return answered(locals.t, 'found', await answerFollowUp(locals.db, params.token, reply));
	},
	still_looking: ({ locals, params, request }) =>
		confirm(locals, params.token, request, { answer: 'still_looking' }),
	no_longer_needed: ({ locals, params, request }) =>
		confirm(locals, params.token, request, { answer: 'no_longer_needed' })
};
