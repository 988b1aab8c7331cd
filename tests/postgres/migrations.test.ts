import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import postgres from 'postgres';
import { randomBytes } from 'node:crypto';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { migratePostgres } from '../../src/lib/server/db/migrate-postgres';
import { withDatabase } from '../integration/global-setup';
import { describeSchema } from '../integration/schema-inspection';

const serverUrl = process.env.TEST_DATABASE_URL ?? '';
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
const created: string[] = [];

async function emptyDatabase(): Promise<string> {
	const name = `guichet_empty_${process.pid}_${randomBytes(3).toString('hex')}`;
	await admin.unsafe(`create database ${name}`);
	created.push(name);
	return withDatabase(serverUrl, name);
}

describe('migrations on PostgreSQL', () => {
	afterAll(async () => {
		for (const name of created) await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	});

	let url = '';
	beforeAll(async () => {
		url = await emptyDatabase();
	});

	it('four migrators starting together leave one schema and no error', async () => {
		const folder = path.resolve('drizzle');
		const results = await Promise.allSettled(
			Array.from({ length: 4 }, () => migratePostgres(url, folder))
		);
		expect(results.map((r) => r.status)).toEqual([
			'fulfilled',
			'fulfilled',
			'fulfilled',
			'fulfilled'
		]);
		const client = postgres(url, { max: 1 });
		const applied = await client`select hash from drizzle.__drizzle_migrations`;
		await client.end();
		const journal = await import('../../drizzle/meta/_journal.json', { with: { type: 'json' } });
		expect(applied).toHaveLength(journal.default.entries.length);
	});

	it('produce the same tables and columns as on the embedded database', async () => {
		const pg = await connectDatabase({ url, poolSize: 1 });
		const lite = await connectDatabase({ dataDir: 'memory://' });
		try {
			await lite.migrate();
			expect(await describeSchema(pg.db)).toEqual(await describeSchema(lite.db));
		} finally {
			await pg.close();
			await lite.close();
		}
	});
});
