import { sql } from 'drizzle-orm';
import {
	check,
	date,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';

/**
 * The observatory's counts (observatory/refresh-counts.ts): per territory, month received,
 * measure and category, the number of requests (or, for snapshot measures, of open requests
 * and free places now). A territory (`scope`) is `deployment`, `relay:<id>`, `epci:<code>`, or
 * `commune:<INSEE>` for the few measures published by commune. Cut from anonymised facts
 * only: no name, contact, free text or request id. Raw, not yet protected: only observatory/
 * reads it, and protects what it cuts. Recomputed as a whole by the refresh, so that a page
 * reads one territory's rows and never counts requests.
 */
export const observatoryCounts = pgTable(
	'observatory_counts',
	{
		month: date('month').notNull(),
		scope: text('scope').notNull(),
		measure: text('measure').notNull(),
		category: text('category').notNull(),
		n: integer('n').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.scope, t.measure, t.month, t.category] }),
		check('observatory_counts_positive', sql`${t.n} > 0`),
		check('observatory_counts_month', sql`extract(day from ${t.month}) = 1`)
	]
);
export type ObservatoryCount = typeof observatoryCounts.$inferSelect;

/** One row: when the counts were last recomputed, and from how many requests. */
export const observatoryRefreshes = pgTable(
	'observatory_refreshes',
	{
		id: integer('id').primaryKey().default(1),
		refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
		/** New at every refresh: what the views cut from the counts are cached by. */
		generation: uuid('generation').notNull(),
		requestCount: integer('request_count').notNull(),
		durationMs: integer('duration_ms').notNull()
	},
	(t) => [check('observatory_refreshes_single', sql`${t.id} = 1`)]
);
