import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { observatoryScopeOf } from '$lib/server/observatory/observatory-scope';
import { workbookDownload } from '$lib/server/observatory/exports/downloads';
import { parseExportQuery } from '$lib/server/observatory/exports/export-request';

/** Every table of the observatory in one spreadsheet: `/observatoire/export.xlsx?annee=2026`. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'official', 'coordinator', 'admin', 'animator');
	const query = parseExportQuery(event.url);
	if (!query) error(404);
	const download = await workbookDownload(event.locals.db, observatoryScopeOf(user), query.annee);
	if (!download) error(404);
	return download;
};
