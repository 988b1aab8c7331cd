import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { mailOutbox, type OutboxMessage } from '../db/schema';
import type { Database } from '../db/types';
import { logger, type Logger } from '../log';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './backoff';
import type { MailTransport } from './transport';

export interface DeliveryOptions {
	now?: Date;
	batchSize?: number;
	/**
	 * How long a claimed message stays reserved to this sender. It must outlast a batch
	 * (batchSize × the SMTP timeouts): past it, another instance assumes this one died and
	 * sends the message again.
	 */
	lockMs?: number;
	log?: Logger;
}

export interface DeliveryResult {
	sent: number;
	retried: number;
	failed: number;
}

const DEFAULT_BATCH_SIZE = 20;
const DEFAULT_LOCK_MS = 30 * 60 * 1000;
const MAX_ERROR_LENGTH = 2000;

/**
 * Sends the messages that are due, once each even when several server instances run this at
 * the same moment: one statement claims them (row locks skip what another instance is
 * claiming, `locked_until` keeps them out of later claims while they are being sent).
 */
export async function deliverDueMessages(
	db: Database,
	transport: MailTransport,
	options: DeliveryOptions = {}
): Promise<DeliveryResult> {
	const now = options.now ?? new Date();
	const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
	const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
	const log = options.log ?? logger;

	const claimed = await claimDueMessages(db, now, batchSize, lockMs);
	const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
	for (const message of claimed) {
		try {
			await transport.send(message);
		} catch (error) {
			const outcome = await recordFailure(db, message, error, now);
			result[outcome]++;
			const context = { outboxId: message.id, attempts: message.attempts, err: error };
			if (outcome === 'failed') log.error(context, 'mail given up after the last attempt');
			else log.warn(context, 'mail delivery failed, will retry');
			continue;
		}
		await db
			.update(mailOutbox)
			.set({ status: 'sent', sentAt: new Date(), lockedUntil: null })
			.where(eq(mailOutbox.id, message.id));
		result.sent++;
	}
	return result;
}

function claimDueMessages(
	db: Database,
	now: Date,
	batchSize: number,
	lockMs: number
): Promise<OutboxMessage[]> {
	// `now` comes from the caller rather than the database clock so that tests can move
	// time forward; the servers' clocks are assumed to agree to within seconds.
	const due = db
		.select({ id: mailOutbox.id })
		.from(mailOutbox)
		.where(
			and(
				eq(mailOutbox.status, 'pending'),
				lte(mailOutbox.nextAttemptAt, now),
				or(isNull(mailOutbox.lockedUntil), lte(mailOutbox.lockedUntil, now))
			)
		)
		.orderBy(asc(mailOutbox.createdAt))
		.limit(batchSize)
		.for('update', { skipLocked: true });
	return db
		.update(mailOutbox)
		.set({
			lockedUntil: new Date(now.getTime() + lockMs),
			// Counted at claim time, so that an attempt cut short by a crash (the lock expires,
			// a later run takes the message again) still counts towards the limit.
			attempts: sql`${mailOutbox.attempts} + 1`
		})
		.where(inArray(mailOutbox.id, due))
		.returning();
}

async function recordFailure(
	db: Database,
	message: OutboxMessage,
	error: unknown,
	now: Date
): Promise<'retried' | 'failed'> {
	const lastError = describeError(error);
	if (message.attempts >= MAX_DELIVERY_ATTEMPTS) {
		await db
			.update(mailOutbox)
			.set({ status: 'failed', lastError, lockedUntil: null })
			.where(eq(mailOutbox.id, message.id));
		return 'failed';
	}
	await db
		.update(mailOutbox)
		.set({
			lastError,
			lockedUntil: null,
			nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts))
		})
		.where(eq(mailOutbox.id, message.id));
	return 'retried';
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
	options: { transport: MailTransport; intervalMs: number; log: Logger }
): MailSenderHandle {
	const { transport, intervalMs, log } = options;
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let tail: Promise<unknown> = Promise.resolve();

	const runBatch = async (): Promise<DeliveryResult | undefined> => {
		try {
			const result = await deliverDueMessages(db, transport, { log });
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
