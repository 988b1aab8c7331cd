import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { officialTerritory } from '$lib/server/territory/official-territory';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'official');
	return { territory: await officialTerritory(event.locals.db, user) };
};
