import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { startOnlineDraft } from '$lib/server/requests/drafts';
import { stepSlugs } from '$lib/forms/request-steps';
import { localizedPath } from '$lib/i18n/localized-path';
import { readForm } from '$lib/server/http/read-form';

export const actions: Actions = {
	/** A POST, not a GET: opening the page writes nothing; starting the form does. */
	default: async (event) => {
		const { locale, t } = event.locals;
		// The button's form carries no field, but a body that is not a form is refused (415).
		await readForm(event.request);
		const draftId = await startOnlineDraft(event.locals.db, event.getClientAddress());
		if (!draftId) return fail(429, { message: t.request.form.tooManyDrafts });
		redirect(303, localizedPath(`/demande/${draftId}/${stepSlugs.contact}`, locale));
	}
};
