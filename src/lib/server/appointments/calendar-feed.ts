import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { m } from '$lib/i18n';
import { generateToken, hashToken } from '../auth/tokens';
import { config } from '../config';
import {
	appointments,
	calendarFeeds,
	childcareRequests,
	receptionPlaces,
	staffUsers
} from '../db/schema';
import type { Db } from '../db/types';
import { DAY_MS } from '$lib/time/durations';

/** The private address of a feed; the token is its only key. */
export const calendarFeedUrl = (token: string) => `${config.publicUrl}/calendrier/${token}.ics`;

/** How far back the feed goes: enough to look back on a month, not a whole history. */
const FEED_PAST_DAYS = 90;

/**
 * Creates the animator's feed, or replaces it: the new token's hash takes the row's place, so
 * the old address answers 404 from now on. Returns the token, shown once (only its hash is kept).
 */
export async function createCalendarFeed(
	db: Db,
	staffId: string,
	now = new Date()
): Promise<string> {
	const token = generateToken();
	const id = hashToken(token);
	await db
		.insert(calendarFeeds)
		.values({ id, staffId, createdAt: now })
		.onConflictDoUpdate({ target: calendarFeeds.staffId, set: { id, createdAt: now } });
	return token;
}

export async function revokeCalendarFeed(db: Db, staffId: string): Promise<void> {
	await db.delete(calendarFeeds).where(eq(calendarFeeds.staffId, staffId));
}

/** When the animator's current feed was made, or null when they have none. */
export async function calendarFeedCreatedAt(db: Db, staffId: string): Promise<Date | null> {
	const [feed] = await db
		.select({ createdAt: calendarFeeds.createdAt })
		.from(calendarFeeds)
		.where(eq(calendarFeeds.staffId, staffId));
	return feed?.createdAt ?? null;
}

/**
 * The iCalendar (METHOD:PUBLISH) of the appointments held or to be held by the feed's owner;
 * null for an unknown or replaced token, or an account that was deactivated. Only what the
 * animator needs to prepare: the reference, the family's name and, for a call, the number.
 */
export async function renderCalendarFeed(
	db: Db,
	token: string,
	now = new Date()
): Promise<string | null> {
	const [owner] = await db
		.select({ id: staffUsers.id, name: staffUsers.name })
		.from(calendarFeeds)
		.innerJoin(staffUsers, eq(staffUsers.id, calendarFeeds.staffId))
		.where(and(eq(calendarFeeds.id, hashToken(token)), eq(staffUsers.active, true)));
	if (!owner) return null;

	const rows = await db
		.select({
			uid: appointments.icalUid,
			sequence: appointments.icalSequence,
			kind: appointments.kind,
			phone: appointments.phone,
			startsAt: appointments.startsAt,
			endsAt: appointments.endsAt,
			reference: childcareRequests.reference,
			parentNames: childcareRequests.parentNames,
			placeName: receptionPlaces.name,
			placeAddress: receptionPlaces.address
		})
		.from(appointments)
		.innerJoin(childcareRequests, eq(childcareRequests.id, appointments.requestId))
		.leftJoin(receptionPlaces, eq(receptionPlaces.id, appointments.placeId))
		.where(
			and(
				eq(appointments.animatorId, owner.id),
				inArray(appointments.status, ['booked', 'attended']),
				gte(appointments.startsAt, new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS))
			)
		)
		.orderBy(asc(appointments.startsAt));

	const feed = ical({
		prodId: { company: 'Guichet', product: 'Agenda RPE', language: 'FR' },
		method: ICalCalendarMethod.PUBLISH,
		name: m.calendar.feed.name(owner.name),
		// Calendars poll a subscribed feed at their own pace; this asks for every hour.
		ttl: 3600
	});
	for (const row of rows) {
		const phone = row.kind === 'phone' ? row.phone : null;
		feed.createEvent({
			id: row.uid,
			sequence: row.sequence,
			stamp: now,
			start: row.startsAt,
			end: row.endsAt,
			status: ICalEventStatus.CONFIRMED,
			summary: m.calendar.feed.summary(row.reference, row.parentNames, row.kind),
			description: m.calendar.feed.description({
				reference: row.reference,
				phone,
				requestUrl: `${config.publicUrl}/relais/demandes/${row.reference}`
			}),
			location: phone
				? m.calendar.feed.phoneLocation(phone)
				: row.placeName
					? `${row.placeName}, ${row.placeAddress ?? ''}`
					: null
		});
	}
	return feed.toString();
}
