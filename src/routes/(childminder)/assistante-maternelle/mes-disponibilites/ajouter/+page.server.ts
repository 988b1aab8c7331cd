import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireChildminder } from '$lib/server/directory/childminder-auth/guard';
import { addFreePlace } from '$lib/server/directory/self-declaration/add-free-place';
import { freePlaceSchema } from '$lib/forms/childminder';
import { parseForm } from '$lib/forms/parse-form';
import { readForm } from '$lib/server/http/read-form';
import { invalid, refused } from '$lib/server/http/form-failure';
import { todayInParis } from '$lib/time/paris';
import { m } from '$lib/i18n';

export const load: PageServerLoad = (event) => {
	requireChildminder(event);
	return { today: todayInParis() };
};

export const actions: Actions = {
	default: async (event) => {
		const session = requireChildminder(event);
		const form = parseForm(
			freePlaceSchema({ today: todayInParis() }),
			await readForm(event.request)
		);
		if (!form.ok) return invalid('addPlace', form.errors, form.values);
		const result = await addFreePlace(event.locals.db, session.childminderId, form.data);
		if (!result.ok && result.reason === 'too_many')
			return refused('addPlace', m.childminder.errors.tooManyPlaces);
		if (!result.ok) redirect(303, '/assistante-maternelle?session=ended');
		redirect(303, '/assistante-maternelle/mes-disponibilites?ajout=ok');
	}
};
