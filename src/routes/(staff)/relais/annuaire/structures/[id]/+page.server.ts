import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { loadStructureForm } from '$lib/server/directory/structures/structures-page';
import { updateStructure } from '$lib/server/directory/structures/edit-structure';
import { careStructureSchema, typedStructureValues } from '$lib/forms/care-structure';
import { parseForm } from '$lib/forms/parse-form';
import { m } from '$lib/i18n';
import { isUuid } from '$lib/ids';
import { readForm } from '$lib/server/http/read-form';
import { invalid, succeeded } from '$lib/server/http/form-failure';

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	// Another relay's structure answers 404, like one that does not exist.
	const form = await loadStructureForm(
		event.locals.db,
		admin.relayId,
		isUuid(event.params.id) ? event.params.id : null
	);
	if (!form.structure) error(404, m.common.error.notFound);
	return { communes: form.communes, structure: form.structure };
};

export const actions: Actions = {
	default: async (event) => {
		const admin = requireUser(event, 'admin');
		if (!isUuid(event.params.id)) error(404, m.common.error.notFound);
		const body = await readForm(event.request);
		const form = parseForm(careStructureSchema, body);
		if (!form.ok) return invalid('default', form.errors, form.values);
		const result = await updateStructure(event.locals.db, admin, event.params.id, form.data);
		if (!result.ok && result.reason === 'not_found') error(404, m.common.error.notFound);
		if (!result.ok)
			return invalid(
				'default',
				{ communeInsee: m.directoryStructures.errors.communeRequired },
				typedStructureValues(body)
			);
		return succeeded('default', m.directoryStructures.form.updated);
	}
};
