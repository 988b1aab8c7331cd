import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { loadDraft, type Draft } from '$lib/server/requests/drafts';
import { requireUser } from '$lib/server/auth/guard';
import { submitStep } from '$lib/server/requests/request-wizard';
import {
	findSubmittedRequest,
	loadStepPage,
	sendDraftedRequest,
	stepContext
} from '$lib/server/requests/request-form-page';
import { fieldErrors, formFields } from '$lib/forms/parse-form';
import { stepFromSlug, stepSlugs } from '$lib/forms/request-steps';
import { readForm } from '$lib/server/http/read-form';
import { localizedPath } from '$lib/i18n/localized-path';

/**
 * A request taken by phone or at the desk goes through these same steps, but only for a
 * signed-in animator or admin of the relay that started it; anyone else gets 404.
 */
function checkDraftAccess(event: RequestEvent, draft: Draft) {
	const { enteredBy } = draft.data;
	if (!enteredBy) return;
	const staff = requireUser(event, 'admin', 'animator');
	if (staff.relayId !== enteredBy.relayId) error(404, event.locals.t.common.error.notFound);
}

/** A page of the form, in the language of the page the person is on. */
const formPath = (event: RequestEvent, path: string) => localizedPath(path, event.locals.locale);

export const load: PageServerLoad = async (event) => {
	const { t } = event.locals;
	const step = stepFromSlug(event.params.step);
	if (!step) error(404, t.common.error.notFound);
	const db = event.locals.db;
	const draft = await loadDraft(db, event.params.draft);
	if (!draft) {
		// Opened again after sending (the back button, a bookmark): the confirmation.
		const sent = await findSubmittedRequest(db, event.params.draft);
		if (sent?.channel === 'online')
			redirect(303, formPath(event, `/demande/envoyee/${event.params.draft}`));
		return { expired: true as const };
	}
	checkDraftAccess(event, draft);
	return { expired: false as const, ...(await loadStepPage(db, draft, step, t)) };
};

export const actions = {
	default: async (event) => {
		const { locale, t } = event.locals;
		const step = stepFromSlug(event.params.step);
		if (!step) error(404, t.common.error.notFound);
		const db = event.locals.db;
		const draft = await loadDraft(db, event.params.draft);
		if (!draft) {
			// Sent already (a second click, a resend after a timeout): the same confirmation.
			const sent = await findSubmittedRequest(db, event.params.draft);
			if (sent)
				redirect(
					303,
					sent.channel === 'online'
						? formPath(event, `/demande/envoyee/${event.params.draft}`)
						: `/relais/demandes/${sent.reference}`
				);
			return fail(410, { errors: fieldErrors({ form: t.request.form.expired }) });
		}
		checkDraftAccess(event, draft);
		const raw = formFields(await readForm(event.request));

		const outcome = await submitStep(
			db,
			draft,
			step,
			raw,
			await stepContext(db, draft.data.channel, t),
			event.getClientAddress()
		);
		if (outcome.kind === 'rate_limited')
			return fail(429, { errors: fieldErrors({ form: t.request.form.tooManySaves }) });
		if (outcome.kind === 'too_large')
			return fail(413, { errors: fieldErrors({ form: t.request.form.stepTooLarge }) });
		if (outcome.kind === 'invalid')
			return fail(400, { errors: outcome.errors, choices: outcome.choices });
		// The address as it was asked, its language prefix included (reroute keeps `url`).
		if (outcome.kind === 'stay') redirect(303, event.url.pathname);
		if (step !== 'send' || raw.intent === 'back')
			redirect(303, formPath(event, `/demande/${draft.id}/${stepSlugs[outcome.step]}`));

		const sent = await sendDraftedRequest(db, draft.id, raw, event.getClientAddress(), locale);
		if (sent.kind === 'invalid') {
			// An earlier step no longer holds (a date passed meanwhile): back there, with its errors.
			redirect(303, formPath(event, `/demande/${draft.id}/${stepSlugs[sent.step]}?verifier=1`));
		}
		if (sent.kind === 'rate_limited')
			return fail(429, { errors: fieldErrors({ form: t.request.form.rateLimited }) });
		if (sent.kind === 'spam')
			return fail(400, { errors: fieldErrors({ form: t.request.form.refused }) });
		redirect(
			303,
			sent.enteredByStaff
				? `/relais/demandes/${sent.reference}`
				: formPath(event, `/demande/envoyee/${sent.idempotencyKey}`)
		);
	}
} satisfies Actions;
