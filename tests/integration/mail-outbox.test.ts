import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { simpleParser, type HeaderValue } from 'mailparser';
import { mailOutbox } from '../../src/lib/server/db/schema';
import { enqueueMail } from '../../src/lib/server/mail/enqueue-mail';
import { deliverDueMessages, startMailSender } from '../../src/lib/server/mail/sender';
import {
	createFileTransport,
	createSmtpTransport,
	type MailTransport
} from '../../src/lib/server/mail/transport';
import { createTestDatabase, type TestDatabase } from './test-database';
import { startSmtpServer, type TestSmtpServer } from './smtp-test-server';
import { runTogether } from './run-together';
import { DEFAULT_LEASE_MS, beginAttempt, claimDueMessages } from '../../src/lib/server/mail/lease';

/** The `method=` parameter of a parsed Content-Type header. */
const methodOf = (header: HeaderValue | undefined): unknown =>
	header && typeof header === 'object' && 'params' in header && 'method' in header.params
		? header.params.method
		: undefined;

const quietLog = pino({ level: 'silent' });
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());
// The sender takes every due row of the table: each test starts from an empty outbox.
beforeEach(async () => {
	await t.db.delete(mailOutbox);
});

const rowOf = async (id: string) => {
	const [row] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
	if (!row) throw new Error(`outbox row ${id} is missing`);
	return row;
};

describe('mail outbox over SMTP', () => {
	let smtp: TestSmtpServer;
	let transport: MailTransport;
	beforeAll(async () => {
		smtp = await startSmtpServer();
		transport = createSmtpTransport(smtp.url);
	});
	afterAll(async () => {
		transport.close?.();
		await smtp.close();
	});
	beforeEach(() => {
		smtp.received.length = 0;
	});

	it('delivers an enqueued message once, with its subject, text, html and attachment', async () => {
		const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x10]);
		const id = await enqueueMail(t.db, {
			to: 'famille.martin@example.org',
			subject: 'Votre demande est bien reçue',
			text: 'Bonjour, nous avons reçu votre demande.',
			html: '<p>Bonjour, nous avons reçu <strong>votre demande</strong>.</p>',
			attachments: [{ filename: 'recapitulatif.pdf', contentType: 'application/pdf', content: pdf }]
		});

		const first = await deliverDueMessages(t.db, transport, { log: quietLog });
		const second = await deliverDueMessages(t.db, transport, { log: quietLog });

		expect(first).toEqual({ sent: 1, retried: 0, failed: 0 });
		expect(second).toEqual({ sent: 0, retried: 0, failed: 0 });
		expect(smtp.received).toHaveLength(1);
		const mail = smtp.received[0];
		expect(mail?.subject).toBe('Votre demande est bien reçue');
		expect(mail?.text?.trim()).toBe('Bonjour, nous avons reçu votre demande.');
		expect(mail?.html).toContain('<strong>votre demande</strong>');
		expect(mail?.messageId).toBe(`<${id}@guichet>`);
		expect(mail?.attachments.map((a) => [a.filename, a.contentType])).toEqual([
			['recapitulatif.pdf', 'application/pdf']
		]);
		expect(new Uint8Array(mail?.attachments[0]?.content ?? [])).toEqual(pdf);
		const row = await rowOf(id);
		expect(row).toMatchObject({ status: 'sent', attempts: 1, lockedUntil: null });
		expect(row.sentAt).toBeInstanceOf(Date);
	});

	it('sends a calendar attachment also as a text/calendar alternative that calendars act on', async () => {
		const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
		await enqueueMail(t.db, {
			to: 'assistante@example.org',
			subject: 'Rendez-vous au relais',
			text: 'Votre rendez-vous est confirmé.',
			attachments: [
				{
					filename: 'rendez-vous.ics',
					contentType: 'text/calendar',
					content: ics,
					method: 'REQUEST'
				}
			]
		});

		await deliverDueMessages(t.db, transport, { log: quietLog });

		const parts = (smtp.received[0]?.attachments ?? []).map((a) => ({
			contentType: a.contentType,
			method: methodOf(a.headers.get('content-type')),
			filename: a.filename,
			content: a.content.toString('utf8')
		}));
		// What calendars act on: an inline text/calendar alternative carrying the iTIP method,
		// plus the file itself, attached once under its own name.
		expect(parts).toEqual([
			{ contentType: 'text/calendar', method: 'REQUEST', filename: undefined, content: ics },
			{
				contentType: 'application/ics',
				method: undefined,
				filename: 'rendez-vous.ics',
				content: ics
			}
		]);
	});

	it('sends each message once when several senders run at the same moment', async () => {
		const subjects = Array.from({ length: 12 }, (_, i) => `Message ${String(i).padStart(2, '0')}`);
		for (const subject of subjects) {
			await enqueueMail(t.db, { to: 'parent@example.org', subject, text: subject });
		}
		const senders = Array.from({ length: 4 }, () => createSmtpTransport(smtp.url));

		const results = await runTogether(
			t,
			'mail_outbox',
			senders.map(
				(sender) => () => deliverDueMessages(t.db, sender, { batchSize: 50, log: quietLog })
			)
		);
		senders.forEach((sender) => sender.close?.());

		expect(smtp.received.map((m) => m.subject).sort()).toEqual(subjects);
		expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(subjects.length);
		const rows = await t.db.select().from(mailOutbox);
		expect(rows.map((r) => [r.status, r.attempts])).toEqual(subjects.map(() => ['sent', 1]));
	});
});

