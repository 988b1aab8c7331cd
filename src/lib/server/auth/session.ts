import { eq, sql } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db/types';
import { config } from '../config';
import {
	epcis,
	relays,
	sessions,
	staffUsers,
	type Session,
	type StaffRole,
	type StaffUser
} from '../db/schema';
import { preparedQuery } from '../db/prepared-query';
import { generateToken, hashToken } from './tokens';
import { DAY_MS } from '$lib/time/durations';

export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** A session used in its last 15 days is extended to 30 again (sliding expiry). */
const SESSION_RENEW_WITHIN_MS = 15 * DAY_MS;
export const SESSION_COOKIE = 'guichet_session';

interface Account {
	id: string;
	email: string;
	name: string;
	/** The relay, intercommunality or deployment the person works for, as shown to them. */
	territoryName: string;
}

/** An admin or animator: works in one relay, on its families' files. */
export interface RelayStaffUser extends Account {
	role: Extract<StaffRole, 'admin' | 'animator'>;
	relayId: string;
	relayName: string;
}

/** An elected official: sees the anonymised counts of one relay, one EPCI or everything. */
export interface OfficialUser extends Account {
	role: 'official';
	relayId: string | null;
	epciCode: string | null;
}

/** The deployment's coordinator: sets up relays and their communes, never a family's file. */
export interface CoordinatorUser extends Account {
	role: 'coordinator';
	relayId: null;
}

/** What pages know of the signed-in person. */
export type SessionUser = RelayStaffUser | OfficialUser | CoordinatorUser;

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

/**
 * The session of a token with its account, for every signed-in request: a prepared join, not
 * a relational query (which costs several times the CPU to build on each request).
 */
const sessionLookup = preparedQuery((db) =>
	db
		.select({
			id: sessions.id,
			userId: sessions.userId,
			expiresAt: sessions.expiresAt,
			createdAt: sessions.createdAt,
			email: staffUsers.email,
			name: staffUsers.name,
			role: staffUsers.role,
			relayId: staffUsers.relayId,
			epciCode: staffUsers.epciCode,
			active: staffUsers.active,
			relayName: relays.name,
			epciName: epcis.name
		})
		.from(sessions)
		.innerJoin(staffUsers, eq(staffUsers.id, sessions.userId))
		.leftJoin(relays, eq(relays.id, staffUsers.relayId))
		.leftJoin(epcis, eq(epcis.code, staffUsers.epciCode))
		.where(eq(sessions.id, sql.placeholder('id')))
		.prepare('session_lookup')
);

/** Finds the session of a cookie's token; expired or deactivated ones are deleted. */
export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<SessionValidation> {
	const id = hashToken(token);
	const [row] = await sessionLookup(db).execute({ id });
	if (!row) return { session: null, user: null };
	if (now.getTime() >= row.expiresAt.getTime() || !row.active) {
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
	const user = sessionUserOf({
		id: row.userId,
		email: row.email,
		name: row.name,
		role: row.role,
		relayId: row.relayId,
		epciCode: row.epciCode,
		relay: row.relayName === null ? null : { name: row.relayName },
		epci: row.epciName === null ? null : { name: row.epciName }
	});
	return { session, user };
}

type UserRow = Pick<StaffUser, 'id' | 'email' | 'name' | 'role' | 'relayId' | 'epciCode'> & {
	relay: { name: string } | null;
	epci: { name: string } | null;
};

/** The account as pages know it; the database's `staff_users_scope` check makes it whole. */
export function sessionUserOf(user: UserRow): SessionUser {
	const account = { id: user.id, email: user.email, name: user.name };
	switch (user.role) {
		case 'admin':
		case 'animator':
			if (!user.relayId || !user.relay) throw new Error(`staff ${user.id} has no relay`);
			return {
				...account,
				role: user.role,
				relayId: user.relayId,
				relayName: user.relay.name,
				territoryName: user.relay.name
			};
		case 'official':
			return {
				...account,
				role: 'official',
				relayId: user.relayId,
				epciCode: user.epciCode,
				territoryName: user.relay?.name ?? user.epci?.name ?? config.deploymentName
			};
		case 'coordinator':
			return {
				...account,
				role: 'coordinator',
				relayId: null,
				territoryName: config.deploymentName
			};
	}
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
