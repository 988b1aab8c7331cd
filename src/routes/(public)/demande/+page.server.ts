import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { startOnlineDraft } from '$lib/server/requests/drafts';
import { m } from '$lib/i18n';
import { stepSlugs } from '$lib/forms/request-steps';
import { readForm } from '$lib/server/http/read-form';

export const actions: Actions = {
	/** A POST, not a GET: opening the page writes nothing; starting the form does. */
	default: async (event) => {
		// The button's form carries no field, but a body that is not a form is refused (415).
		await readForm(event.request);
		const draftId = await startOnlineDraft(event.locals.db, event.getClientAddress());
		if (!draftId) return fail(429, { message: m.request.form.tooManyDrafts });
		redirect(303, `/demande/${draftId}/${stepSlugs.contact}`);
	}
};
