import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

type Schema = typeof schema;

/** The drizzle database, whichever driver is behind it (postgres.js or PGlite). */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<
	PgQueryResultHKT,
	Schema,
	ExtractTablesWithRelations<Schema>
>;
/** What every domain function takes first: the database or a transaction in progress. */
export type Db = Database | Transaction;

export interface DatabaseHandle {
	db: Database;
	kind: 'postgres' | 'pglite';
	/** Runs the migrations, once even if several processes start together. */
	migrate(): Promise<void>;
	close(): Promise<void>;
}
