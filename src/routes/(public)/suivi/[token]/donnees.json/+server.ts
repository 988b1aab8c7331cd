import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { downloadFamilyData } from '$lib/server/requests/rights/family-data';

/** The family's data as a file (GDPR art. 15 and 20); the download is logged, not its content. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const data = await downloadFamilyData(locals.db, params.token);
	if (!data) error(404, locals.t.common.error.notFound);
	return json(data, {
		headers: {
			'content-disposition': `attachment; filename="donnees-${data.request.reference}.json"`,
			'cache-control': 'no-store',
			'referrer-policy': 'same-origin'
		}
	});
};
