import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { observatoryScopeOf } from '$lib/server/observatory/observatory-scope';
import { tableCsvDownload } from '$lib/server/observatory/exports/downloads';
import { parseExportQuery } from '$lib/server/observatory/exports/export-request';

/** One table of the observatory as CSV: `/observatoire/export/demandes-par-canal.csv?annee=2026`. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'official', 'coordinator', 'admin', 'animator');
	const query = parseExportQuery(event.url);
	if (!query) error(404);
	const download = await tableCsvDownload(
		event.locals.db,
		observatoryScopeOf(user),
		event.params.table,
		query.annee
	);
	if (!download) error(404);
	return download;
};
