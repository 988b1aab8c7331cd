import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { directorySearchParams, parseDirectoryFilters } from '$lib/forms/directory-search';
import { directoryPage } from '$lib/server/directory/search/directory-page';
import { randomListSeed } from '$lib/server/directory/search/search-directory';
import { todayInParis } from '$lib/time/paris';

const BASE = '/relais/annuaire';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const query = parseDirectoryFilters(event.url.searchParams);
	// No seed in the address: a new rotation is drawn, shown, and kept in every link.
	const seed = query.seed ?? randomListSeed();
	const result = await directoryPage(event.locals.db, user, { ...query, seed }, todayInParis());
	if (result.searched)
		event.locals.log.info(
			{
				staffId: user.id,
				relayId: user.relayId,
				filters: query.filters,
				order: query.order,
				seed,
				page: result.page,
				total: result.total
			},
			'directory searched'
		);
	const href = (page: number) =>
		`${BASE}?${directorySearchParams(query.filters, query.order, seed, page)}`;
	const fresh = new URLSearchParams(directorySearchParams(query.filters, query.order, seed));
	fresh.delete('graine');
	return {
		...result,
		order: query.order,
		seed,
		values: query.values,
		filtered: Object.keys(query.filters).length > 0,
		links: {
			first: result.page > 2 ? href(1) : null,
			previous: result.page > 1 ? href(result.page - 1) : null,
			next: result.page < result.pageCount ? href(result.page + 1) : null,
			newSeed: `${BASE}?${fresh}`,
			reset: BASE
		}
	};
};
