import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event, 'official');
	return { relayName: user.territoryName };
};
