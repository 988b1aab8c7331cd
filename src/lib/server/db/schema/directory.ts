import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	customType,
	date,
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
	addressPublications,
	careStructureKinds,
	childminderStatuses,
	directoryImportKinds,
	directoryImportStatuses,
	listOrders,
	workSettings,
	type ChildminderOffer,
	type DirectoryImportLineError,
	type FamilyListEntry,
	type FamilyListFilters,
	type FamilyListStructure
} from '../../../directory/directory-options';
import type { WeeklySchedule } from '../../../childcare-request-options';
import { staffUsers } from './auth';
import { childcareRequests, requestRegularity } from './requests';
import { communes } from './territory';

/*
 * The directory of the territory's care. Neutrality is a property of this schema: there is no
 * column for a rating, a note, a "recommended" flag, a free-text preference or a count per
 * childminder, and a code-reading test (directory/no-preference-columns.spec.ts) keeps it so.
 */

export const childminderStatus = pgEnum('childminder_status', childminderStatuses);
export const workSetting = pgEnum('childminder_work_setting', workSettings);
export const addressPublication = pgEnum('address_publication', addressPublications);
export const careStructureKind = pgEnum('care_structure_kind', careStructureKinds);
export const directoryImportKind = pgEnum('directory_import_kind', directoryImportKinds);
export const directoryImportStatus = pgEnum('directory_import_status', directoryImportStatuses);
export const listOrder = pgEnum('family_list_order', listOrders);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

/** A maison d'assistants maternels: a place where 2 to 6 childminders work together. */
export const mams = pgTable(
	'mams',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		name: text('name').notNull(),
		address: text('address').notNull(),
		communeInsee: text('commune_insee')
			.notNull()
			.references(() => communes.inseeCode),
		phone: text('phone'),
		email: text('email'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('mams_commune_idx').on(t.communeInsee),
		uniqueIndex('mams_name_commune_unique').on(sql`lower(${t.name})`, t.communeInsee)
	]
);
export type Mam = typeof mams.$inferSelect;

/**
 * A licensed childminder (assistant·e maternel·le), from the département's list (PMI). Her
 * availability is declared by herself only (childminder_availabilities); the relay may
 * correct the other data, audited, and she is told by mail.
 */
export const childminders = pgTable(
	'childminders',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** The agrément number given by the PMI: the key of every import. */
		licenceNumber: text('licence_number').notNull().unique(),
		licenceGrantedOn: date('licence_granted_on'),
		licenceRenewalOn: date('licence_renewal_on'),
		lastName: text('last_name').notNull(),
		firstName: text('first_name').notNull(),
		/** Places of the licence: in all, and how many of them for children under 3. */
		placesTotal: integer('places_total').notNull(),
		placesUnder3: integer('places_under_3'),
		workSetting: workSetting('work_setting').notNull().default('home'),
		mamId: uuid('mam_id').references(() => mams.id),
		/** Where she works: her home, or the MAM's address. */
		address: text('address').notNull().default(''),
		communeInsee: text('commune_insee')
			.notNull()
			.references(() => communes.inseeCode),
		addressPublication: addressPublication('address_publication').notNull().default('commune_only'),
		phone: text('phone'),
		email: text('email'),
		/** She objected to the publication of her phone and email: lists show neither. */
		contactsObjection: boolean('contacts_objection').notNull().default(false),
		/** Objective offer flags, declared by her (or imported). */
		offer: jsonb('offer').$type<ChildminderOffer>().notNull().default({}),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'`),
		status: childminderStatus('status').notNull().default('active'),
		statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
		/**
		 * When she last declared her availability as a whole (free places or none) and until
		 * when that declaration holds; null: never declared. Past it: "à confirmer".
		 */
		availabilityDeclaredAt: timestamp('availability_declared_at', { withTimezone: true }),
		availabilityValidUntil: date('availability_valid_until'),
		/** The last import that listed her: those an import did not list may be stopped. */
		lastImportId: uuid('last_import_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('childminders_commune_status_idx').on(t.communeInsee, t.status),
		index('childminders_mam_idx').on(t.mamId),
		check('childminders_places', sql`${t.placesTotal} between 0 and 10`),
		check(
			'childminders_places_under_3',
			sql`${t.placesUnder3} is null or ${t.placesUnder3} between 0 and ${t.placesTotal}`
		),
		check('childminders_mam_setting', sql`(${t.workSetting} = 'mam') = (${t.mamId} is not null)`),
		check('childminders_licence_format', sql`char_length(${t.licenceNumber}) between 1 and 40`),
		check(
			'childminders_availability_dates',
			sql`(${t.availabilityDeclaredAt} is null) = (${t.availabilityValidUntil} is null)`
		)
	]
);
export type Childminder = typeof childminders.$inferSelect;

