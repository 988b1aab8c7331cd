import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { loadStructuresOverview } from '$lib/server/directory/structures/structures-page';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const canEdit = user.role === 'admin';
	const overview = await loadStructuresOverview(event.locals.db, user.relayId, {
		withClosed: canEdit
	});
	// After an admin added one (a redirect from the form): named if it is on the page.
	const addedId = event.url.searchParams.get('ajoutee');
	const added = addedId
		? [...overview.groups.flatMap((g) => g.structures), ...overview.closed].find(
				(s) => s.id === addedId
			)
		: undefined;
	return { ...overview, canEdit, added: added?.name ?? null };
};
