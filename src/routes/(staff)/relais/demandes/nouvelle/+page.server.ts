import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { createDraft } from '$lib/server/requests/drafts';
import { parseForm } from '$lib/forms/parse-form';
import { staffEntrySchema } from '$lib/forms/staff-entry';
import { stepSlugs } from '$lib/forms/request-steps';
import { todayInParis } from '$lib/time/paris';
import { readForm } from '$lib/server/http/read-form';
import { invalid } from '$lib/server/http/form-failure';

export const load: PageServerLoad = (event) => {
	requireUser(event, 'admin', 'animator');
	return { today: todayInParis() };
};

export const actions: Actions = {
	/** The animator fills the family's request through the same steps as the public form. */
	default: async (event) => {
		const staff = requireUser(event, 'admin', 'animator');
		const form = parseForm(
			staffEntrySchema({ today: todayInParis() }),
			await readForm(event.request)
		);
		if (!form.ok) return invalid('default', form.errors, form.values);
		const draftId = await createDraft(
			event.locals.db,
			form.data.channel,
			new Date(),
			{ userId: staff.id, relayId: staff.relayId },
			form.data.arrivedOn,
			form.data.locale
		);
		redirect(303, `/demande/${draftId}/${stepSlugs.contact}`);
	}
};
