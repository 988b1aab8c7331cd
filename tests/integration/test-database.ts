import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { connectDatabase } from '../../src/lib/server/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { withDatabase } from './global-setup';

export interface TestDatabase extends DatabaseHandle {
	/** Set on PostgreSQL: the copy's URL, for tests that open their own connections. */
	url?: string;
}

/**
 * A fresh, migrated, empty database for one test file: PGlite in memory by default,
 * a copy of the migrated template on PostgreSQL when TEST_DATABASE_URL is set.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (serverUrl) {
		const name = `guichet_t_${process.pid}_${randomBytes(4).toString('hex')}`;
		const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
		try {
			await admin.unsafe(`create database ${name} template ${inject('postgresTemplate')}`);
		} finally {
			await admin.end();
		}
		const url = withDatabase(serverUrl, name);
		const handle = await connectDatabase({ url, poolSize: 30 });
		return {
			...handle,
			url,
			close: async () => {
				await handle.close();
				const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
				await cleanup.unsafe(`drop database if exists ${name} with (force)`);
				await cleanup.end();
			}
		};
	}
	const dump = await readFile(inject('pgliteTemplate'));
	return connectDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]) });
}
