import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { mailOutbox, type OutboxMessage } from '../db/schema';
import type { Database } from '../db/types';

/**
 * A sender holds the messages it claimed until `locked_until`; past it, another sender
 * assumes this one died and may take them. The value a sender wrote is also its proof of
 * ownership: each renewal is conditional on finding it unchanged, so a sender whose lease
 * ran out and was taken over never sends that message a second time.
 *
 * One minute: an instance killed in the middle of a batch holds its messages that long at
 * most, and a sender renews the lease of the message in flight while the SMTP server is slow.
 */
export const DEFAULT_LEASE_MS = 60_000;

/** A message this sender holds, and the `locked_until` that proves it. */
export interface HeldMessage {
	message: OutboxMessage;
	heldUntil: Date;
}

/** Claims up to `limit` due messages for `leaseMs`, skipping rows another sender is claiming. */
export async function claimDueMessages(
	db: Database,
	now: Date,
	limit: number,
	leaseMs: number
): Promise<HeldMessage[]> {
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
		.limit(limit)
		.for('update', { skipLocked: true });
	const heldUntil = new Date(now.getTime() + leaseMs);
	const rows = await db
		.update(mailOutbox)
		.set({ lockedUntil: heldUntil })
		.where(inArray(mailOutbox.id, due))
		.returning();
	return rows
		.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
		.map((message) => ({ message, heldUntil }));
}

/**
 * Starts an attempt on a held message: counts it (so that an attempt cut short by a crash
 * still counts towards the limit) and renews the lease. Undefined when the lease was lost to
 * another sender, or the message is no longer pending.
 */
export const beginAttempt = (db: Database, held: HeldMessage, now: Date, leaseMs: number) =>
	extendLease(db, held, now, leaseMs, { countAttempt: true });

/** Extends the lease of the message in flight; undefined when it is no longer held. */
export const renewLease = (db: Database, held: HeldMessage, now: Date, leaseMs: number) =>
	extendLease(db, held, now, leaseMs, { countAttempt: false });

/** The one conditional update behind both: the new lease, only if this sender still holds it. */
async function extendLease(
	db: Database,
	held: HeldMessage,
	now: Date,
	leaseMs: number,
	options: { countAttempt: boolean }
): Promise<HeldMessage | undefined> {
	const heldUntil = new Date(now.getTime() + leaseMs);
	const [message] = await db
		.update(mailOutbox)
		.set({
			lockedUntil: heldUntil,
			...(options.countAttempt ? { attempts: sql`${mailOutbox.attempts} + 1` } : {})
		})
		.where(ownedBy(held))
		.returning();
	return message ? { message, heldUntil } : undefined;
}

/** The row, if this sender still holds it: pending, with the lease this sender wrote. */
export const ownedBy = (held: HeldMessage) =>
	and(
		eq(mailOutbox.id, held.message.id),
		eq(mailOutbox.status, 'pending'),
		eq(mailOutbox.lockedUntil, held.heldUntil)
	);