describe('mail outbox when the SMTP server is down', () => {
	it('keeps the message, retries after the delay, and delivers it once when the server is back', async () => {
		// Find a free port, then leave nothing listening on it.
		const probe = await startSmtpServer();
		const port = probe.port;
		await probe.close();
		const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
		const id = await enqueueMail(t.db, {
			to: 'parent@example.org',
			subject: 'Rappel de rendez-vous',
			text: 'À demain.'
		});
		const start = new Date();

		const down = await deliverDueMessages(t.db, transport, { now: start, log: quietLog });

		expect(down).toEqual({ sent: 0, retried: 1, failed: 0 });
		const afterFailure = await rowOf(id);
		expect(afterFailure).toMatchObject({ status: 'pending', attempts: 1, lockedUntil: null });
		expect(afterFailure.lastError).toMatch(/ECONNREFUSED|connect/i);
		expect(afterFailure.nextAttemptAt.getTime()).toBeGreaterThan(start.getTime());

		const smtp = await startSmtpServer(port);
		try {
			const tooEarly = await deliverDueMessages(t.db, transport, {
				now: new Date(start.getTime() + 1000),
				log: quietLog
			});
			expect(tooEarly).toEqual({ sent: 0, retried: 0, failed: 0 });
			expect(smtp.received).toHaveLength(0);
			expect((await rowOf(id)).attempts).toBe(1);

			const later = new Date(afterFailure.nextAttemptAt.getTime() + 1000);
			const back = await deliverDueMessages(t.db, transport, { now: later, log: quietLog });
			const again = await deliverDueMessages(t.db, transport, {
				now: new Date(later.getTime() + HOUR),
				log: quietLog
			});

			expect(back).toEqual({ sent: 1, retried: 0, failed: 0 });
			expect(again).toEqual({ sent: 0, retried: 0, failed: 0 });
			expect(smtp.received.map((m) => m.subject)).toEqual(['Rappel de rendez-vous']);
			expect(await rowOf(id)).toMatchObject({ status: 'sent', attempts: 2 });
		} finally {
			transport.close?.();
			await smtp.close();
		}
	});

	it('gives up after 12 attempts, marks the message failed and logs an error', async () => {
		const lines: string[] = [];
		const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
		const refusing: MailTransport = {
			send: async () => {
				throw new Error('550 5.1.1 mailbox unavailable');
			}
		};
		const id = await enqueueMail(t.db, { to: 'parti@example.org', subject: 'S', text: 'T' });
		const start = Date.now();
		// Seven hours apart: longer than the longest retry delay, so every run finds it due.
		const run = (i: number) =>
			deliverDueMessages(t.db, refusing, { now: new Date(start + i * 7 * HOUR), log });

		for (let i = 0; i < 11; i++) await run(i);
		expect(await rowOf(id)).toMatchObject({ status: 'pending', attempts: 11 });

		expect(await run(11)).toEqual({ sent: 0, retried: 0, failed: 1 });
		expect(await run(12)).toEqual({ sent: 0, retried: 0, failed: 0 });
		expect(await rowOf(id)).toMatchObject({
			status: 'failed',
			attempts: 12,
			lastError: 'Error: 550 5.1.1 mailbox unavailable'
		});
		const errors = lines.map((line) => JSON.parse(line) as { level: number; outboxId?: string });
		expect(errors.filter((entry) => entry.level === 50)).toEqual([
			expect.objectContaining({ outboxId: id })
		]);
	});
});

