import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { observatoryScopeOf } from '$lib/server/observatory/observatory-scope';
import { openDataDownload } from '$lib/server/observatory/exports/downloads';

/** The open-data file: requests by INSEE commune code and quarter, every year offered. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'official', 'coordinator', 'admin', 'animator');
	return openDataDownload(event.locals.db, observatoryScopeOf(user));
};