/**
 * One free place as she declared it: for which ages, from when, which days and hours.
 * Written only through the childminder's own session (directory/self-declaration).
 */
export const childminderAvailabilities = pgTable(
	'childminder_availabilities',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		childminderId: uuid('childminder_id')
			.notNull()
			.references(() => childminders.id, { onDelete: 'cascade' }),
		/** Ages welcomed on this place, in months: from min (inclusive) to max (exclusive). */
		ageMinMonths: integer('age_min_months').notNull(),
		/** Null: no upper age. */
		ageMaxMonths: integer('age_max_months'),
		availableFrom: date('available_from').notNull(),
		regularity: requestRegularity('regularity').notNull(),
		/** Days and hours offered (end ≤ start: overnight), the request form's grid. */
		weeklySchedule: jsonb('weekly_schedule').$type<WeeklySchedule>().notNull(),
		declaredOn: timestamp('declared_on', { withTimezone: true }).notNull().defaultNow(),
		validUntil: date('valid_until').notNull()
	},
	(t) => [
		index('childminder_availabilities_childminder_idx').on(t.childminderId),
		check(
			'childminder_availabilities_ages',
			sql`${t.ageMinMonths} >= 0 and (${t.ageMaxMonths} is null or ${t.ageMaxMonths} > ${t.ageMinMonths})`
		)
	]
);
export type ChildminderAvailability = typeof childminderAvailabilities.$inferSelect;

/** A single-use sign-in link mailed to a childminder; only its SHA-256 is stored. */
export const childminderSignInLinks = pgTable(
	'childminder_sign_in_links',
	{
		id: text('id').primaryKey(),
		childminderId: uuid('childminder_id')
			.notNull()
			.references(() => childminders.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [
		index('childminder_sign_in_links_childminder_idx').on(t.childminderId),
		check('childminder_sign_in_links_id_is_hash', sql`length(${t.id}) = 64`)
	]
);
export type ChildminderSignInLink = typeof childminderSignInLinks.$inferSelect;

/** A childminder's session, opened by a sign-in link (the staff sessions' design). */
export const childminderSessions = pgTable(
	'childminder_sessions',
	{
		id: text('id').primaryKey(),
		childminderId: uuid('childminder_id')
			.notNull()
			.references(() => childminders.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('childminder_sessions_childminder_idx').on(t.childminderId),
		check('childminder_sessions_id_is_hash', sql`length(${t.id}) = 64`)
	]
);
export type ChildminderSession = typeof childminderSessions.$inferSelect;

/** The reminder of a campaign (before 1 June, before 1 December): once per childminder. */
export const availabilityReminders = pgTable(
	'availability_reminders',
	{
		childminderId: uuid('childminder_id')
			.notNull()
			.references(() => childminders.id, { onDelete: 'cascade' }),
		/** The campaign's deadline, e.g. 2027-06-01. */
		campaign: date('campaign').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.childminderId, t.campaign] })]
);

/**
 * Collective and other care of the territory, shown to families beside the childminders
 * (crèches, micro-crèches, home-care services, accueils de loisirs…): information entries.
 */
