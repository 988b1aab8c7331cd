import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import { staffUsers, type StaffUser } from '../db/schema';
import { hashPassword, verifyPassword } from './password';
import { markSignInSucceeded, reserveSignInAttempt } from './rate-limit';

export type SignInResult =
	{ ok: true; user: StaffUser } | { ok: false; reason: 'invalid' | 'rate_limited' };

// Verified when the email is unknown, so that a wrong email costs the same time as a wrong
// password and the answer does not tell which accounts exist.
let decoyHash: Promise<string> | undefined;

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/**
 * Reserves an attempt under the limit (counted and recorded as a failure in one atomic step,
 * see rate-limit.ts), then checks the password and marks the attempt succeeded if it was right.
 */
export async function signIn(
	db: Db,
	input: { email: string; password: string; ip: string },
	now = new Date()
): Promise<SignInResult> {
	const email = normaliseEmail(input.email);
	const attemptId = await reserveSignInAttempt(db, email, input.ip, now);
	if (attemptId === null) return { ok: false, reason: 'rate_limited' };

	const user = await db.query.staffUsers.findFirst({
		where: eq(sql`lower(${staffUsers.email})`, email)
	});
	let valid = false;
	if (user?.passwordHash && user.active) {
		valid = await verifyPassword(user.passwordHash, input.password);
	} else {
		decoyHash ??= hashPassword('guichet-decoy-password');
		await verifyPassword(await decoyHash, input.password);
	}
	if (!valid || !user) return { ok: false, reason: 'invalid' };
	await markSignInSucceeded(db, attemptId);
	return { ok: true, user };
}
