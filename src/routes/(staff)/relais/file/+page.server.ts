import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { parseQueueQuery, queueHref, statusParam } from '$lib/server/queue/queue-forms';
import { listQueue, queueCommunes, queueCounters } from '$lib/server/queue/queue-listing';
import { takeNextRequest } from '$lib/server/queue/take-next';
import { m } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const db = event.locals.db;
	const { filters, cursor } = parseQueueQuery(event.url.searchParams);
	const now = new Date();
	const [page, counters, communes] = await Promise.all([
		listQueue(db, user, filters, cursor, now),
		queueCounters(db, user, now),
		queueCommunes(db, user)
	]);
	// After a transfer the request page sends the admin here: say where the request went.
	const transferred = event.url.searchParams.get('transfert');
	return {
		transferred: transferred && /^[A-Z]{2,4}-\d{4}-\d{5,}$/.test(transferred) ? transferred : null,
		page,
		counters,
		communes,
		filters,
		/** The status select's value: empty for the default view (waiting for an appointment). */
		statusValue: statusParam(filters.status),
		filtered: Object.keys(filters).length > 0,
		links: {
			first: cursor ? queueHref(filters) : null,
			allOpen: queueHref({ status: 'all_open' }),
			previous: page.previous ? queueHref(filters, page.previous) : null,
			next: page.next ? queueHref(filters, page.next) : null
		}
	};
};

export const actions: Actions = {
	takeNext: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const taken = await takeNextRequest(event.locals.db, user);
		if (!taken) return fail(409, { message: m.queue.list.takeNext.empty });
		redirect(303, `/relais/demandes/${taken.reference}`);
	}
};
