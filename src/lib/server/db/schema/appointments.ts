import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	smallint,
	text,
	time,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { auditActorKind } from './audit';
import { staffUsers } from './auth';
import { childcareRequests } from './requests';
import { receptionPlaces, relays } from './territory';

export const appointmentKinds = ['place', 'phone'] as const;
export const appointmentKind = pgEnum('appointment_kind', appointmentKinds);

/**
 * A weekly opening of one animator: a weekday, hours, at a place or by phone, cut into
 * slots of `slotMinutes`. Times are Europe/Paris wall-clock times.
 */
export const availabilityRules = pgTable(
	'availability_rules',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		relayId: uuid('relay_id')
			.notNull()
			.references(() => relays.id),
		animatorId: uuid('animator_id')
			.notNull()
			.references(() => staffUsers.id),
		/** ISO weekday: 1 Monday … 7 Sunday. */
		weekday: smallint('weekday').notNull(),
		startTime: time('start_time').notNull(),
		endTime: time('end_time').notNull(),
		kind: appointmentKind('kind').notNull(),
		placeId: uuid('place_id').references(() => receptionPlaces.id),
		slotMinutes: smallint('slot_minutes').notNull().default(45),
		validFrom: date('valid_from').notNull(),
		validUntil: date('valid_until'),
		active: boolean('active').notNull().default(true)
	},
	(t) => [
		index('availability_rules_relay_idx').on(t.relayId, t.animatorId),
		check('availability_rules_weekday', sql`${t.weekday} between 1 and 7`),
		check('availability_rules_hours', sql`${t.endTime} > ${t.startTime}`),
		check('availability_rules_slot', sql`${t.slotMinutes} between 10 and 240`),
		check('availability_rules_place', sql`(${t.kind} = 'place') = (${t.placeId} is not null)`),
		check(
			'availability_rules_validity',
			sql`${t.validUntil} is null or ${t.validUntil} >= ${t.validFrom}`
		)
	]
);
export type AvailabilityRule = typeof availabilityRules.$inferSelect;

/** An animator away (leave, training): no slot of theirs on those days, inclusive. */
export const staffAbsences = pgTable(
	'staff_absences',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		relayId: uuid('relay_id')
			.notNull()
			.references(() => relays.id),
		staffId: uuid('staff_id')
			.notNull()
			.references(() => staffUsers.id),
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull(),
		note: text('note').notNull().default('')
	},
	(t) => [
		index('staff_absences_staff_idx').on(t.staffId, t.startsOn),
		check('staff_absences_range', sql`${t.endsOn} >= ${t.startsOn}`)
	]
);
export type StaffAbsence = typeof staffAbsences.$inferSelect;

/** The whole relay closed (summer, bridge days), inclusive. Public holidays are computed. */
export const relayClosures = pgTable(
	'relay_closures',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		relayId: uuid('relay_id')
			.notNull()
			.references(() => relays.id),
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull(),
		label: text('label').notNull().default('')
	},
	(t) => [
		index('relay_closures_relay_idx').on(t.relayId, t.startsOn),
		check('relay_closures_range', sql`${t.endsOn} >= ${t.startsOn}`)
	]
);
export type RelayClosure = typeof relayClosures.$inferSelect;

/**
 * offered: held for the family until `offerExpiresAt` (one of 3–5 slots they may pick);
 * booked → attended | no_show; cancelled; released (an offer not taken, or expired).
 */
export const appointmentStatuses = [
	'offered',
	'booked',
	'attended',
	'no_show',
	'cancelled',
	'released'
] as const;
export const appointmentStatus = pgEnum('appointment_status', appointmentStatuses);

/**
 * Appointments and the slots offered to a family, in one table so that one exclusion
 * constraint (migration 0004) keeps an animator from being booked twice for overlapping
 * times, offers included.
 */
export const appointments = pgTable(
	'appointments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		relayId: uuid('relay_id')
			.notNull()
			.references(() => relays.id),
		requestId: uuid('request_id')
			.notNull()
			.references(() => childcareRequests.id, { onDelete: 'cascade' }),
		animatorId: uuid('animator_id')
			.notNull()
			.references(() => staffUsers.id),
		kind: appointmentKind('kind').notNull(),
		placeId: uuid('place_id').references(() => receptionPlaces.id),
		/** Phone appointments: the number the animator calls. */
		phone: text('phone'),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		status: appointmentStatus('status').notNull(),
		/** The slots offered together share this id; picking one releases the others. */
		offerId: uuid('offer_id'),
		offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
		/** Stable calendar identity: the same UID, SEQUENCE + 1 on every change. */
		icalUid: text('ical_uid').notNull().unique(),
		icalSequence: integer('ical_sequence').notNull().default(0),
		bookedAt: timestamp('booked_at', { withTimezone: true }),
		bookedByKind: auditActorKind('booked_by_kind'),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('appointments_animator_idx').on(t.animatorId, t.startsAt),
		index('appointments_request_idx').on(t.requestId, t.startsAt),
		// A request has at most one appointment to come: a second booking is a move of the first
		// (book-appointment.ts). Offered slots are not bookings; held or missed ones are history.
		uniqueIndex('appointments_one_booked_per_request')
			.on(t.requestId)
			.where(sql`${t.status} = 'booked'`),
		index('appointments_relay_idx').on(t.relayId, t.startsAt),
		index('appointments_reminder_idx').on(t.status, t.startsAt),
		check('appointments_range', sql`${t.endsAt} > ${t.startsAt}`),
		// Lets a search for the appointments meeting a range bound its index scan on both sides
		// (appointments/overlapping.ts): a slot lasts four hours at most, a day is a wide margin.
		check('appointments_length', sql`${t.endsAt} <= ${t.startsAt} + interval '1 day'`),
		check('appointments_place', sql`${t.kind} <> 'place' or ${t.placeId} is not null`),
		check('appointments_phone', sql`${t.kind} <> 'phone' or ${t.phone} is not null`),
		check(
			'appointments_offer',
			sql`${t.status} <> 'offered' or (${t.offerId} is not null and ${t.offerExpiresAt} is not null)`
		)
	]
);
export type Appointment = typeof appointments.$inferSelect;

/** A private, revocable calendar feed (iCalendar) of one animator's appointments. */
export const calendarFeeds = pgTable('calendar_feeds', {
	/** SHA-256 of the token in the feed's URL. */
	id: text('id').primaryKey(),
	staffId: uuid('staff_id')
		.notNull()
		.unique()
		.references(() => staffUsers.id, { onDelete: 'cascade' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
