import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	doublePrecision,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';

/** A Relais Petite Enfance: the single window of its territory (a set of communes). */
export const relays = pgTable(
	'relays',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Stable, human-typed identifier (used by the CLI and the seed). */
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		/** Two to four capitals that start the relay's request references (VO-2026-00042). */
		referenceCode: text('reference_code').notNull().unique(),
		address: text('address').notNull(),
		phone: text('phone').notNull(),
		email: text('email').notNull(),
		/** The national texts ask for a first appointment within a week. */
		targetDaysToAppointment: integer('target_days_to_appointment').notNull().default(7),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('relays_target_days_positive', sql`${t.targetDaysToAppointment} between 1 and 60`),
		check('relays_slug_format', sql`${t.slug} ~ '^[a-z0-9-]+$'`),
		check('relays_reference_code_format', sql`${t.referenceCode} ~ '^[A-Z]{2,4}$'`)
	]
);
export type Relay = typeof relays.$inferSelect;

/**
 * An intercommunality with its own taxation (EPCI: communauté de communes, d'agglomération,
 * urbaine, métropole), from the official référentiel; officials may be attached to one.
 */
export const epcis = pgTable(
	'epcis',
	{
		/** Its SIREN number. */
		code: text('code').primaryKey(),
		name: text('name').notNull(),
		/** CC, CA, CU or METRO, as the référentiel says. */
		kind: text('kind').notNull()
	},
	(t) => [check('epcis_code_format', sql`${t.code} ~ '^[0-9]{9}$'`)]
);
export type Epci = typeof epcis.$inferSelect;

/**
 * A commune, by its INSEE code; requests are routed to the relay serving it. One row per
 * commune and one `relay_id` column: a commune belongs to at most one relay by construction.
 */
export const communes = pgTable(
	'communes',
	{
		inseeCode: text('insee_code').primaryKey(),
		name: text('name').notNull(),
		postalCodes: text('postal_codes').array().notNull(),
		/** Null: a known commune that no relay of the deployment serves. */
		relayId: uuid('relay_id').references(() => relays.id),
		/** Two characters (three overseas), from the référentiel. */
		departement: text('departement').notNull(),
		epciCode: text('epci_code').references(() => epcis.code),
		/** Municipal population as the référentiel gives it; null for a commune typed by hand. */
		population: integer('population'),
		/**
		 * Set when the référentiel no longer lists the commune (merged, renamed): it is
		 * reported and kept, since requests and childminders may still point at it.
		 */
		missingFromReferentialSince: timestamp('missing_from_referential_since', {
			withTimezone: true
		}),
		/** Centroid, WGS84 degrees, for distances to childminders; null until known. */
		latitude: doublePrecision('latitude'),
		longitude: doublePrecision('longitude'),
		/** Set when the coordinator corrected the centroid: a new import then leaves it. */
		centroidEditedAt: timestamp('centroid_edited_at', { withTimezone: true })
	},
	(t) => [
		check('communes_insee_format', sql`${t.inseeCode} ~ '^[0-9][0-9AB][0-9]{3}$'`),
		check('communes_centroid_complete', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
		check(
			'communes_centroid_range',
			sql`${t.latitude} is null or (${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180)`
		),
		index('communes_relay_idx').on(t.relayId),
		index('communes_epci_idx').on(t.epciCode)
	]
);
export type Commune = typeof communes.$inferSelect;

/** A place where the relay receives families (its office, a permanence in a town hall…). */
export const receptionPlaces = pgTable(
	'reception_places',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		relayId: uuid('relay_id')
			.notNull()
			.references(() => relays.id),
		name: text('name').notNull(),
		address: text('address').notNull(),
		accessNotes: text('access_notes').notNull().default(''),
		active: boolean('active').notNull().default(true)
	},
	(t) => [index('reception_places_relay_idx').on(t.relayId)]
);
export type ReceptionPlace = typeof receptionPlaces.$inferSelect;
