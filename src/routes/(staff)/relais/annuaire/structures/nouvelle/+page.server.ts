import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { loadStructureForm } from '$lib/server/directory/structures/structures-page';
import { createStructure } from '$lib/server/directory/structures/edit-structure';
import { careStructureSchema, typedStructureValues } from '$lib/forms/care-structure';
import { parseForm } from '$lib/forms/parse-form';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';
import { invalid } from '$lib/server/http/form-failure';

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	const { communes } = await loadStructureForm(event.locals.db, admin.relayId, null);
	return { communes };
};

export const actions: Actions = {
	default: async (event) => {
		const admin = requireUser(event, 'admin');
		const body = await readForm(event.request);
		const form = parseForm(careStructureSchema, body);
		if (!form.ok) return invalid('default', form.errors, form.values);
		const result = await createStructure(event.locals.db, admin, form.data);
		// A commune of another relay: a stale or forged page, said at the field.
		if (!result.ok)
			return invalid(
				'default',
				{ communeInsee: m.directoryStructures.errors.communeRequired },
				typedStructureValues(body)
			);
		redirect(303, `/relais/annuaire/structures?ajoutee=${result.id}`);
	}
};
