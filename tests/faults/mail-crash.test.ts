import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { mailOutbox } from '../../src/lib/server/db/schema';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { enqueueMail } from '../../src/lib/server/mail/enqueue-mail';
import { startApp, waitFor, type AppProcess } from './helpers/app-process';
import { startPostgresCluster, type PostgresCluster } from './helpers/postgres-cluster';
import {
	startSlowSmtpServer,
	type ReceivedMail,
	type SlowSmtpServer
} from './helpers/slow-smtp-server';

const MESSAGES = 6;
/** Short enough for a quick test; the production default (one minute) is tested apart. */
const LEASE_MS = 3000;
/** Each instance signs its mail: the SMTP server then knows who sent each copy. */
const INSTANCES = ['instance-a', 'instance-b'] as const;

let cluster: PostgresCluster | undefined;
let database: DatabaseHandle | undefined;
let smtp: SlowSmtpServer | undefined;
let apps: { name: string; app: AppProcess }[] = [];

beforeAll(async () => {
	cluster = await startPostgresCluster();
}, 60_000);

afterEach(async () => {
	// A process frozen by a test is killed too (SIGKILL ends a stopped process).
	await Promise.all(apps.map(({ app }) => app.kill()));
	apps = [];
	await smtp?.close();
	smtp = undefined;
}, 30_000);

afterAll(async () => {
	await database?.close();
	await cluster?.destroy();
}, 30_000);

/** Two instances on one database and one SMTP server, both sending from the outbox. */
async function startTwoInstances(server: SlowSmtpServer) {
	if (!cluster) throw new Error('setup failed');
	const started = await Promise.all(
		INSTANCES.map((name) =>
			startApp({
				DATABASE_URL: cluster?.url ?? '',
				SMTP_URL: server.url,
				MAIL_FROM: `Guichet <${name}@guichet.invalid>`,
				MAIL_LEASE_MS: String(LEASE_MS),
				MAIL_SENDER_INTERVAL_MS: '200',
				LOG_LEVEL: 'error'
			})
		)
	);
	apps = started.map((app, i) => ({ name: INSTANCES[i] ?? '', app }));
	database ??= await connectDatabase({ url: cluster.url, poolSize: 2 });
	return database.db;
}

const senderOf = (mail: ReceivedMail) => apps.find(({ name }) => mail.from.includes(name));

/** Queues `Message 1`… in order; returns each subject's outbox id. */
async function enqueueMessages(db: DatabaseHandle['db'], prefix: string) {
	const ids = new Map<string, string>();
	for (let i = 1; i <= MESSAGES; i++) {
		const subject = `${prefix} ${i}`;
		ids.set(
			subject,
			await enqueueMail(db, { to: `parent-${i}@example.org`, subject, text: subject })
		);
	}
	return ids;
}

/** Waits until each message reached the server at least once and the outbox says all sent. */
async function waitForEveryone(
	db: DatabaseHandle['db'],
	server: SlowSmtpServer,
	ids: Map<string, string>,
	survivor: AppProcess
) {
	await waitFor(
		async () => [...ids.keys()].every((s) => server.received.some((m) => m.subject === s)),
		60_000,
		() => (survivor.alive() ? undefined : `the other instance died:\n${survivor.output()}`)
	);
	await waitFor(
		async () =>
			(await db.$count(mailOutbox, eq(mailOutbox.status, 'sent'))) >= ids.size &&
			(await db.$count(mailOutbox, eq(mailOutbox.status, 'pending'))) === 0,
		30_000
	);
	// Another round of both senders' polling: a late second copy would show now.
	await new Promise((resolve) => setTimeout(resolve, 1000));
}

const copiesOf = (server: SlowSmtpServer, ids: Map<string, string>) =>
	Object.fromEntries(
		[...ids.keys()].map((s) => [s, server.received.filter((m) => m.subject === s).length])
	);

describe('an instance killed in the middle of a mail batch, with another instance running', () => {
	it('after the SMTP server accepted a message, before it was recorded as sent: only that one is sent again, by the other, with the same Message-ID', async () => {
		let frozen: { name: string; app: AppProcess } | undefined;
		// At the third message, the instance sending it is frozen before the "250 OK" reaches
		// it, then killed: the server has accepted the message, the outbox still says pending.
		const server = await startSlowSmtpServer(0, {
			onReceived(mail) {
				if (mail.subject !== 'Accepted 3' || frozen) return;
				frozen = senderOf(mail);
				if (frozen) process.kill(frozen.app.pid, 'SIGSTOP');
			}
		});
		smtp = server;
		const db = await startTwoInstances(server);
		const ids = await enqueueMessages(db, 'Accepted');

		await waitFor(async () => frozen !== undefined, 60_000);
		const victim = frozen;
		if (!victim) throw new Error('no instance was sending the third message');
		await victim.app.kill('SIGKILL');
		const survivor = apps.find((a) => a !== victim);
		if (!survivor) throw new Error('no other instance');
		await waitForEveryone(db, server, ids, survivor.app);

		expect(copiesOf(server, ids)).toEqual({
			'Accepted 1': 1,
			'Accepted 2': 1,
			// Accepted by the server, never recorded: the lease ran out and the other sent it.
			'Accepted 3': 2,
			'Accepted 4': 1,
			'Accepted 5': 1,
			'Accepted 6': 1
		});
		const third = server.received.filter((m) => m.subject === 'Accepted 3');
		expect(third.map((m) => senderOf(m)?.name)).toEqual([victim.name, survivor.name]);
		for (const mail of server.received) {
			expect(mail.messageId).toBe(`<${ids.get(mail.subject)}@guichet>`);
		}
	}, 150_000);

	it('while the SMTP server holds a message it has not answered yet: that one is sent again, everything else exactly once', async () => {
		// Each "250 OK" comes 1.5 s after the data: half the lease, renewed while waiting.
		const server = await startSlowSmtpServer(1500);
		smtp = server;
		const db = await startTwoInstances(server);
		const ids = await enqueueMessages(db, 'Slow');

		// The third message received but not yet accepted: kill -9 whoever is sending it.
		await waitFor(async () => server.received.some((m) => m.subject === 'Slow 3'), 60_000);
		const third = server.received.find((m) => m.subject === 'Slow 3');
		const victim = third && senderOf(third);
		if (!victim) throw new Error('no instance was sending the third message');
		await victim.app.kill('SIGKILL');
		expect([...server.awaitingReply]).toContain('Slow 3');
		const survivor = apps.find((a) => a !== victim);
		if (!survivor) throw new Error('no other instance');
		await waitForEveryone(db, server, ids, survivor.app);

		expect(copiesOf(server, ids)).toEqual({
			'Slow 1': 1,
			'Slow 2': 1,
			// The server has it, the sender never saw it accepted: sent again, same Message-ID.
			'Slow 3': 2,
			'Slow 4': 1,
			'Slow 5': 1,
			'Slow 6': 1
		});
		const copies = server.received.filter((m) => m.subject === 'Slow 3');
		expect(copies.map((m) => senderOf(m)?.name)).toEqual([victim.name, survivor.name]);
		for (const mail of server.received) {
			expect(mail.messageId).toBe(`<${ids.get(mail.subject)}@guichet>`);
		}
	}, 150_000);
});
