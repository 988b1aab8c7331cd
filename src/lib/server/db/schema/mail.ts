import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { childcareRequests } from './requests';
import { relays } from './territory';

export const outboxStatus = pgEnum('outbox_status', ['pending', 'sent', 'failed']);

export interface OutboxAttachment {
	filename: string;
	contentType: string;
	/** Base64 of the bytes. */
	content: string;
	/** Set for text/calendar parts that must also travel as an alternative body. */
	method?: string;
}

/**
 * Messages waiting to be sent. Callers insert in the same transaction as the change that
 * causes the message; the sender claims, delivers and retries them (see mail/sender.ts).
 */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		relayId: uuid('relay_id').references(() => relays.id),
		/**
		 * The request a family mail is about: erasing the request's personal data deletes its
		 * mails (requests/retention). Null for staff and childminder mail.
		 */
		requestId: uuid('request_id').references(() => childcareRequests.id, {
			onDelete: 'set null'
		}),
		to: text('to').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		html: text('html'),
		attachments: jsonb('attachments').$type<OutboxAttachment[]>().notNull().default([]),
		status: outboxStatus('status').notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		/** A sender holds a claimed message until then; past it, another sender may retry. */
		lockedUntil: timestamp('locked_until', { withTimezone: true }),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [
		index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt),
		index('mail_outbox_relay_idx').on(t.relayId, t.createdAt),
		index('mail_outbox_request_idx').on(t.requestId),
		check('mail_outbox_attempts_non_negative', sql`${t.attempts} >= 0`)
	]
);
export type OutboxMessage = typeof mailOutbox.$inferSelect;
