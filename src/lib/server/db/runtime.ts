import { connectDatabase } from './connect';
import type { Database, DatabaseHandle } from './types';
import { config } from '../config';

let handle: DatabaseHandle | undefined;
let opening: Promise<DatabaseHandle> | undefined;

/** The server's database, opened once on first use (from the `init` hook). */
export function openRuntimeDatabase(): Promise<DatabaseHandle> {
	opening ??= connectDatabase({
		url: config.databaseUrl,
		dataDir: config.pgliteDataDir,
		poolSize: config.databasePoolSize
	}).then((opened) => (handle = opened));
	return opening;
}

export function runtimeDatabase(): Database {
	if (!handle) throw new Error('The database is not open yet (the init hook opens it).');
	return handle.db;
}

export async function closeRuntimeDatabase(): Promise<void> {
	const current = handle;
	handle = undefined;
	opening = undefined;
	await current?.close();
}
