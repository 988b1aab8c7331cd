import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { childminderDetail } from '$lib/server/directory/search/directory-page';
import { todayInParis } from '$lib/time/paris';
import { m } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const childminder = await childminderDetail(
		event.locals.db,
		user,
		event.params.id,
		todayInParis()
	);
	// Another relay's childminder is not found, exactly like one that does not exist.
	if (!childminder) error(404, m.common.error.notFound);
	return { childminder };
};
