import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from './auth';
import { childcareRequests } from './requests';

/** An internal note on a request: dated, signed; its author may edit it for 10 minutes. */
export const requestNotes = pgTable(
	'request_notes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => childcareRequests.id, { onDelete: 'cascade' }),
		authorId: uuid('author_id')
			.notNull()
			.references(() => staffUsers.id),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('request_notes_request_idx').on(t.requestId, t.createdAt),
		check('request_notes_body_length', sql`char_length(${t.body}) between 1 and 5000`)
	]
);
export type RequestNote = typeof requestNotes.$inferSelect;

export const contactChannels = ['call', 'message'] as const;
export const contactOutcomes = ['reached', 'not_reached', 'message_left', 'wrong_number'] as const;
export const contactChannel = pgEnum('contact_channel', contactChannels);
export const contactOutcome = pgEnum('contact_outcome', contactOutcomes);

/** Each attempt to reach the family, for the "unreachable after N attempts" closure. */
export const requestContacts = pgTable(
	'request_contacts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => childcareRequests.id, { onDelete: 'cascade' }),
		staffId: uuid('staff_id')
			.notNull()
			.references(() => staffUsers.id),
		channel: contactChannel('channel').notNull(),
		outcome: contactOutcome('outcome').notNull(),
		note: text('note').notNull().default(''),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('request_contacts_request_idx').on(t.requestId, t.at),
		check('request_contacts_note_length', sql`char_length(${t.note}) <= 1000`)
	]
);
export type RequestContact = typeof requestContacts.$inferSelect;
