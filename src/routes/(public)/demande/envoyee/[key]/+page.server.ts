import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { findSubmittedRequest } from '$lib/server/requests/request-form-page';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const sent = await findSubmittedRequest(locals.db, params.key);
	if (!sent) error(404, locals.t.common.error.notFound);
	setHeaders({ 'cache-control': 'private, no-store' });
	return { sent };
};
