import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import { signInAttempts } from '../db/schema';
import { DAY_MS } from '$lib/time/durations';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 5;

/**
 * Reserves one password check for this email and IP address, or says it is refused: each
 * may have at most 5 failures in the last 15 minutes. Counted in the database, so the limit
 * holds with several servers behind a proxy.
 *
 * Counting and recording are one step. Under transaction-scoped advisory locks on the email
 * and on the IP address (always in that order, so two attempts never wait on each other in
 * a cycle), the failures are counted and, if one more is allowed, the attempt is inserted as
 * a failure *before* the slow password check: a reservation. Concurrent attempts therefore
 * see each other's reservations, and at most 5 checks run per email and per IP address,
 * however many arrive at once. `markSignInSucceeded` turns the reservation into a success.
 *
 * Returns the attempt's id, or null when the attempt is refused (and then nothing is stored,
 * so a flood does not extend the wait beyond the window).
 */
export async function reserveSignInAttempt(
	db: Db,
	email: string,
	ip: string,
	now = new Date()
): Promise<number | null> {
	const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
	return db.transaction(async (tx) => {
		await tx.execute(
			sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in-email:${email}`}, 0))`
		);
		await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in-ip:${ip}`}, 0))`);
		const failed = and(eq(signInAttempts.succeeded, false), gt(signInAttempts.attemptedAt, since));
		const [byEmail] = await tx
			.select({ n: count() })
			.from(signInAttempts)
			.where(and(failed, eq(signInAttempts.email, email)));
		const [byIp] = await tx
			.select({ n: count() })
			.from(signInAttempts)
			.where(and(failed, eq(signInAttempts.ip, ip)));
		if ((byEmail?.n ?? 0) >= SIGN_IN_MAX_FAILURES || (byIp?.n ?? 0) >= SIGN_IN_MAX_FAILURES)
			return null;
		const [reserved] = await tx
			.insert(signInAttempts)
			.values({ email, ip, succeeded: false, attemptedAt: now })
			.returning({ id: signInAttempts.id });
		if (!reserved) throw new Error('reserveSignInAttempt: the insert returned no row');
		return reserved.id;
	});
}

/** The password was right: the reserved attempt no longer counts as a failure. */
export async function markSignInSucceeded(db: Db, attemptId: number) {
	await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}

export async function recordSignInAttempt(
	db: Db,
	attempt: { email: string; ip: string; succeeded: boolean },
	now = new Date()
) {
	await db.insert(signInAttempts).values({ ...attempt, attemptedAt: now });
}

/** Attempts older than a day serve no limit any more; housekeeping deletes them. */
export async function pruneSignInAttempts(db: Db, now = new Date()) {
	const before = new Date(now.getTime() - DAY_MS);
	await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, before));
}
