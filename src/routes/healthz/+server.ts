import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { pingDatabase } from '$lib/server/db/health';
import { isShuttingDown } from '$lib/server/startup';
import { RETRY_AFTER_SECONDS } from '$lib/server/db/unavailable-response';

/** For the reverse proxy and the orchestrator: 200 when the database answers, 503 otherwise. */
export const GET: RequestHandler = async ({ locals }) => {
	if (isShuttingDown()) return json({ status: 'stopping' }, { status: 503 });
	try {
		await pingDatabase(locals.db);
		return json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
	} catch (error) {
		// A warning: the outage is reported by the 503 itself; probes would flood the error log.
		locals.log.warn({ err: error }, 'health check failed');
		return json(
			{ status: 'database unavailable' },
			{
				status: 503,
				headers: { 'cache-control': 'no-store', 'retry-after': String(RETRY_AFTER_SECONDS) }
			}
		);
	}
};
