import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizedPath } from '$lib/i18n/localized-path';
import { eraseRequestSchema } from '$lib/forms/tracking';
import { parseForm } from '$lib/forms/parse-form';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import { readForm } from '$lib/server/http/read-form';
import { invalid } from '$lib/server/http/form-failure';
import { findRequestByTrackingToken } from '$lib/server/requests/tracking';
import { eraseByFamily } from '$lib/server/requests/rights/erase-request';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	// As the tracking page: the token is in the address (see ../+page.server.ts).
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'same-origin' });
	const request = await findRequestByTrackingToken(locals.db, params.token);
	if (!request) error(404, locals.t.common.error.notFound);
	return { reference: request.reference, open: isOpenRequestStatus(request.status) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const parsed = parseForm(eraseRequestSchema(locals.t), await readForm(request));
		if (!parsed.ok) return invalid('erase', parsed.errors, parsed.values);
		const result = await eraseByFamily(locals.db, params.token);
		if (!result.ok) error(404, locals.t.common.error.notFound);
		// Away from the dead link: reloading the answer must not post again nor show a 404.
		redirect(303, localizedPath('/suivi/donnees-effacees', locals.locale));
	}
};
