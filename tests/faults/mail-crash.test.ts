import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { mailOutbox } from '../../src/lib/server/db/schema';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { enqueueMail } from '../../src/lib/server/mail/enqueue-mail';
import { startApp, waitFor, type AppProcess } from './helpers/app-process';
import { startPostgresCluster, type PostgresCluster } from './helpers/postgres-cluster';
import { startSlowSmtpServer, type SlowSmtpServer } from './helpers/slow-smtp-server';

const MESSAGES = 6;
/** Short enough for a quick test; the production default (one minute) is tested apart. */
const LEASE_MS = 3000;
const SMTP_REPLY_DELAY_MS = 1500;

let cluster: PostgresCluster | undefined;
let smtp: SlowSmtpServer | undefined;
let database: DatabaseHandle | undefined;
const apps: AppProcess[] = [];

beforeAll(async () => {
	cluster = await startPostgresCluster();
	smtp = await startSlowSmtpServer(SMTP_REPLY_DELAY_MS);
}, 60_000);

afterAll(async () => {
	await Promise.all(apps.map((app) => app.kill()));
	await database?.close();
	await smtp?.close();
	await cluster?.destroy();
}, 30_000);

describe('an instance killed in the middle of a mail batch', () => {
	it('leaves the rest to the next instance: every message arrives, only the one in flight twice, with the same Message-ID', async () => {
		if (!cluster || !smtp) throw new Error('setup failed');
		const server = smtp;
		const env = {
			DATABASE_URL: cluster.url,
			SMTP_URL: server.url,
			MAIL_LEASE_MS: String(LEASE_MS),
			MAIL_SENDER_INTERVAL_MS: '200',
			LOG_LEVEL: 'warn'
		};
		const first = await startApp(env);
		apps.push(first);
		database = await connectDatabase({ url: cluster.url, poolSize: 2 });
		const db = database.db;
		const ids = new Map<string, string>();
		for (let i = 1; i <= MESSAGES; i++) {
			const subject = `Message ${i}`;
			ids.set(subject, await enqueueMail(db, { to: 'parent@example.org', subject, text: subject }));
		}

		// Two accepted, the third received but not yet accepted: kill -9 now.
		await waitFor(async () => server.received.length >= 3, 30_000);
		await first.kill('SIGKILL');
		const killedAt = Date.now();
		const inFlight = [...server.awaitingReply];
		expect(inFlight).toEqual(['Message 3']);

		const second = await startApp(env);
		apps.push(second);
		const everyone = [...ids.keys()];
		await waitFor(
			async () => everyone.every((s) => server.received.some((m) => m.subject === s)),
			120_000,
			() => (second.alive() ? undefined : `the second instance died:\n${second.output()}`)
		);
		const deliveredIn = Date.now() - killedAt;
		await waitFor(
			async () => (await db.$count(mailOutbox, eq(mailOutbox.status, 'sent'))) === MESSAGES,
			10_000
		);

		expect(deliveredIn).toBeLessThan(120_000);
		const copies = Object.fromEntries(
			everyone.map((s) => [s, server.received.filter((m) => m.subject === s).length])
		);
		expect(copies).toEqual({
			'Message 1': 1,
			'Message 2': 1,
			// The one the first instance never saw accepted: sent again, which is allowed.
			'Message 3': copies['Message 3'] === 2 ? 2 : 1,
			'Message 4': 1,
			'Message 5': 1,
			'Message 6': 1
		});
		for (const mail of server.received) {
			expect(mail.messageId).toBe(`<${ids.get(mail.subject)}@guichet>`);
		}
	}, 150_000);
});
