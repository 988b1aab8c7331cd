import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { listRelayActivity } from '$lib/server/territory/relays/relay-overview';

export const load: PageServerLoad = async (event) => {
	requireUser(event, 'coordinator');
	return { relays: await listRelayActivity(event.locals.db) };
};
