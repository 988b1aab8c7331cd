import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { observatoryScopeOf } from '$lib/server/observatory/observatory-scope';
import { dataPackageDownload } from '$lib/server/observatory/exports/downloads';

/** The Data Package describing donnees-ouvertes.csv (Frictionless, Table Schema). */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event, 'official', 'coordinator', 'admin', 'animator');
	return dataPackageDownload(event.locals.db, observatoryScopeOf(user));
};
