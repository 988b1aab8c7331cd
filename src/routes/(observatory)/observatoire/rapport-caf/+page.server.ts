import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { observatoryScopeOf } from '$lib/server/observatory/observatory-scope';
import { parseExportQuery } from '$lib/server/observatory/exports/export-request';
import { loadCafReport } from '$lib/server/observatory/exports/load-caf-report';

/** The yearly CAF activity report: `?annee=2025`, and `relais=<id>` for a wider territory. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'official', 'coordinator', 'admin', 'animator');
	const query = parseExportQuery(event.url);
	if (!query) error(404);
	const page = await loadCafReport(event.locals.db, observatoryScopeOf(user), query);
	if (!page) error(404);
	return page;
};
