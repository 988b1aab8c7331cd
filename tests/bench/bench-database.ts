import { eq } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import * as schema from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import type { BenchDataset } from './dataset';

/** One statement as a domain function sent it to the driver. */
export interface CapturedStatement {
	query: string;
	params: unknown[];
}

/**
 * The bench's own connection to the dataset, with drizzle's logger recording every statement
 * and its parameters exactly as they go to the driver (drizzle logs what it passes to
 * postgres.js's `unsafe` or PGlite's `query`), and a way to replay them raw on that driver.
 * On the embedded database only one process may open the data folder: open this while the
 * server is stopped.
 */
export interface BenchDatabase {
	db: Database;
	/** Records the statements `work` sends, and returns them. */
	capture(work: (db: Database) => Promise<unknown>): Promise<CapturedStatement[]>;
	/** A raw client with up to `connections` connections (postgres.js), or PGlite itself. */
	replayer(connections: number): Promise<Replayer>;
	close(): Promise<void>;
}

export interface Replayer {
	run(statement: CapturedStatement): Promise<unknown>;
	close(): Promise<void>;
}

class RecordingLogger implements Logger {
	recording: CapturedStatement[] | null = null;
	logQuery(query: string, params: unknown[]): void {
		this.recording?.push({ query, params: [...params] });
	}
}

export async function openBenchDatabase(dataset: BenchDataset): Promise<BenchDatabase> {
	const logger = new RecordingLogger();
	const capture = async (db: Database, work: (db: Database) => Promise<unknown>) => {
		logger.recording = [];
		try {
			await work(db);
			return logger.recording;
		} finally {
			logger.recording = null;
		}
	};
	if (dataset.kind === 'postgres') {
		const url = dataset.databaseUrl;
		if (!url) throw new Error('manifeste postgres sans databaseUrl');
		const { default: postgres } = await import('postgres');
		const { drizzle } = await import('drizzle-orm/postgres-js');
		const options = { onnotice: () => {} };
		const client = postgres(url, { ...options, max: 1 });
		const db = drizzle(client, { schema, logger });
		return {
			db,
			capture: (work) => capture(db, work),
			async replayer(connections) {
				// The app's own pool settings (db/connect.ts): its size, unprepared statements as
				// drizzle sends them through `unsafe`.
				const pool = postgres(url, { ...options, max: connections });
				return {
					run: (statement) => pool.unsafe(statement.query, statement.params as never[]),
					close: () => pool.end({ timeout: 5 })
				};
			},
			close: () => client.end({ timeout: 5 })
		};
	}
	const dataDir = dataset.dataDir;
	if (!dataDir) throw new Error('manifeste embarqué sans dataDir');
	const { PGlite } = await import('@electric-sql/pglite');
	const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
	const { drizzle } = await import('drizzle-orm/pglite');
	const client = await PGlite.create(dataDir, { extensions: { btree_gist } });
	const db = drizzle(client, { schema, logger });
	return {
		db,
		capture: (work) => capture(db, work),
		// PGlite is one connection in this process: concurrent queries wait their turn, as
		// they do in the server.
		replayer: async () => ({
			run: (statement) => client.query(statement.query, statement.params),
			close: async () => {}
		}),
		close: () => client.close()
	};
}

/** The name of the manifest's commune, as a family types it in the form's commune step. */
export async function communeName(db: Database, inseeCode: string): Promise<string> {
	const [commune] = await db
		.select({ name: schema.communes.name })
		.from(schema.communes)
		.where(eq(schema.communes.inseeCode, inseeCode));
	if (!commune) throw new Error(`commune ${inseeCode} du manifeste introuvable dans la base`);
	return commune.name;
}
