import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	index,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { epcis, relays } from './territory';

import { staffRoles } from '../../../staff-roles';

export type { StaffRole } from '../../../staff-roles';
export const staffRole = pgEnum('staff_role', staffRoles);

/** A person of the relay or of the territory who signs in. Families never have an account. */
export const staffUsers = pgTable(
	'staff_users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		email: text('email').notNull(),
		name: text('name').notNull(),
		role: staffRole('role').notNull(),
		/** The relay of an admin or animator; of an official attached to one relay. */
		relayId: uuid('relay_id').references(() => relays.id),
		/** The intercommunality of an official attached to one. */
		epciCode: text('epci_code').references(() => epcis.code),
		/** Null until the person has chosen a password through the link sent by mail. */
		passwordHash: text('password_hash'),
		active: boolean('active').notNull().default(true),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		// Emails are stored lower-cased by the domain code; the index makes it a rule.
		uniqueIndex('staff_users_email_unique').on(sql`lower(${t.email})`),
		index('staff_users_relay_idx').on(t.relayId),
		// Who belongs where, whatever the code does: relay staff to one relay, the coordinator
		// to the whole deployment, an official to a relay, an EPCI or the whole deployment.
		// Compared as text: a new enum value cannot be used in the migration that adds it.
		check(
			'staff_users_scope',
			sql`case ${t.role}::text
				when 'admin' then ${t.relayId} is not null and ${t.epciCode} is null
				when 'animator' then ${t.relayId} is not null and ${t.epciCode} is null
				when 'coordinator' then ${t.relayId} is null and ${t.epciCode} is null
				else ${t.relayId} is null or ${t.epciCode} is null
			end`
		)
	]
);
export type StaffUser = typeof staffUsers.$inferSelect;

/** A session: only the SHA-256 of the cookie's token is stored (the Lucia guide's design). */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => staffUsers.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);
export type Session = typeof sessions.$inferSelect;

/** Every sign-in attempt, kept in the database so that limits hold across several servers. */
export const signInAttempts = pgTable(
	'sign_in_attempts',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		email: text('email').notNull(),
		ip: text('ip').notNull(),
		succeeded: boolean('succeeded').notNull(),
		attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('sign_in_attempts_email_idx').on(t.email, t.attemptedAt),
		index('sign_in_attempts_ip_idx').on(t.ip, t.attemptedAt)
	]
);
export type SignInAttempt = typeof signInAttempts.$inferSelect;

/** A single-use link to choose a password (first sign-in, or reset by an admin). */
export const passwordTokens = pgTable(
	'password_tokens',
	{
		/** SHA-256 of the token sent by mail. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => staffUsers.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [
		index('password_tokens_user_idx').on(t.userId),
		check('password_tokens_id_is_hash', sql`length(${t.id}) = 64`)
	]
);
export type PasswordToken = typeof passwordTokens.$inferSelect;
