import { eq, inArray, lt } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../../db/types';
import { childminderSessions, childminders } from '../../db/schema';
import { generateToken, hashToken } from '../../auth/tokens';
import { DAY_MS } from '$lib/time/durations';

/** A week: long enough to come back to the page, short for a link-opened session. */
export const CHILDMINDER_SESSION_LIFETIME_MS = 7 * DAY_MS;
/** Not the staff cookie: a childminder's session opens her own page and nothing else. */
export const CHILDMINDER_SESSION_COOKIE = 'guichet_am_session';
/** The cookie travels only to her pages. */
export const CHILDMINDER_COOKIE_PATH = '/assistante-maternelle';

/** Statuses whose holder may sign in: a stopped activity has nothing to declare. */
export const SIGN_IN_STATUSES = ['active', 'suspended'] as const;

/** What her pages know of the signed-in childminder: every write is scoped by this id. */
export interface ChildminderSessionInfo {
	sessionId: string;
	childminderId: string;
	expiresAt: Date;
}

/** Opens a session for her; returns the cookie's token (only its hash is stored). */
export async function createChildminderSession(
	db: Db,
	childminderId: string,
	now = new Date()
): Promise<{ token: string; expiresAt: Date }> {
	const token = generateToken();
	const expiresAt = new Date(now.getTime() + CHILDMINDER_SESSION_LIFETIME_MS);
	await db.insert(childminderSessions).values({ id: hashToken(token), childminderId, expiresAt });
	return { token, expiresAt };
}

/** Her session from a cookie's token; an expired one, or hers once stopped, is deleted. */
export async function validateChildminderSession(
	db: Db,
	token: string,
	now = new Date()
): Promise<ChildminderSessionInfo | null> {
	const id = hashToken(token);
	const [row] = await db
		.select({
			sessionId: childminderSessions.id,
			childminderId: childminderSessions.childminderId,
			expiresAt: childminderSessions.expiresAt,
			status: childminders.status
		})
		.from(childminderSessions)
		.innerJoin(childminders, eq(childminders.id, childminderSessions.childminderId))
		.where(eq(childminderSessions.id, id));
	if (!row) return null;
	const allowed = (SIGN_IN_STATUSES as readonly string[]).includes(row.status);
	if (now.getTime() >= row.expiresAt.getTime() || !allowed) {
		await db.delete(childminderSessions).where(eq(childminderSessions.id, id));
		return null;
	}
	return { sessionId: row.sessionId, childminderId: row.childminderId, expiresAt: row.expiresAt };
}

export async function invalidateChildminderSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(childminderSessions).where(eq(childminderSessions.id, sessionId));
}

/** Housekeeping: expired sessions, and those of childminders whose activity stopped. */
export async function pruneChildminderSessions(db: Db, now = new Date()): Promise<void> {
	await db.delete(childminderSessions).where(lt(childminderSessions.expiresAt, now));
	const stopped = db
		.select({ id: childminders.id })
		.from(childminders)
		.where(eq(childminders.status, 'stopped'));
	await db.delete(childminderSessions).where(inArray(childminderSessions.childminderId, stopped));
}

/** HttpOnly and SameSite=Lax always; Secure whenever the portal is reached over HTTPS. */
export function setChildminderSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
) {
	cookies.set(CHILDMINDER_SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt,
		path: CHILDMINDER_COOKIE_PATH
	});
}

export function deleteChildminderSessionCookie(cookies: Cookies, secure: boolean) {
	cookies.set(CHILDMINDER_SESSION_COOKIE, '', {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: 0,
		path: CHILDMINDER_COOKIE_PATH
	});
}
