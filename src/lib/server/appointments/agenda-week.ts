import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import { addDays, isoWeekday, parseDateInput } from '$lib/time/calendar-date';
import type { RelayStaffUser } from '../auth/session';
import { appointments, childcareRequests, receptionPlaces, staffUsers } from '../db/schema';
import type { Db } from '../db/types';
import { agendaGrid, type AgendaGrid } from './agenda-grid';
import { loadFreeSlots } from './load-free-slots';
import { overlapping } from './overlapping';
import { parisDate, parisToUtc } from '$lib/time/paris';

export type AgendaView = 'mine' | 'relay';
/** The week as a grid (wide screens; a small screen always gets the list) or as a list. */
export type AgendaDisplay = 'grid' | 'list';

export interface AgendaQuery {
	/** The Monday of the week shown (a Paris date). */
	weekStart: string;
	view: AgendaView;
	display: AgendaDisplay;
	/** `?semaine=` was given but is not a date: the current week is shown instead. */
	badWeek: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday of the Paris week holding `date`. */
export const mondayOf = (date: string) => addDays(date, 1 - isoWeekday(date));

/**
 * `?semaine=YYYY-MM-DD` (any day of the week), `?vue=relais` (admins only: an animator
 * always sees their own agenda) and `?affichage=liste` (the list on a wide screen too).
 * Anything unreadable falls back to this week, in its own agenda, as a grid.
 */
export function parseAgendaQuery(
	params: URLSearchParams,
	user: RelayStaffUser,
	now = new Date()
): AgendaQuery {
	const raw = params.get('semaine');
	const date = raw !== null && ISO_DATE.test(raw) ? parseDateInput(raw) : null;
	return {
		weekStart: mondayOf(date ?? parisDate(now)),
		view: user.role === 'admin' && params.get('vue') === 'relais' ? 'relay' : 'mine',
		display: params.get('affichage') === 'liste' ? 'list' : 'grid',
		badWeek: raw !== null && date === null
	};
}

export function agendaHref(
	weekStart: string,
	view: AgendaView,
	display: AgendaDisplay = 'grid'
): string {
	const params = new URLSearchParams({ semaine: weekStart });
	if (view === 'relay') params.set('vue', 'relais');
	if (display === 'list') params.set('affichage', 'liste');
	return `/relais/agenda?${params}`;
}

interface EntryBase {
	key: string;
	startsAt: Date;
	endsAt: Date;
	animatorName: string;
	kind: 'place' | 'phone';
	/** The place's name for a meeting at a place; null by phone. */
	placeName: string | null;
}

export type AgendaEntry =
	| (EntryBase & {
			type: 'appointment';
			status: 'offered' | 'booked' | 'attended' | 'no_show';
			reference: string;
			parentNames: string;
			phone: string | null;
	  })
	| (EntryBase & { type: 'free' });

export interface AgendaDay {
	date: string;
	entries: AgendaEntry[];
}

export interface AgendaWeek {
	weekStart: string;
	weekEnd: string;
	days: AgendaDay[];
	/** The same entries placed in a grid of days and times; null when the week is empty. */
	grid: AgendaGrid | null;
	previous: string;
	next: string;
	current: string;
}

/**
 * One Paris week (Monday 00:00 to the next Monday 00:00, 167 or 169 hours across a clock
 * change) of the relay's appointments, offers still held and free slots: the user's own, or
 * every animator's in the relay view.
 */
export async function loadAgendaWeek(
	db: Db,
	user: RelayStaffUser,
	query: Pick<AgendaQuery, 'weekStart' | 'view'>,
	now = new Date()
): Promise<AgendaWeek> {
	const from = parisToUtc(query.weekStart, '00:00');
	const to = parisToUtc(addDays(query.weekStart, 7), '00:00');
	const animatorId = query.view === 'mine' ? user.id : undefined;

	const [booked, free, places, people] = await Promise.all([
		db
			.select({
				id: appointments.id,
				startsAt: appointments.startsAt,
				endsAt: appointments.endsAt,
				status: appointments.status,
				kind: appointments.kind,
				phone: appointments.phone,
				placeId: appointments.placeId,
				animatorName: staffUsers.name,
				reference: childcareRequests.reference,
				parentNames: childcareRequests.parentNames
			})
			.from(appointments)
			.innerJoin(staffUsers, eq(staffUsers.id, appointments.animatorId))
			.innerJoin(childcareRequests, eq(childcareRequests.id, appointments.requestId))
			.where(
				and(
					eq(appointments.relayId, user.relayId),
					animatorId ? eq(appointments.animatorId, animatorId) : undefined,
					overlapping(from, to),
					or(
						inArray(appointments.status, ['booked', 'attended', 'no_show']),
						and(eq(appointments.status, 'offered'), gt(appointments.offerExpiresAt, now))
					)
				)
			)
			.orderBy(asc(appointments.startsAt)),
		loadFreeSlots(db, user.relayId, { from, to, animatorId }, now),
		db
			.select({ id: receptionPlaces.id, name: receptionPlaces.name })
			.from(receptionPlaces)
			.where(eq(receptionPlaces.relayId, user.relayId)),
		db
			.select({ id: staffUsers.id, name: staffUsers.name })
			.from(staffUsers)
			.where(eq(staffUsers.relayId, user.relayId))
	]);
	const placeName = (id: string | null) =>
		id ? (places.find((p) => p.id === id)?.name ?? null) : null;
	const personName = (id: string) => people.find((p) => p.id === id)?.name ?? '';

	const entries: AgendaEntry[] = [
		...booked.flatMap((row): AgendaEntry[] =>
			row.status === 'cancelled' || row.status === 'released'
				? []
				: [
						{
							type: 'appointment',
							key: row.id,
							startsAt: row.startsAt,
							endsAt: row.endsAt,
							animatorName: row.animatorName,
							kind: row.kind,
							placeName: placeName(row.placeId),
							status: row.status,
							reference: row.reference,
							parentNames: row.parentNames,
							phone: row.kind === 'phone' ? row.phone : null
						}
					]
		),
		...free.map((slot): AgendaEntry => ({
			type: 'free',
			key: `${slot.animatorId}-${slot.startsAt.toISOString()}`,
			startsAt: slot.startsAt,
			endsAt: slot.endsAt,
			animatorName: personName(slot.animatorId),
			kind: slot.kind,
			placeName: placeName(slot.placeId)
		}))
	].sort(
		(a, b) =>
			a.startsAt.getTime() - b.startsAt.getTime() ||
			a.animatorName.localeCompare(b.animatorName, 'fr')
	);

	const days = Array.from({ length: 7 }, (_, i): AgendaDay => {
		const date = addDays(query.weekStart, i);
		return { date, entries: entries.filter((entry) => parisDate(entry.startsAt) === date) };
	});
	return {
		weekStart: query.weekStart,
		weekEnd: addDays(query.weekStart, 6),
		days,
		grid: agendaGrid(days),
		previous: addDays(query.weekStart, -7),
		next: addDays(query.weekStart, 7),
		current: mondayOf(parisDate(now))
	};
}
