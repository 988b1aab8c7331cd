import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { familyDataPage } from '$lib/server/requests/rights/family-data-page';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	// As the tracking page: the token is in the address (see ../+page.server.ts).
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'same-origin' });
	const page = await familyDataPage(locals.db, params.token, locals.t);
	if (!page) error(404, locals.t.common.error.notFound);
	return page;
};
