import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';

/** Any fixed number: it names the lock that serialises migrators across processes. */
const MIGRATION_LOCK_KEY = 7_406_112_025;

/**
 * Applies the migrations under a session advisory lock, on one dedicated connection, so that
 * two servers starting together do not both create the same tables: the second waits, then
 * finds nothing left to do.
 */
export async function migratePostgres(url: string, migrationsFolder: string): Promise<void> {
	const client = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
		try {
			await migrate(drizzle(client), { migrationsFolder });
		} finally {
			await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
		}
	} finally {
		await client.end({ timeout: 5 });
	}
}
