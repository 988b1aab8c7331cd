import { PG_DEADLOCK_DETECTED, pgErrorCode } from './errors';
import type { Db, Transaction } from './types';

/** How many times a transaction runs at most when PostgreSQL keeps choosing it as a victim. */
export const DEADLOCK_ATTEMPTS = 3;

/**
 * A transaction run again when PostgreSQL broke a deadlock by aborting it (SQLSTATE 40P01).
 *
 * Two bookings of one time can deadlock without any fault in our lock order: each inserts its
 * row, then checks the exclusion constraint, finds the other's row in progress and waits for
 * it (PostgreSQL's own comment on exclusion constraints says so). The deadlock detector then
 * aborts one of them. Everything that transaction wrote is rolled back, mail in the outbox
 * included, so running it again is safe, and the second run sees the winner's row and answers
 * "slot taken" like any other loser.
 */
export async function retriedTransaction<T>(
	db: Db,
	work: (tx: Transaction) => Promise<T>,
	attempts = DEADLOCK_ATTEMPTS
): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await db.transaction(work);
		} catch (error) {
			if (attempt >= attempts || pgErrorCode(error) !== PG_DEADLOCK_DETECTED) throw error;
		}
	}
}
