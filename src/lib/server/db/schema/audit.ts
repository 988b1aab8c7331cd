import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from './auth';
import { relays } from './territory';

export const auditActorKind = pgEnum('audit_actor_kind', [
	'staff',
	'family',
	'system',
	/** A childminder acting on her own data, from her session (directory/self-declaration). */
	'childminder'
]);

/**
 * Append-only record of every change a person makes. A trigger (migration
 * 0001_audit_log_append_only) refuses UPDATE and DELETE. Details must not hold personal data
 * beyond what is needed to explain the change: they outlive the request's retention.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		actorKind: auditActorKind('actor_kind').notNull(),
		actorId: uuid('actor_id').references(() => staffUsers.id),
		relayId: uuid('relay_id').references(() => relays.id),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id').notNull(),
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at),
		index('audit_log_relay_idx').on(t.relayId, t.at),
		// The request page and the family's data export read the entries of a request's
		// appointments, found by the request named in their details: without this index,
		// every appointment entry of the relay (or of the deployment) was read and filtered.
		index('audit_log_appointment_request_idx')
			.on(sql`(${t.details}->>'requestId')`, t.relayId)
			.where(sql`${t.entityType} = 'appointment'`)
	]
);
export type AuditEntry = typeof auditLog.$inferSelect;
