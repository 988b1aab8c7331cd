import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { observatoryFor } from '$lib/server/observatory/observatory-for';
import { requestedYear } from '$lib/observatory/year-query';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'official', 'coordinator', 'admin', 'animator');
	const {
		sections,
		overview: _overview,
		...header
	} = await observatoryFor(event.locals.db, user, requestedYear(event.url.searchParams));
	return { header, tables: sections.tension };
};
