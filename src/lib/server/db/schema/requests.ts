import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	date,
	foreignKey,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import {
	appointmentModes,
	regularities,
	requestChannels,
	requestStatuses,
	type CareKind,
	type PeriscolaireNeed,
	type WeeklySchedule
} from '../../../childcare-request-options';
import type { RequestEventKind } from '../../../requests/request-events';
import { ageBands } from '../../../requests/age-band';
import { anonymisationCauses, relayClosureReasons } from '../../../requests/outcome-options';
import { auditActorKind } from './audit';
import { staffUsers } from './auth';
import { communes, relays } from './territory';
import { locales } from '../../../i18n/locales';

export const requestStatus = pgEnum('request_status', requestStatuses);
export const requestChannel = pgEnum('request_channel', requestChannels);
export const appointmentMode = pgEnum('appointment_mode', appointmentModes);
export const requestRegularity = pgEnum('request_regularity', regularities);
export const relayClosureReason = pgEnum('relay_closure_reason', relayClosureReasons);
export const anonymisationCause = pgEnum('anonymisation_cause', anonymisationCauses);
export const childAgeBand = pgEnum('child_age_band', ageBands);
/** The family's language: every page, mail and invitation about the request speaks it. */
export const familyLocale = pgEnum('family_locale', locales);

/**
 * A family's childcare request: personal data (GDPR), kept until its retention date after
 * closure. The derived atypical flags are stored so that the observatory counts them.
 */
export const childcareRequests = pgTable(
	'childcare_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		relayId: uuid('relay_id')
			.notNull()
			.references(() => relays.id),
		/** Read on the phone: e.g. VO-2026-00042, increasing per relay and year. */
		reference: text('reference').notNull().unique(),
		status: requestStatus('status').notNull().default('received'),
		channel: requestChannel('channel').notNull(),
		/** The language the family chose (the form's, or the one staff noted on a phone call). */
		locale: familyLocale('locale').notNull().default('fr'),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
		/** Issued with the form: a resubmission of the same form finds this row instead. */
		idempotencyKey: uuid('idempotency_key').notNull().unique(),
		/** SHA-256 of the private tracking link's token; the token itself is never stored. */
		trackingTokenHash: text('tracking_token_hash').notNull().unique(),

		parentNames: text('parent_names').notNull(),
		email: text('email'),
		phone: text('phone'),
		appointmentMode: appointmentMode('appointment_mode').notNull(),
		contactTimes: text('contact_times').notNull().default(''),
		homeLanguage: text('home_language').notNull().default(''),

		residenceInsee: text('residence_insee')
			.notNull()
			.references(() => communes.inseeCode),
		workInsee: text('work_insee').references(() => communes.inseeCode),

		desiredStart: date('desired_start').notNull(),
		latestStart: date('latest_start'),
		regularity: requestRegularity('regularity').notNull(),
		weeklySchedule: jsonb('weekly_schedule').$type<WeeklySchedule>().notNull(),
		variableHours: boolean('variable_hours').notNull().default(false),
		atypicalEarly: boolean('atypical_early').notNull().default(false),
		atypicalLate: boolean('atypical_late').notNull().default(false),
		atypicalSaturday: boolean('atypical_saturday').notNull().default(false),
		atypicalSunday: boolean('atypical_sunday').notNull().default(false),
		atypicalNight: boolean('atypical_night').notNull().default(false),
		periscolaire: text('periscolaire')
			.array()
			.$type<PeriscolaireNeed[]>()
			.notNull()
			.default(sql`'{}'`),
		careKinds: text('care_kinds').array().$type<CareKind[]>().notNull(),
		comment: text('comment').notNull().default(''),
		consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
		noticeVersion: text('notice_version').notNull(),

		assignedTo: uuid('assigned_to').references(() => staffUsers.id),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		/** Set when the relay closes the request (`closed_by_relay`), cleared on reopening. */
		closureReason: relayClosureReason('closure_reason'),
		/** Closed as a duplicate: the request that is kept. */
		duplicateOfId: uuid('duplicate_of_id'),
		/**
		 * Personal data are erased after this date (set at closure by the lifecycle, cleared on
		 * reopening); the facts the observatory counts stay.
		 */
		retentionUntil: date('retention_until'),
		/** When the personal data were erased (requests/retention), and why. */
		anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
		anonymisationCause: anonymisationCause('anonymisation_cause'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('childcare_requests_queue_idx').on(t.relayId, t.status, t.receivedAt),
		index('childcare_requests_email_idx').on(t.relayId, sql`lower(${t.email})`),
		index('childcare_requests_phone_idx').on(t.relayId, t.phone),
		index('childcare_requests_retention_idx')
			.on(t.retentionUntil)
			.where(sql`${t.anonymisedAt} is null`),
		foreignKey({
			columns: [t.duplicateOfId],
			foreignColumns: [t.id],
			name: 'childcare_requests_duplicate_of_fk'
		}).onDelete('set null'),
		check(
			'childcare_requests_contact',
			sql`${t.anonymisedAt} is not null or ${t.email} is not null or ${t.phone} is not null`
		),
		check(
			'childcare_requests_phone_mode',
			sql`${t.anonymisedAt} is not null or ${t.appointmentMode} <> 'phone' or ${t.phone} is not null`
		),
		check(
			'childcare_requests_closure_reason',
			sql`(${t.closureReason} is null) = (${t.status} <> 'closed_by_relay')`
		),
		check(
			'childcare_requests_duplicate_of',
			sql`${t.duplicateOfId} is null or ${t.closureReason} = 'duplicate'`
		),
		check(
			'childcare_requests_anonymised',
			sql`(${t.anonymisedAt} is null) = (${t.anonymisationCause} is null)`
		),
		check(
			'childcare_requests_latest_after_start',
			sql`${t.latestStart} is null or ${t.latestStart} >= ${t.desiredStart}`
		),
		check('childcare_requests_care_kinds', sql`cardinality(${t.careKinds}) > 0`),
		check('childcare_requests_comment_length', sql`char_length(${t.comment}) <= 2000`),
		check(
			'childcare_requests_online_email',
			sql`${t.anonymisedAt} is not null or ${t.channel} <> 'online' or ${t.email} is not null`
		)
	]
);
export type ChildcareRequest = typeof childcareRequests.$inferSelect;

