import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DatabaseHandle } from './types';

export interface ConnectOptions {
	/** A PostgreSQL URL; without it, the embedded PGlite is used. */
	url?: string;
	/** PGlite data folder; `memory://` for a throw-away database. */
	dataDir?: string;
	/** PGlite only: start from a dump made by `dumpDataDir()` (fast test databases). */
	loadDataDir?: Blob;
	/** postgres.js pool size. */
	poolSize?: number;
	migrationsFolder?: string;
}

export const defaultMigrationsFolder = () => path.resolve(process.cwd(), 'drizzle');

/**
 * Opens the database. Drivers are imported lazily: a server on PostgreSQL never loads PGlite,
 * and nothing connects when this module is imported.
 */
export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
	const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
	return options.url
		? connectPostgres(options.url, options.poolSize ?? 10, migrationsFolder)
		: connectPglite(options.dataDir ?? './data/db', options.loadDataDir, migrationsFolder);
}

async function connectPostgres(
	url: string,
	poolSize: number,
	migrationsFolder: string
): Promise<DatabaseHandle> {
	const { default: postgres } = await import('postgres');
	const { drizzle } = await import('drizzle-orm/postgres-js');
	const schema = await import('./schema');
	const client = postgres(url, {
		max: poolSize,
		onnotice: () => {},
		// While the server is down, a query waits for its connection's next attempt. The default
		// backoff grows to 10–20 s per attempt, so pages hung instead of answering 503; attempts
		// are only made for queries waiting, so a short, capped delay cannot hammer the server.
		backoff: (retries: number) => Math.min(0.05 * retries, 0.25),
		// An unreachable host (packets dropped) would otherwise hold a request for 30 s.
		connect_timeout: 10
	});
	const db = drizzle(client, { schema });
	return {
		db,
		kind: 'postgres',
		migrate: async () => {
			const { migratePostgres } = await import('./migrate-postgres');
			await migratePostgres(url, migrationsFolder);
		},
		close: () => client.end({ timeout: 5 })
	};
}

async function connectPglite(
	dataDir: string,
	loadDataDir: Blob | undefined,
	migrationsFolder: string
): Promise<DatabaseHandle> {
	const { PGlite } = await import('@electric-sql/pglite');
	const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
	const { drizzle } = await import('drizzle-orm/pglite');
	const schema = await import('./schema');
	if (!dataDir.startsWith('memory://')) {
		// PGlite fails with ENOENT when the parent folder is missing.
		await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
	}
	const client = await PGlite.create(dataDir, { extensions: { btree_gist }, loadDataDir });
	const db = drizzle(client, { schema });
	return {
		db,
		kind: 'pglite',
		migrate: async () => {
			// One process owns an embedded database: no lock is needed.
			const { migrate } = await import('drizzle-orm/pglite/migrator');
			await migrate(db, { migrationsFolder });
		},
		close: () => client.close()
	};
}
