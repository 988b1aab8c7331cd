import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/types';
import { signInAttempts } from '../db/schema';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 5;

/**
 * True when the email or the IP address has already failed 5 times in the last 15 minutes.
 * Counted in the database, so the limit holds with several servers behind a proxy.
 */
export async function isSignInBlocked(db: Db, email: string, ip: string, now = new Date()) {
	const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
	const failed = and(eq(signInAttempts.succeeded, false), gt(signInAttempts.attemptedAt, since));
	const [byEmail] = await db
		.select({ n: count() })
		.from(signInAttempts)
		.where(and(failed, eq(signInAttempts.email, email)));
	const [byIp] = await db
		.select({ n: count() })
		.from(signInAttempts)
		.where(and(failed, eq(signInAttempts.ip, ip)));
	return (byEmail?.n ?? 0) >= SIGN_IN_MAX_FAILURES || (byIp?.n ?? 0) >= SIGN_IN_MAX_FAILURES;
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
	const before = new Date(now.getTime() - 24 * 60 * 60 * 1000);
	await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, before));
}
