import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import {
	createReceptionPlace,
	listReceptionPlaces,
	setReceptionPlaceActive
} from '$lib/server/appointments/availability-settings';
import { parseForm } from '$lib/forms/parse-form';
import { placeActiveSchema, receptionPlaceSchema } from '$lib/forms/availability';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';
import { invalid } from '$lib/server/http/form-failure';

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	return { places: await listReceptionPlaces(event.locals.db, admin.relayId) };
};

export const actions: Actions = {
	create: async (event) => {
		const admin = requireUser(event, 'admin');
		const form = parseForm(receptionPlaceSchema, await readForm(event.request));
		if (!form.ok) return invalid('create', form.errors, form.values);
		await createReceptionPlace(event.locals.db, admin, form.data);
		return { created: form.data.name };
	},
	setActive: async (event) => {
		const admin = requireUser(event, 'admin');
		const form = parseForm(placeActiveSchema, await readForm(event.request));
		// The id comes from a hidden field: a wrong one is a stale or forged page, not a typo.
		if (!form.ok) error(404, m.common.error.notFound);
		const result = await setReceptionPlaceActive(
			event.locals.db,
			admin,
			form.data.placeId,
			form.data.active
		);
		if (!result.ok) error(404, m.common.error.notFound);
		return { activeChanged: form.data.active };
	}
};
