import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { runtimeDatabase } from '$lib/server/db/runtime';
import { queueCounters } from '$lib/server/queue/queue-listing';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	return {
		relayName: user.relayName,
		name: user.name,
		isAdmin: user.role === 'admin',
		queue: await queueCounters(runtimeDatabase(), user)
	};
};
