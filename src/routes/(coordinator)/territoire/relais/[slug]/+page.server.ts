import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { loadRelayDetails } from '$lib/server/territory/relays/relay-details';
import { updateRelay } from '$lib/server/territory/relays/update-relay';
import { createRelayAdmin } from '$lib/server/territory/relays/create-relay-admin';
import { parseForm } from '$lib/forms/parse-form';
import { relayAdminSchema, relaySchema } from '$lib/forms/relay';
import { formAnswer } from '$lib/forms/form-answer';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';
import { invalid, succeeded } from '$lib/server/http/form-failure';

const t = m.territoryRelays;

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'coordinator');
	const details = await loadRelayDetails(event.locals.db, event.params.slug);
	if (!details) error(404, m.common.error.notFound);
	return { ...details, justCreated: event.url.searchParams.has('cree') };
};

export const actions: Actions = {
	update: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = parseForm(relaySchema, await readForm(event.request));
		if (!form.ok) return invalid('update', form.errors, form.values);
		const result = await updateRelay(event.locals.db, coordinator, event.params.slug, form.data);
		if (result.ok) return succeeded('update', t.edit.updated);
		if (result.reason === 'not_found') error(404, m.common.error.notFound);
		const { targetDays, ...typed } = form.data;
		const values = { ...typed, targetDays: String(targetDays) };
		const message =
			result.reason === 'reference_code_taken'
				? t.errors.referenceCodeTaken
				: t.errors.referenceCodeLocked;
		return fail(409, formAnswer('update', { errors: { referenceCode: message }, values }));
	},
	createAdmin: async (event) => {
		const coordinator = requireUser(event, 'coordinator');
		const form = parseForm(relayAdminSchema, await readForm(event.request));
		if (!form.ok) return invalid('createAdmin', form.errors, form.values);
		const result = await createRelayAdmin(
			event.locals.db,
			coordinator,
			event.params.slug,
			form.data
		);
		if (result.ok) return succeeded('createAdmin', t.edit.addAdmin.created(form.data.email));
		if (result.reason === 'not_found') error(404, m.common.error.notFound);
		return fail(
			409,
			formAnswer('createAdmin', {
				errors: { adminEmail: m.team.errors.emailTaken },
				values: { adminName: form.data.name, adminEmail: form.data.email }
			})
		);
	}
};
