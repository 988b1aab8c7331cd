import { and, eq } from 'drizzle-orm';
import { mailOutbox } from '../db/schema';
import type { Database } from '../db/types';
import { logger, type Logger } from '../log';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './backoff';
import {
	DEFAULT_LEASE_MS,
	beginAttempt,
	claimDueMessages,
	ownedBy,
	renewLease,
	type HeldMessage
} from './lease';
import type { MailTransport } from './transport';

export interface DeliveryOptions {
	now?: Date;
	batchSize?: number;
	/**
	 * How long a claimed message stays reserved to this sender without news from it (see
	 * lease.ts). The message in flight has its lease renewed while the SMTP server works.
	 */
	leaseMs?: number;
	log?: Logger;
}

export interface DeliveryResult {
	sent: number;
	retried: number;
	failed: number;
}

/**
 * Few at a time: what a sender claimed waits for it, and an instance that dies holds its
 * batch until the lease ends.
 */
const DEFAULT_BATCH_SIZE = 10;
const MAX_ERROR_LENGTH = 2000;

/**
 * Sends the messages that are due, once each even when several server instances run this at
 * the same moment: one statement claims them (row locks skip what another instance is
 * claiming, a short lease keeps them out of later claims while they are being sent). Each
 * message is marked sent as soon as the SMTP server accepted it. When the database fails
 * meanwhile, the run stops: the message just sent may go out again after its lease, with the
 * same Message-ID, and the rest of the batch is free again within a lease.
 */
export async function deliverDueMessages(
	db: Database,
	transport: MailTransport,
	options: DeliveryOptions = {}
): Promise<DeliveryResult> {
	const now = options.now ?? new Date();
	// Later steps read the real clock, shifted like `now` when a test moves time forward.
	const offset = now.getTime() - Date.now();
	const clock = () => new Date(Date.now() + offset);
	const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
	const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
	const log = options.log ?? logger;

	const claimed = await claimDueMessages(db, now, batchSize, leaseMs);
	const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
	for (const claim of claimed) {
		// Taken over by another sender while this one was busy with the earlier ones.
		const held = await beginAttempt(db, claim, clock(), leaseMs);
		if (!held) continue;
		const { message } = held;
		const attempt = await sendHoldingLease(db, transport, held, { leaseMs, clock, log });
		if (attempt.ok) {
			await db
				.update(mailOutbox)
				.set({ status: 'sent', sentAt: new Date(), lockedUntil: null })
				.where(and(eq(mailOutbox.id, message.id), eq(mailOutbox.status, 'pending')));
			result.sent++;
			continue;
		}
		const outcome = await recordFailure(db, attempt.held, attempt.error, clock());
		if (outcome === 'lost') continue;
		result[outcome]++;
		const context = { outboxId: message.id, attempts: message.attempts, err: attempt.error };
		if (outcome === 'failed') log.error(context, 'mail given up after the last attempt');
		else log.warn(context, 'mail delivery failed, will retry');
	}
	return result;
}

type Attempt = { ok: true } | { ok: false; error: unknown; held: HeldMessage };

/**
 * Sends one message, renewing its lease every third of it while the SMTP server takes its
 * time (nodemailer's timeouts allow more than a minute), so that no other sender takes it
 * over mid-send. A failed renewal is logged, never fatal: the send goes on.
 */
async function sendHoldingLease(
	db: Database,
	transport: MailTransport,
	held: HeldMessage,
	options: { leaseMs: number; clock: () => Date; log: Logger }
): Promise<Attempt> {
	let current: HeldMessage | undefined = held;
	let renewing: Promise<void> | undefined;
	const renew = () => {
		if (renewing || !current) return;
		const from: HeldMessage = current;
		renewing = renewLease(db, from, options.clock(), options.leaseMs)
			.then((renewed) => {
				current = renewed;
				if (!renewed)
					options.log.warn({ outboxId: from.message.id }, 'mail lease lost while sending');
			})
			.catch((err: unknown) =>
				options.log.warn({ err, outboxId: from.message.id }, 'mail lease renewal failed')
			)
			.finally(() => (renewing = undefined));
	};
	const timer = setInterval(renew, Math.max(100, Math.floor(options.leaseMs / 3)));
	timer.unref();
	try {
		await transport.send(held.message);
		return { ok: true };
	} catch (error) {
		return { ok: false, error, held: current ?? held };
	} finally {
		clearInterval(timer);
		await renewing;
	}
}

/** Schedules the next attempt, or gives up; 'lost' when another sender holds it by now. */
async function recordFailure(
	db: Database,
	held: HeldMessage,
	error: unknown,
	now: Date
): Promise<'retried' | 'failed' | 'lost'> {
	const { message } = held;
	const lastError = describeError(error);
	const giveUp = message.attempts >= MAX_DELIVERY_ATTEMPTS;
	const rows = await db
		.update(mailOutbox)
		.set(
			giveUp
				? { status: 'failed', lastError, lockedUntil: null }
				: {
						lastError,
						lockedUntil: null,
						nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts))
					}
		)
		.where(ownedBy(held))
		.returning({ id: mailOutbox.id });
	if (rows.length === 0) return 'lost';
	return giveUp ? 'failed' : 'retried';
}

function describeError(error: unknown): string {
	const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	return text.slice(0, MAX_ERROR_LENGTH);
}

export interface MailSenderHandle {
	/** Stops scheduling, waits for the batch in flight, then closes the transport. */
	stop(): Promise<void>;
	/** Runs one batch now, after the one in flight if any. */
	runOnce(): Promise<void>;
}

/**
 * The background loop of a server process. Runs never overlap (each schedules the next
 * when it ends), errors are logged and the loop goes on, and the timer does not keep the
 * process alive by itself. The sender owns the transport from then on.
 */
export function startMailSender(
	db: Database,
	options: { transport: MailTransport; intervalMs: number; log: Logger; leaseMs?: number }
): MailSenderHandle {
	const { transport, intervalMs, log, leaseMs } = options;
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let tail: Promise<unknown> = Promise.resolve();

	const runBatch = async (): Promise<DeliveryResult | undefined> => {
		try {
			const result = await deliverDueMessages(db, transport, { log, leaseMs });
			if (result.sent + result.retried + result.failed > 0) log.info(result, 'mail batch done');
			return result;
		} catch (error) {
			log.error({ err: error }, 'mail sender run failed');
			return undefined;
		}
	};

	const enqueueRun = (): Promise<DeliveryResult | undefined> => {
		const run = tail.then(runBatch);
		tail = run;
		return run;
	};

	const schedule = (delayMs: number) => {
		if (stopped) return;
		timer = setTimeout(tick, delayMs);
		timer.unref();
	};

	const tick = async () => {
		timer = undefined;
		const result = await enqueueRun();
		// A full batch suggests more are waiting: go on at once instead of after the interval.
		const full =
			result !== undefined && result.sent + result.retried + result.failed >= DEFAULT_BATCH_SIZE;
		schedule(full ? 0 : intervalMs);
	};

	// Messages left over from before a restart go out straight away.
	schedule(0);

	return {
		async runOnce() {
			if (stopped) return;
			await enqueueRun();
		},
		async stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			timer = undefined;
			await tail;
			transport.close?.();
		}
	};
}
