import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event, 'admin', 'animator');
	return { relayName: user.relayName, name: user.name, isAdmin: user.role === 'admin' };
};
