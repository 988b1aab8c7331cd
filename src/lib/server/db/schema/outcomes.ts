import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	pgEnum,
	pgTable,
	primaryKey,
	smallint,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import {
	careFoundKinds,
	followUpAnswers,
	noSolutionReasons,
	outcomeSources
} from '../../../requests/outcome-options';
import { staffUsers } from './auth';
import { childcareRequests } from './requests';

export const careFoundKind = pgEnum('care_found_kind', careFoundKinds);
export const noSolutionReason = pgEnum('no_solution_reason', noSolutionReasons);
export const outcomeSource = pgEnum('outcome_source', outcomeSources);
export const followUpAnswer = pgEnum('follow_up_answer', followUpAnswers);

/**
 * The solution found for a request, or that none was: what the observatory and the CAF
 * report count. Recording one closes the request (requests/lifecycle); reopening marks it
 * `reopened_at` and keeps it, so the history holds every outcome. At most one is current.
 * Holds no personal datum: it outlives the request's retention.
 */
export const requestOutcomes = pgTable(
	'request_outcomes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => childcareRequests.id, { onDelete: 'cascade' }),
		source: outcomeSource('source').notNull(),
		/** The animator who recorded it (source relay). */
		recordedBy: uuid('recorded_by').references(() => staffUsers.id),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
		found: boolean('found').notNull(),
		careKind: careFoundKind('care_kind'),
		startDate: date('start_date'),
		/** Whether the solution came from a list the relay gave; null when unknown. */
		fromRelayList: boolean('from_relay_list'),
		noSolutionReason: noSolutionReason('no_solution_reason'),
		/** The follow-up (30 or 90 days) the family answered, for source family. */
		followUpStage: smallint('follow_up_stage'),
		reopenedAt: timestamp('reopened_at', { withTimezone: true })
	},
	(t) => [
		index('request_outcomes_request_idx').on(t.requestId, t.recordedAt),
		uniqueIndex('request_outcomes_one_current')
			.on(t.requestId)
			.where(sql`${t.reopenedAt} is null`),
		check(
			'request_outcomes_found',
			sql`(${t.found} and ${t.careKind} is not null and ${t.noSolutionReason} is null) or (not ${t.found} and ${t.noSolutionReason} is not null and ${t.careKind} is null and ${t.startDate} is null and ${t.fromRelayList} is null)`
		),
		check(
			'request_outcomes_source',
			sql`(${t.source} = 'relay') = (${t.recordedBy} is not null) and (${t.source} = 'family') = (${t.followUpStage} is not null)`
		),
		check(
			'request_outcomes_stage',
			sql`${t.followUpStage} is null or ${t.followUpStage} in (30, 90)`
		)
	]
);
export type RequestOutcome = typeof requestOutcomes.$inferSelect;

/**
 * The follow-up mails: one row per request and stage (30 or 90 days after the first
 * appointment held). The primary key is the guard: of two senders (two instances), one
 * inserts, the other finds the row and sends nothing.
 */
export const requestFollowUps = pgTable(
	'request_follow_ups',
	{
		requestId: uuid('request_id')
			.notNull()
			.references(() => childcareRequests.id, { onDelete: 'cascade' }),
		stage: smallint('stage').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
		answer: followUpAnswer('answer'),
		answeredAt: timestamp('answered_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.requestId, t.stage] }),
		check('request_follow_ups_stage', sql`${t.stage} in (30, 90)`),
		check('request_follow_ups_answer', sql`(${t.answer} is null) = (${t.answeredAt} is null)`)
	]
);
export type RequestFollowUp = typeof requestFollowUps.$inferSelect;
