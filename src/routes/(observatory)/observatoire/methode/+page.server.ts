import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';

/** The method is the same for everyone; only the observatory's readers open it. */
export const load: PageServerLoad = async (event) => {
	requireUser(event, 'official', 'coordinator', 'admin', 'animator');
	return {};
};
