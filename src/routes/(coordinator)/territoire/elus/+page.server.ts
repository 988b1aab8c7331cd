import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { officialsPage } from '$lib/server/staff/officials-directory';
import { createOfficial, setOfficialActive } from '$lib/server/staff/manage-officials';
import { parseForm } from '$lib/forms/parse-form';
import { officialActiveSchema, officialSchema } from '$lib/forms/official';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';
import { invalid, refused, succeeded } from '$lib/server/http/form-failure';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'coordinator');
	return officialsPage(event.locals.db);
};

export const actions: Actions = {
	create: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = parseForm(officialSchema, await readForm(event.request));
		if (!form.ok) return invalid('create', form.errors, form.values);
		const result = await createOfficial(event.locals.db, coordinator, form.data);
		if (!result.ok) {
			const values = { name: form.data.name, email: form.data.email, scope: form.data.scope.kind };
			return result.reason === 'email_taken'
				? invalid('create', { email: m.team.errors.emailTaken }, values)
				: refused('create', m.officials.errors.unknownScope, values);
		}
		return succeeded('create', m.officials.add.created(form.data.email));
	},
	setActive: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = parseForm(officialActiveSchema, await readForm(event.request));
		// The id comes from a hidden field: a wrong one is a stale or forged page, not a typo.
		if (!form.ok) error(404, m.common.error.notFound);
		const { userId, active } = form.data;
		const result = await setOfficialActive(event.locals.db, coordinator, userId, active);
		if (!result.ok) error(404, m.common.error.notFound);
		const done = active ? m.officials.reactivated : m.officials.deactivated;
		return succeeded('setActive', done(result.name));
	}
};
