import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import {
	followUpListHref,
	listFollowUps,
	parseFollowUpListQuery
} from '$lib/server/requests/follow-ups/follow-up-list';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const filters = parseFollowUpListQuery(event.url.searchParams);
	const list = await listFollowUps(event.locals.db, user, filters);
	const at = (page: number) => followUpListHref({ ...filters, page });
	return {
		list,
		filters,
		links: {
			first: filters.page > 1 ? at(1) : null,
			previous: filters.page > 1 && filters.page <= list.pageCount ? at(filters.page - 1) : null,
			next: filters.page < list.pageCount ? at(filters.page + 1) : null
		}
	};
};