export const careStructures = pgTable(
	'care_structures',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** The identifier in the imported list (FINESS, SIRET, the CAF's number…): upsert key. */
		externalRef: text('external_ref').unique(),
		kind: careStructureKind('kind').notNull(),
		name: text('name').notNull(),
		address: text('address').notNull().default(''),
		communeInsee: text('commune_insee')
			.notNull()
			.references(() => communes.inseeCode),
		ageMinMonths: integer('age_min_months'),
		ageMaxMonths: integer('age_max_months'),
		/** Opening hours as the manager words them ("lundi–vendredi 7 h 30–18 h 30"). */
		hours: text('hours').notNull().default(''),
		capacity: integer('capacity'),
		phone: text('phone'),
		email: text('email'),
		website: text('website'),
		active: boolean('active').notNull().default(true),
		lastImportId: uuid('last_import_id'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('care_structures_commune_idx').on(t.communeInsee, t.active),
		check('care_structures_capacity', sql`${t.capacity} is null or ${t.capacity} >= 0`)
	]
);
export type CareStructure = typeof careStructures.$inferSelect;

/**
 * An import of a list (childminders or structures): the file, the mapping of its columns,
 * progress and the per-line report. One running at a time per deployment (partial unique
 * index below).
 */
export const directoryImports = pgTable(
	'directory_imports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: directoryImportKind('kind').notNull(),
		status: directoryImportStatus('status').notNull().default('uploaded'),
		fileName: text('file_name').notNull(),
		file: bytea('file').notNull(),
		/** The detected encoding and separator of a CSV ('xlsx' for a spreadsheet). */
		format: text('format').notNull(),
		headers: text('headers').array().notNull(),
		/** Column header → field name, as confirmed by the person importing. */
		mapping: jsonb('mapping').$type<Record<string, string>>().notNull().default({}),
		totalLines: integer('total_lines').notNull().default(0),
		processedLines: integer('processed_lines').notNull().default(0),
		createdCount: integer('created_count').notNull().default(0),
		updatedCount: integer('updated_count').notNull().default(0),
		unchangedCount: integer('unchanged_count').notNull().default(0),
		lineErrors: jsonb('line_errors').$type<DirectoryImportLineError[]>().notNull().default([]),
		startedBy: uuid('started_by')
			.notNull()
			.references(() => staffUsers.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		startedAt: timestamp('started_at', { withTimezone: true }),
		/** The running import's heartbeat: a crashed one is taken over when it is too old. */
		heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		failure: text('failure')
	},
	(t) => [
		uniqueIndex('directory_imports_one_running')
			.on(sql`(true)`)
			.where(sql`${t.status} = 'running'`),
		index('directory_imports_created_idx').on(t.createdAt)
	]
);
export type DirectoryImport = typeof directoryImports.$inferSelect;

/** The last confirmed mapping per kind of list: proposed again at the next import. */
export const directoryImportMappings = pgTable('directory_import_mappings', {
	kind: directoryImportKind('kind').primaryKey(),
	mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * A list handed to a family: an immutable snapshot (a trigger refuses UPDATE) of the filters,
 * the seed, the order, the childminders' ids in order and the data shown, with the other care
 * of the territory shown beside it. Neutrality can be proven afterwards from it.
 */
export const familyLists = pgTable(
	'family_lists',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => childcareRequests.id, { onDelete: 'cascade' }),
		/** Issued with the form: giving the same list twice finds this row. */
		idempotencyKey: uuid('idempotency_key').notNull().unique(),
		givenBy: uuid('given_by')
			.notNull()
			.references(() => staffUsers.id),
		givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
		filters: jsonb('filters').$type<FamilyListFilters>().notNull(),
		orderBy: listOrder('order_by').notNull(),
		seed: bigint('seed', { mode: 'number' }).notNull(),
		childminderIds: uuid('childminder_ids').array().notNull(),
		entries: jsonb('entries').$type<FamilyListEntry[]>().notNull(),
		structures: jsonb('structures').$type<FamilyListStructure[]>().notNull()
	},
	(t) => [
		index('family_lists_request_idx').on(t.requestId, t.givenAt),
		check(
			'family_lists_ids_match_entries',
			sql`cardinality(${t.childminderIds}) = jsonb_array_length(${t.entries})`
		)
	]
);
export type FamilyList = typeof familyLists.$inferSelect;
