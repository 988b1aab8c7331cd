import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { runtimeDatabase } from '$lib/server/db/runtime';
import { createDraft } from '$lib/server/requests/drafts';
import { stepSlugs } from '$lib/forms/request-steps';

export const actions: Actions = {
	/** A POST, not a GET: opening the page writes nothing; starting the form does. */
	default: async () => {
		const draftId = await createDraft(runtimeDatabase(), 'online');
		redirect(303, `/demande/${draftId}/${stepSlugs.contact}`);
	}
};
