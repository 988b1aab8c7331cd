import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { seedDemoData } from '../../src/lib/server/seed/seed-demo-data';
import { get, request, startApp, type AppProcess } from './helpers/app-process';
import {
	postgresBinDir,
	startPostgresCluster,
	type PostgresCluster
} from './helpers/postgres-cluster';
import { signInStaff } from './helpers/staff-desk';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const ANIMATOR = { email: 'animation.ouest@rpe-demo.test', password: 'Demo-Animation-Ouest-2026' };

let cluster: PostgresCluster | undefined;
let app: AppProcess | undefined;
let folder: string | undefined;

beforeAll(async () => {
	cluster = await startPostgresCluster();
	folder = await mkdtemp(path.join(os.tmpdir(), 'guichet-faults-backup-'));
}, 60_000);

afterAll(async () => {
	await app?.kill();
	await cluster?.destroy();
	if (folder) await rm(folder, { recursive: true, force: true });
}, 30_000);

/** Every table of the app (its schema and drizzle's journal of migrations) with its rows. */
async function rowCounts(url: string): Promise<Record<string, number>> {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		const tables = await sql<{ name: string }[]>`
			select schemaname || '.' || tablename as name from pg_tables
			where schemaname not in ('pg_catalog', 'information_schema') order by 1`;
		const counts: Record<string, number> = {};
		for (const { name } of tables) {
			const [row] = await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${name}`);
			counts[name] = row?.n ?? -1;
		}
		return counts;
	} finally {
		await sql.end({ timeout: 5 });
	}
}

/** The operator's scripts, with the PostgreSQL client tools of the cluster's version. */
function script(name: string, args: string[], env: Record<string, string>) {
	return run('bash', [path.join(root, 'scripts', name), ...args], {
		cwd: root,
		env: { ...process.env, PATH: `${postgresBinDir()}:${process.env.PATH ?? ''}`, ...env }
	});
}

describe('backup and restore', () => {
	it('scripts/backup.sh and scripts/restore.sh bring every row into an empty database, and the portal runs on it', async () => {
		if (!cluster || !folder) throw new Error('setup failed');
		// The demo: relays, accounts, availability, 150 open requests, three years of history,
		// the directory, the observatory's counts.
		const handle = await connectDatabase({ url: cluster.url, poolSize: 2 });
		try {
			await handle.migrate();
			await seedDemoData(handle.db);
		} finally {
			await handle.close();
		}
		const before = await rowCounts(cluster.url);
		expect(before['public.childcare_requests']).toBeGreaterThan(100);
		expect(before['drizzle.__drizzle_migrations']).toBeGreaterThan(0);

		const backup = await script('backup.sh', [folder], { DATABASE_URL: cluster.url });
		const dump = backup.stdout.trim();
		expect(dump).toMatch(/guichet-\d{8}T\d{6}Z\.dump$/);

		const restoredUrl = cluster.url.replace(/\/guichet$/, '/guichet_restored');
		const admin = postgres(cluster.url.replace(/\/guichet$/, '/postgres'), { max: 1 });
		try {
			await admin.unsafe('create database guichet_restored');
		} finally {
			await admin.end({ timeout: 5 });
		}
		await script('restore.sh', [dump], { RESTORE_DATABASE_URL: restoredUrl });

		// The same tables with the same number of rows each.
		expect(await rowCounts(restoredUrl)).toEqual(before);
		// A second restore into what is no longer empty is refused, and changes nothing.
		await expect(
			script('restore.sh', [dump], { RESTORE_DATABASE_URL: restoredUrl })
		).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('not empty') });
		expect(await rowCounts(restoredUrl)).toEqual(before);

		// The portal starts on the copy (its migrations find nothing to do) and works: an
		// animator signs in, opens the queue and takes a request, which writes rows whose ids
		// come from the restored sequences.
		app = await startApp({ DATABASE_URL: restoredUrl, LOG_LEVEL: 'warn' });
		expect((await get(app.origin, '/healthz')).status).toBe(200);
		const staff = await signInStaff(app.origin, ANIMATOR, '127.0.0.1');
		const queue = await request(app.origin, '/relais/file', {
			headers: { accept: 'text/html', cookie: staff.cookie }
		});
		expect(queue.status).toBe(200);
		expect(queue.body).toMatch(/VO-\d{4}-\d{5}/);
		const taken = await request(app.origin, '/relais/file?/takeNext', {
			method: 'POST',
			headers: {
				accept: 'text/html',
				cookie: staff.cookie,
				origin: app.origin,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: ''
		});
		expect(taken.status).toBe(303);
		expect(taken.headers.location).toMatch(/^\/relais\/demandes\/VO-\d{4}-\d{5}$/);
		const after = await rowCounts(restoredUrl);
		expect(after['public.audit_log']).toBeGreaterThan(before['public.audit_log'] ?? 0);
		expect(after['public.request_events']).toBeGreaterThan(before['public.request_events'] ?? 0);
	}, 150_000);
});
