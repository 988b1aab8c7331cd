import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import {
	findReceptionPlace,
	updateReceptionPlace
} from '$lib/server/appointments/availability-settings';
import { parseForm } from '$lib/forms/parse-form';
import { receptionPlaceSchema } from '$lib/forms/availability';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';
import { invalid } from '$lib/server/http/form-failure';
import { isUuid } from '$lib/ids';

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	// Another relay's place answers 404, like one that does not exist.
	const place = isUuid(event.params.id)
		? await findReceptionPlace(event.locals.db, admin.relayId, event.params.id)
		: null;
	if (!place) error(404, m.common.error.notFound);
	return { place };
};

export const actions: Actions = {
	default: async (event) => {
		const admin = requireUser(event, 'admin');
		if (!isUuid(event.params.id)) error(404, m.common.error.notFound);
		const form = parseForm(receptionPlaceSchema, await readForm(event.request));
		if (!form.ok) return invalid('default', form.errors, form.values);
		const result = await updateReceptionPlace(event.locals.db, admin, event.params.id, form.data);
		if (!result.ok) error(404, m.common.error.notFound);
		return { updated: true };
	}
};