describe('mail outbox leases', () => {
	let smtp: TestSmtpServer;
	let transport: MailTransport;
	beforeAll(async () => {
		smtp = await startSmtpServer();
		transport = createSmtpTransport(smtp.url);
	});
	afterAll(async () => {
		transport.close?.();
		await smtp.close();
	});
	beforeEach(() => {
		smtp.received.length = 0;
	});
	const enqueueThree = async () => {
		const ids: string[] = [];
		for (const subject of ['Premier', 'Deuxième', 'Troisième']) {
			ids.push(await enqueueMail(t.db, { to: 'parent@example.org', subject, text: subject }));
			// Distinct creation times: the sender takes the oldest first.
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
		return ids;
	};

	it('keeps the default lease at two minutes or less', () => {
		expect(DEFAULT_LEASE_MS).toBeGreaterThanOrEqual(30_000);
		expect(DEFAULT_LEASE_MS).toBeLessThanOrEqual(2 * MINUTE);
	});

	it('sends what a dead sender had claimed once its lease is over, not before, and counts only the attempt it began', async () => {
		const [first, second, third] = await enqueueThree();
		const start = new Date();
		// What an instance killed in the middle of its first message leaves behind.
		const claimed = await claimDueMessages(t.db, start, 10, DEFAULT_LEASE_MS);
		expect(claimed.map((c) => c.message.id)).toEqual([first, second, third]);
		const [inFlight] = claimed;
		if (!inFlight) throw new Error('nothing claimed');
		expect(await beginAttempt(t.db, inFlight, start, DEFAULT_LEASE_MS)).toBeDefined();

		const tooEarly = await deliverDueMessages(t.db, transport, {
			now: new Date(start.getTime() + DEFAULT_LEASE_MS - 1000),
			log: quietLog
		});
		expect(tooEarly).toEqual({ sent: 0, retried: 0, failed: 0 });

		const after = await deliverDueMessages(t.db, transport, {
			now: new Date(start.getTime() + DEFAULT_LEASE_MS + 1000),
			log: quietLog
		});
		expect(after).toEqual({ sent: 3, retried: 0, failed: 0 });
		expect(smtp.received.map((m) => m.messageId)).toEqual(
			[first, second, third].map((id) => `<${id}@guichet>`)
		);
		const attempts = await Promise.all(
			[first, second, third].map(async (id) => (await rowOf(id ?? '')).attempts)
		);
		expect(attempts).toEqual([2, 1, 1]);
	});

	it('stops when the database fails while marking a message sent; the rest are free again within a lease, the resent one keeps its Message-ID', async () => {
		const [first, second, third] = await enqueueThree();
		const start = new Date();
		// The third update of the run is marking the first message sent: the claim, the start
		// of its attempt, then that one.
		let updates = 0;
		const failing = new Proxy(t.db, {
			get(target, property, receiver) {
				if (property === 'update' && ++updates === 3) {
					return () => {
						throw new Error('Connection terminated unexpectedly');
					};
				}
				return Reflect.get(target, property, receiver);
			}
		});

		await expect(
			deliverDueMessages(failing, transport, { now: start, log: quietLog })
		).rejects.toThrow('Connection terminated');
		expect(smtp.received.map((m) => m.subject)).toEqual(['Premier']);

		const stillLeased = await deliverDueMessages(t.db, transport, {
			now: new Date(start.getTime() + DEFAULT_LEASE_MS / 2),
			log: quietLog
		});
		expect(stillLeased.sent).toBe(0);
		const afterLease = await deliverDueMessages(t.db, transport, {
			now: new Date(start.getTime() + DEFAULT_LEASE_MS + 1000),
			log: quietLog
		});

		expect(afterLease).toEqual({ sent: 3, retried: 0, failed: 0 });
		// The one in flight at the fault arrives twice, with the same Message-ID, so that mail
		// clients show it once; the others once.
		expect(smtp.received.map((m) => [m.subject, m.messageId])).toEqual([
			['Premier', `<${first}@guichet>`],
			['Premier', `<${first}@guichet>`],
			['Deuxième', `<${second}@guichet>`],
			['Troisième', `<${third}@guichet>`]
		]);
	});

	it('never starts a message whose lease another sender took over', async () => {
		const [first] = await enqueueThree();
		const start = new Date();
		const late = await claimDueMessages(t.db, start, 1, 1000);
		const takeover = await claimDueMessages(t.db, new Date(start.getTime() + 2000), 1, 1000);
		const [lateClaim] = late;
		const [takeoverClaim] = takeover;
		if (!lateClaim || !takeoverClaim) throw new Error('nothing claimed');
		expect(takeoverClaim.message.id).toBe(first);

		expect(
			await beginAttempt(t.db, lateClaim, new Date(start.getTime() + 2100), 1000)
		).toBeUndefined();
		expect(
			await beginAttempt(t.db, takeoverClaim, new Date(start.getTime() + 2100), 1000)
		).toBeDefined();
		expect((await rowOf(first ?? '')).attempts).toBe(1);
	});

	it('renews the lease of a message while a slow SMTP server takes longer than the lease', async () => {
		const id = await enqueueMail(t.db, { to: 'parent@example.org', subject: 'Lent', text: '…' });
		const leaseMs = 300;
		let calls = 0;
		const slow: MailTransport = {
			send: async (message) => {
				calls++;
				await new Promise((resolve) => setTimeout(resolve, 4 * leaseMs));
				await transport.send(message);
			}
		};
		const sending = deliverDueMessages(t.db, slow, { leaseMs, log: quietLog });
		await new Promise((resolve) => setTimeout(resolve, 2 * leaseMs));

		// Another sender, long after the first lease would have run out.
		const other = await deliverDueMessages(t.db, slow, { leaseMs, log: quietLog });

		expect(other).toEqual({ sent: 0, retried: 0, failed: 0 });
		expect(await sending).toEqual({ sent: 1, retried: 0, failed: 0 });
		expect(calls).toBe(1);
		expect(smtp.received.map((m) => m.messageId)).toEqual([`<${id}@guichet>`]);
	});
});

describe('startMailSender', () => {
	it('sends due messages by itself, and stop() waits for the message in flight', async () => {
		const id = await enqueueMail(t.db, { to: 'parent@example.org', subject: 'S', text: 'T' });
		let signalSending = () => {};
		const sending = new Promise<void>((resolve) => (signalSending = resolve));
		let finishSending = () => {};
		let closed = false;
		const slowTransport: MailTransport = {
			send: () => {
				signalSending();
				return new Promise<void>((resolve) => (finishSending = resolve));
			},
			close: () => {
				closed = true;
			}
		};

		const sender = startMailSender(t.db, {
			transport: slowTransport,
			intervalMs: HOUR,
			log: quietLog
		});
		await sending;
		let stopped = false;
		const stopping = sender.stop().then(() => (stopped = true));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(stopped).toBe(false);

		finishSending();
		await stopping;
		expect((await rowOf(id)).status).toBe('sent');
		expect(closed).toBe(true);
	});

	it('logs a failed run and keeps going', async () => {
		const lines: string[] = [];
		const log = pino({ level: 'error' }, { write: (line: string) => void lines.push(line) });
		let calls = 0;
		const counting: MailTransport = {
			send: async () => {
				calls++;
			}
		};
		// A database that fails once, as during a failover, then answers again.
		let failNext = true;
		const db = new Proxy(t.db, {
			get(target, property, receiver) {
				if (property === 'update' && failNext) {
					failNext = false;
					return () => {
						throw new Error('connection reset');
					};
				}
				return Reflect.get(target, property, receiver);
			}
		});
		await enqueueMail(t.db, { to: 'parent@example.org', subject: 'S', text: 'T' });

		const sender = startMailSender(db, { transport: counting, intervalMs: 20, log });
		for (let waited = 0; calls === 0 && waited < 5000; waited += 20) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		await sender.stop();

		expect(lines.map((line) => JSON.parse(line) as { msg: string })).toEqual([
			expect.objectContaining({ msg: 'mail sender run failed' })
		]);
		expect(calls).toBe(1);
		expect(await t.db.$count(mailOutbox, eq(mailOutbox.status, 'sent'))).toBe(1);
	});
});

describe('enqueueMail', () => {
	it('leaves nothing in the outbox when the transaction that caused the mail rolls back', async () => {
		const rollback = t.db.transaction(async (tx) => {
			await enqueueMail(tx, { to: 'parent@example.org', subject: 'Annulé', text: '…' });
			throw new Error('the booking failed');
		});
		await expect(rollback).rejects.toThrow('the booking failed');
		expect(await t.db.$count(mailOutbox)).toBe(0);

		await t.db.transaction(async (tx) => {
			await enqueueMail(tx, { to: 'parent@example.org', subject: 'Confirmé', text: '…' });
		});
		expect(await t.db.$count(mailOutbox)).toBe(1);
	});

	it('refuses a recipient that is not an email address', async () => {
		await expect(
			enqueueMail(t.db, { to: 'not an address', subject: 'S', text: 'T' })
		).rejects.toThrow(/invalid recipient/);
		expect(await t.db.$count(mailOutbox)).toBe(0);
	});
});

describe('file transport', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), 'guichet-outbox-'));
	});
	afterAll(async () => rm(dir, { recursive: true, force: true }));

	it('writes each message as a parseable .eml named after the outbox row', async () => {
		// A folder that does not exist yet, as on a fresh install.
		const outboxDir = path.join(dir, 'data', 'outbox');
		const id = await enqueueMail(t.db, {
			to: 'parent@example.org',
			subject: 'Bienvenue au relais',
			text: 'Bonjour.',
			html: '<p>Bonjour.</p>'
		});

		const result = await deliverDueMessages(t.db, createFileTransport(outboxDir), {
			log: quietLog
		});

		expect(result.sent).toBe(1);
		expect(await readdir(outboxDir)).toEqual([`${id}.eml`]);
		const mail = await simpleParser(await readFile(path.join(outboxDir, `${id}.eml`)));
		expect(mail.subject).toBe('Bienvenue au relais');
		expect(mail.messageId).toBe(`<${id}@guichet>`);
		expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : undefined).toBe(
			'parent@example.org'
		);
		expect((await rowOf(id)).status).toBe('sent');
	});
});
