import { eq } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db/types';
import { sessions, type Session, type StaffRole } from '../db/schema';
import { generateToken, hashToken } from './tokens';
import { DAY_MS } from '$lib/time/durations';

export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** A session used in its last 15 days is extended to 30 again (sliding expiry). */
const SESSION_RENEW_WITHIN_MS = 15 * DAY_MS;
export const SESSION_COOKIE = 'guichet_session';

/** What pages know of the signed-in person. */
export interface SessionUser {
	id: string;
	email: string;
	name: string;
	role: StaffRole;
	relayId: string;
	relayName: string;
}

export const generateSessionToken = generateToken;

export async function createSession(db: Db, token: string, userId: string, now = new Date()) {
	const [session] = await db
		.insert(sessions)
		.values({
			id: hashToken(token),
			userId,
			expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS)
		})
		.returning();
	if (!session) throw new Error('session insert returned nothing');
	return session;
}

export type SessionValidation =
	{ session: Session; user: SessionUser } | { session: null; user: null };

/** Finds the session of a cookie's token; expired or deactivated ones are deleted. */
export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<SessionValidation> {
	const id = hashToken(token);
	const row = await db.query.sessions.findFirst({
		where: eq(sessions.id, id),
		with: { user: { with: { relay: { columns: { name: true } } } } }
	});
	if (!row) return { session: null, user: null };
	if (now.getTime() >= row.expiresAt.getTime() || !row.user.active) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return { session: null, user: null };
	}
	let session: Session = {
		id: row.id,
		userId: row.userId,
		expiresAt: row.expiresAt,
		createdAt: row.createdAt
	};
	if (now.getTime() >= row.expiresAt.getTime() - SESSION_RENEW_WITHIN_MS) {
		const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
		session = { ...session, expiresAt };
	}
	const { user } = row;
	return {
		session,
		user: {
			id: user.id,
			email: user.email,
			name: user.name,
			role: user.role,
			relayId: user.relayId,
			relayName: user.relay.name
		}
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** HttpOnly and SameSite=Lax always; Secure whenever the portal is reached over HTTPS. */
export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
) {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt,
		path: '/'
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean) {
	cookies.set(SESSION_COOKIE, '', {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: 0,
		path: '/'
	});
}
