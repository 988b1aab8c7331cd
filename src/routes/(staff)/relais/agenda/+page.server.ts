import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { agendaHref, loadAgendaWeek, parseAgendaQuery } from '$lib/server/appointments/agenda-week';
import {
	calendarFeedCreatedAt,
	calendarFeedUrl,
	createCalendarFeed,
	revokeCalendarFeed
} from '$lib/server/appointments/calendar-feed';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const db = event.locals.db;
	const query = parseAgendaQuery(event.url.searchParams, user);
	const [week, feedCreatedAt] = await Promise.all([
		loadAgendaWeek(db, user, query),
		calendarFeedCreatedAt(db, user.id)
	]);
	return {
		week,
		view: query.view,
		display: query.display,
		badWeek: query.badWeek,
		canSeeRelay: user.role === 'admin',
		feedCreatedAt,
		links: {
			previous: agendaHref(week.previous, query.view, query.display),
			current: agendaHref(week.current, query.view, query.display),
			next: agendaHref(week.next, query.view, query.display),
			mine: agendaHref(week.weekStart, 'mine', query.display),
			relay: agendaHref(week.weekStart, 'relay', query.display),
			grid: agendaHref(week.weekStart, query.view, 'grid'),
			list: agendaHref(week.weekStart, query.view, 'list')
		}
	};
};

export const actions: Actions = {
	/** A new private address; the old one, if any, stops working. Shown once: only its hash is kept. */
	createFeed: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const token = await createCalendarFeed(event.locals.db, user.id);
		return { feedUrl: calendarFeedUrl(token) };
	},
	revokeFeed: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		await revokeCalendarFeed(event.locals.db, user.id);
		return { revoked: true };
	}
};
