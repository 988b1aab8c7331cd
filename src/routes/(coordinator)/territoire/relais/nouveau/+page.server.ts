import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { createRelay } from '$lib/server/territory/relays/create-relay';
import { parseForm } from '$lib/forms/parse-form';
import { relaySchema } from '$lib/forms/relay';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';
import { invalid } from '$lib/server/http/form-failure';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'coordinator');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = parseForm(relaySchema, await readForm(event.request));
		if (!form.ok) return invalid('default', form.errors, form.values);
		const result = await createRelay(event.locals.db, coordinator, form.data);
		if (!result.ok) {
			const { targetDays, ...typed } = form.data;
			return invalid(
				'default',
				{ referenceCode: m.territoryRelays.errors.referenceCodeTaken },
				{ ...typed, targetDays: String(targetDays) }
			);
		}
		redirect(303, `/territoire/relais/${result.relay.slug}?cree=1`);
	}
};
