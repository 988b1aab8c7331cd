import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { mailOutbox } from '../../src/lib/server/db/schema';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { enqueueMail } from '../../src/lib/server/mail/enqueue-mail';
import { startApp, waitFor, type AppProcess } from './helpers/app-process';
import { freePort } from './helpers/free-port';
import { startPostgresCluster, type PostgresCluster } from './helpers/postgres-cluster';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink';

/** Messages queued while the mail server refuses connections, answers 4xx, then is back. */
const PER_PHASE = 8;

let cluster: PostgresCluster | undefined;
let sink: SmtpSink | undefined;
let database: DatabaseHandle | undefined;
const apps: AppProcess[] = [];

beforeAll(async () => {
	cluster = await startPostgresCluster();
}, 60_000);

afterAll(async () => {
	await Promise.all(apps.map((app) => app.kill()));
	await database?.close();
	await sink?.close();
	await cluster?.destroy();
}, 30_000);

describe('the mail server down for a while, then back', () => {
	it('keeps every message in the outbox and delivers each exactly once when it returns', async () => {
		if (!cluster) throw new Error('setup failed');
		// Nothing listens there yet: every connection is refused.
		const smtpPort = await freePort();
		const env = {
			DATABASE_URL: cluster.url,
			SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
			MAIL_SENDER_INTERVAL_MS: '200',
			MAIL_LEASE_MS: '5000',
			// Every failed attempt is logged as a warning: expected here.
			LOG_LEVEL: 'error'
		};
		// Two instances started together on an empty database: both migrate, under the lock,
		// and both send from the same outbox.
		apps.push(...(await Promise.all([startApp(env), startApp(env)])));
		database = await connectDatabase({ url: cluster.url, poolSize: 2 });
		const db = database.db;

		const queued = new Map<string, { to: string; subject: string }>();
		const enqueue = async (phase: string) => {
			for (let i = 1; i <= PER_PHASE; i++) {
				const to = `parent-${phase}-${i}@example.org`;
				const subject = `${phase} ${i}`;
				queued.set(await enqueueMail(db, { to, subject, text: subject }), { to, subject });
			}
		};
		const rows = () =>
			db
				.select({
					id: mailOutbox.id,
					status: mailOutbox.status,
					attempts: mailOutbox.attempts,
					lastError: mailOutbox.lastError
				})
				.from(mailOutbox);
		// The retry delay (30 s, then 1 min, doubling: backoff.spec.ts) passes in an instant:
		// what is due again is what a sender would retry after the wait.
		const timePasses = () =>
			db
				.update(mailOutbox)
				.set({ nextAttemptAt: sql`now()` })
				.where(
					and(
						eq(mailOutbox.status, 'pending'),
						or(isNull(mailOutbox.lockedUntil), lte(mailOutbox.lockedUntil, sql`now()`))
					)
				);
		const appsAlive = () =>
			apps.every((a) => a.alive()) ? undefined : 'an instance died during the outage';

		// 1. Connections refused: every message is tried, fails, and waits in the outbox.
		await enqueue('refused');
		await waitFor(
			async () => (await rows()).every((r) => r.status === 'pending' && r.attempts >= 1),
			60_000,
			appsAlive
		);
		expect((await rows()).map((r) => r.lastError)).toEqual(
			Array.from({ length: PER_PHASE }, () => expect.stringContaining('ECONNREFUSED'))
		);

		// 2. The server is up but answers "451 try again later", before or after the data.
		sink = await startSmtpSink(smtpPort, 'refuse');
		const server = sink;
		await enqueue('tempfail');
		await timePasses();
		// Every message, old and new, was tried against it, refused, and kept.
		await waitFor(
			async () =>
				(await rows()).every((r) => r.status === 'pending' && r.lastError?.includes('451')),
			60_000,
			appsAlive
		);
		expect(server.accepted).toEqual([]);
		expect(server.refused).toBeGreaterThanOrEqual(2 * PER_PHASE);

		// 3. Back to normal, and more mail keeps coming.
		server.setMode('accept');
		await enqueue('after');
		await timePasses();
		await waitFor(async () => (await rows()).every((r) => r.status === 'sent'), 60_000, appsAlive);
		// Both senders keep polling a while: nothing arrives a second time.
		await new Promise((resolve) => setTimeout(resolve, 1500));

		expect(queued.size).toBe(3 * PER_PHASE);
		const byMessageId = new Map<string, string[]>();
		for (const mail of server.accepted) {
			byMessageId.set(mail.messageId, [...(byMessageId.get(mail.messageId) ?? []), ...mail.to]);
		}
		// Exactly one delivery per outbox row, to its recipient, under its Message-ID.
		expect(Object.fromEntries(byMessageId)).toEqual(
			Object.fromEntries([...queued].map(([id, mail]) => [`<${id}@guichet>`, [mail.to]]))
		);
		expect(server.accepted).toHaveLength(queued.size);
		expect((await rows()).filter((r) => r.status !== 'sent')).toEqual([]);
		expect(apps.every((a) => a.alive())).toBe(true);
	}, 150_000);
});
