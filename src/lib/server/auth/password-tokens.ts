import { and, eq, gt } from 'drizzle-orm';
import type { Db, Database } from '../db/types';
import { passwordTokens, staffUsers, type StaffUser } from '../db/schema';
import { generateToken, hashToken } from './tokens';
import { hashPassword } from './password';
import { invalidateUserSessions } from './session';

export const PASSWORD_TOKEN_LIFETIME_HOURS = 72;

/** A new single-use link token; older links of the same person stop working. */
export async function issuePasswordToken(
	db: Db,
	userId: string,
	now = new Date()
): Promise<string> {
	const token = generateToken();
	await db.delete(passwordTokens).where(eq(passwordTokens.userId, userId));
	await db.insert(passwordTokens).values({
		id: hashToken(token),
		userId,
		expiresAt: new Date(now.getTime() + PASSWORD_TOKEN_LIFETIME_HOURS * 3_600_000)
	});
	return token;
}

/** The active person a valid, unexpired link belongs to; null otherwise. */
export async function findPasswordTokenUser(
	db: Db,
	token: string,
	now = new Date()
): Promise<StaffUser | null> {
	const [row] = await db
		.select({ user: staffUsers })
		.from(passwordTokens)
		.innerJoin(staffUsers, eq(staffUsers.id, passwordTokens.userId))
		.where(and(eq(passwordTokens.id, hashToken(token)), gt(passwordTokens.expiresAt, now)));
	return row && row.user.active ? row.user : null;
}

/**
 * Sets the password and burns the link, atomically: of two tabs submitting the same link,
 * only the one whose DELETE removed the row succeeds. Sessions opened before are closed.
 */
export async function setPasswordWithToken(
	db: Database,
	token: string,
	password: string,
	now = new Date()
): Promise<StaffUser | null> {
	const passwordHash = await hashPassword(password);
	return db.transaction(async (tx) => {
		const [used] = await tx
			.delete(passwordTokens)
			.where(and(eq(passwordTokens.id, hashToken(token)), gt(passwordTokens.expiresAt, now)))
			.returning({ userId: passwordTokens.userId });
		if (!used) return null;
		const [user] = await tx
			.update(staffUsers)
			.set({ passwordHash })
			.where(and(eq(staffUsers.id, used.userId), eq(staffUsers.active, true)))
			.returning();
		if (!user) return null;
		await invalidateUserSessions(tx, user.id);
		return user;
	});
}
