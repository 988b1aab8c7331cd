import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { findGivenList } from '$lib/server/directory/family-list/read-family-lists';
import { m } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const list = await findGivenList(event.locals.db, user, event.params.reference, event.params.id);
	if (!list) error(404, m.common.error.notFound);
	return { list, justGiven: event.url.searchParams.get('remise') === '1' };
};