/** A child of a request: born (birth date) or expected (expected birth date). */
export const requestChildren = pgTable(
	'request_children',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => childcareRequests.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		birthDate: date('birth_date'),
		expectedBirthDate: date('expected_birth_date'),
		/** Health datum, optional: null when the family did not answer. */
		needsSupport: boolean('needs_support'),
		/**
		 * Age at the request's desired start, in the observatory's bands: written with the
		 * child, it stays when the birth date is erased (requests/retention).
		 */
		ageBand: childAgeBand('age_band').notNull()
	},
	(t) => [
		uniqueIndex('request_children_position_unique').on(t.requestId, t.position),
		// One date while the request holds personal data; none once they are erased.
		check(
			'request_children_one_date',
			sql`${t.birthDate} is null or ${t.expectedBirthDate} is null`
		),
		check('request_children_position', sql`${t.position} between 1 and 4`)
	]
);
export type RequestChild = typeof requestChildren.$inferSelect;

/**
 * What happened to a request, in order: the family's timeline (visible entries) and the
 * relay's history. The audit log keeps who changed what; this keeps the story of the request.
 */
export const requestEvents = pgTable(
	'request_events',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => childcareRequests.id, { onDelete: 'cascade' }),
		/** Text in the database; in the code, one of `requestEventKinds`. */
		kind: text('kind').$type<RequestEventKind>().notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorKind: auditActorKind('actor_kind').notNull(),
		actorId: uuid('actor_id').references(() => staffUsers.id),
		visibleToFamily: boolean('visible_to_family').notNull().default(true),
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({})
	},
	(t) => [index('request_events_request_idx').on(t.requestId, t.at)]
);
export type RequestEvent = typeof requestEvents.$inferSelect;

/** The last reference number given per relay and year; bumped atomically on insert. */
export const requestReferenceCounters = pgTable(
	'request_reference_counters',
	{
		relayId: uuid('relay_id')
			.notNull()
			.references(() => relays.id),
		year: integer('year').notNull(),
		lastNumber: integer('last_number').notNull()
	},
	(t) => [primaryKey({ columns: [t.relayId, t.year] })]
);

/**
 * A form being filled in, step by step, without JavaScript: its id travels in a hidden field
 * and becomes the request's idempotency key. Deleted on sending, or after a day.
 */
export const requestDrafts = pgTable('request_drafts', {
	id: uuid('id').primaryKey().defaultRandom(),
	data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
});
export type RequestDraft = typeof requestDrafts.$inferSelect;

/** Hits counted per bucket and key (an IP address…) for limits that hold across servers. */
export const rateLimitHits = pgTable(
	'rate_limit_hits',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		bucket: text('bucket').notNull(),
		key: text('key').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('rate_limit_hits_lookup_idx').on(t.bucket, t.key, t.at)]
);
