import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { findChildminderToCorrect } from '$lib/server/directory/corrections/childminder-to-correct';
import { correctChildminder } from '$lib/server/directory/corrections/correct-childminder';
import { correctionSchema } from '$lib/forms/childminder';
import { formFields, parseForm } from '$lib/forms/parse-form';
import { readForm } from '$lib/server/http/read-form';
import { invalid, succeeded } from '$lib/server/http/form-failure';
import { isUuid } from '$lib/ids';
import { m } from '$lib/i18n';

const textFields = (body: FormData): Record<string, string> =>
	Object.fromEntries(
		Object.entries(formFields(body)).filter((e): e is [string, string] => typeof e[1] === 'string')
	);

export const load: PageServerLoad = async (event) => {
	const staff = requireUser(event, 'admin', 'animator');
	// Another relay's childminder answers 404, like one that does not exist.
	const childminder = isUuid(event.params.id)
		? await findChildminderToCorrect(event.locals.db, staff.relayId, event.params.id)
		: null;
	if (!childminder) error(404, m.common.error.notFound);
	return { childminder };
};

export const actions: Actions = {
	default: async (event) => {
		const staff = requireUser(event, 'admin', 'animator');
		if (!isUuid(event.params.id)) error(404, m.common.error.notFound);
		const body = await readForm(event.request);
		const form = parseForm(correctionSchema, body);
		if (!form.ok) return invalid('correct', form.errors, form.values);
		const result = await correctChildminder(event.locals.db, staff, event.params.id, form.data);
		if (!result.ok) {
			if (result.reason === 'not_found') error(404, m.common.error.notFound);
			// A commune or MAM of another relay: refused at its field, the form as typed.
			return invalid('correct', result.errors, textFields(body));
		}
		return succeeded('correct', m.childminder.correction.saved(result.changed.length));
	}
};
