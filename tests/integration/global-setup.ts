import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { migratePostgres } from '../../src/lib/server/db/migrate-postgres';

declare module 'vitest' {
	export interface ProvidedContext {
		/** PGlite runs: a migrated data folder dump that each test file loads. */
		pgliteTemplate: string;
		/** PostgreSQL runs: a migrated database each test file copies. */
		postgresTemplate: string;
	}
}

/**
 * Migrates one template database for the whole run; each test file then starts from a copy
 * (a PGlite dump, or `CREATE DATABASE … TEMPLATE` on PostgreSQL) instead of migrating again.
 */
export default async function setup(project: TestProject) {
	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		const templateName = `guichet_template_${process.pid}`;
		const admin = postgres(url, { max: 1, onnotice: () => {} });
		await admin.unsafe(`drop database if exists ${templateName}`);
		await admin.unsafe(`create database ${templateName}`);
		await migratePostgres(withDatabase(url, templateName), path.resolve('drizzle'));
		project.provide('postgresTemplate', templateName);
		project.provide('pgliteTemplate', '');
		return async () => {
			const leftovers = await admin<{ datname: string }[]>`
				select datname from pg_database where datname like ${`guichet_t_${process.pid}_%`}`;
			for (const { datname } of leftovers) {
				await admin.unsafe(`drop database if exists ${datname} with (force)`);
			}
			await admin.unsafe(`drop database if exists ${templateName} with (force)`);
			await admin.end();
		};
	}

	const folder = await mkdtemp(path.join(os.tmpdir(), 'guichet-pglite-'));
	const handle = await connectDatabase({ dataDir: 'memory://' });
	await handle.migrate();
	const { $client } = handle.db as unknown as { $client: import('@electric-sql/pglite').PGlite };
	const dump = await $client.dumpDataDir('none');
	const file = path.join(folder, 'template.tar');
	await writeFile(file, Buffer.from(await dump.arrayBuffer()));
	await handle.close();
	project.provide('pgliteTemplate', file);
	project.provide('postgresTemplate', '');
	return async () => {
		await rm(folder, { recursive: true, force: true });
	};
}

export function withDatabase(url: string, database: string): string {
	const parsed = new URL(url);
	parsed.pathname = `/${database}`;
	return parsed.toString();
}
