import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay, makeStaff } from './fixtures';
import { auditLog, mailOutbox, passwordTokens, staffUsers } from '../../src/lib/server/db/schema';
import {
	changeStaffRole,
	createStaffMember,
	resendPasswordLink,
	setStaffActive
} from '../../src/lib/server/staff/manage-staff';
import { findRelayStaffMember, listRelayStaff } from '../../src/lib/server/staff/staff-directory';
import {
	findPasswordTokenUser,
	setPasswordWithToken
} from '../../src/lib/server/auth/password-tokens';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { signIn } from '../../src/lib/server/auth/sign-in';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

/** The token at the end of the password link in the last mail sent to this address. */
async function linkTokenMailedTo(email: string): Promise<string> {
	const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
	const last = mails.at(-1);
	const match = last?.text.match(/\/compte\/mot-de-passe\/([a-z0-9]+)/);
	if (!match?.[1]) throw new Error(`no password link mailed to ${email}`);
	return match[1];
}

describe('team management', () => {
	it('an admin creates an account in their relay; the person sets a password from the mailed link and signs in', async () => {
		const relay = await makeRelay(t.db);
		const admin = await makeStaff(t.db, relay, 'admin');
		const result = await createStaffMember(t.db, admin, {
			name: 'Léa Martin',
			email: 'Lea.Martin@example.org',
			role: 'animator'
		});
		expect(result.ok).toBe(true);

		const created = await t.db.query.staffUsers.findFirst({
			where: eq(staffUsers.email, 'lea.martin@example.org')
		});
		expect(created).toMatchObject({
			relayId: relay.id,
			role: 'animator',
			passwordHash: null,
			active: true
		});
		const audit = await t.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, created?.id ?? ''));
		expect(audit.map((a) => [a.action, a.actorId])).toEqual([['staff.created', admin.id]]);

		const token = await linkTokenMailedTo('lea.martin@example.org');
		// Only the hash of the link's token is stored.
		expect(await t.db.$count(passwordTokens, eq(passwordTokens.id, token))).toBe(0);
		expect((await findPasswordTokenUser(t.db, token))?.email).toBe('lea.martin@example.org');
		expect(await setPasswordWithToken(t.db, token, 'trois pommes sur la table')).not.toBeNull();
		// The link works once.
		expect(await setPasswordWithToken(t.db, token, 'une autre phrase longue')).toBeNull();
		const signedIn = await signIn(t.db, {
			email: 'lea.martin@example.org',
			password: 'trois pommes sur la table',
			ip: '10.9.0.1'
		});
		expect(signedIn.ok).toBe(true);
	});

	it('refuses a second account with the same email, whatever its case, and writes nothing', async () => {
		const relay = await makeRelay(t.db);
		const admin = await makeStaff(t.db, relay, 'admin');
		await createStaffMember(t.db, admin, {
			name: 'Paul',
			email: 'paul@example.org',
			role: 'official'
		});
		const before = await t.db.$count(mailOutbox);
		const again = await createStaffMember(t.db, admin, {
			name: 'Paul bis',
			email: 'PAUL@example.org',
			role: 'animator'
		});
		expect(again).toEqual({ ok: false, reason: 'email_taken' });
		expect(await t.db.$count(mailOutbox)).toBe(before);
	});

	it('an expired link is refused', async () => {
		const relay = await makeRelay(t.db);
		const admin = await makeStaff(t.db, relay, 'admin');
		await createStaffMember(t.db, admin, {
			name: 'Anne',
			email: 'anne@example.org',
			role: 'animator'
		});
		const token = await linkTokenMailedTo('anne@example.org');
		const inFourDays = new Date(Date.now() + 4 * 24 * 3_600_000);
		expect(await findPasswordTokenUser(t.db, token, inFourDays)).toBeNull();
		expect(
			await setPasswordWithToken(t.db, token, 'trois pommes sur la table', inFourDays)
		).toBeNull();
	});

	it('deactivation closes the sessions of the person at once, and is audited', async () => {
		const relay = await makeRelay(t.db);
		const admin = await makeStaff(t.db, relay, 'admin');
		const animator = await makeStaff(t.db, relay, 'animator');
		const token = generateSessionToken();
		await createSession(t.db, token, animator.id);
		expect(await setStaffActive(t.db, admin, animator.id, false)).toEqual({ ok: true });
		expect((await validateSessionToken(t.db, token)).user).toBeNull();
		const entries = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, animator.id), eq(auditLog.action, 'staff.deactivated')));
		expect(entries).toHaveLength(1);
	});

	it('changes a role, and refuses to change the admin’s own account', async () => {
		const relay = await makeRelay(t.db);
		const admin = await makeStaff(t.db, relay, 'admin');
		const animator = await makeStaff(t.db, relay, 'animator');
		expect(await changeStaffRole(t.db, admin, animator.id, 'admin')).toEqual({ ok: true });
		expect((await findRelayStaffMember(t.db, relay.id, animator.id))?.role).toBe('admin');
		expect(await changeStaffRole(t.db, admin, admin.id, 'official')).toEqual({
			ok: false,
			reason: 'yourself'
		});
		expect(await setStaffActive(t.db, admin, admin.id, false)).toEqual({
			ok: false,
			reason: 'yourself'
		});
	});

	it('an admin of relay A cannot see or change a member of relay B: not found', async () => {
		const relayA = await makeRelay(t.db, 'A');
		const relayB = await makeRelay(t.db, 'B');
		const adminA = await makeStaff(t.db, relayA, 'admin');
		const memberB = await makeStaff(t.db, relayB, 'animator');
		expect(await findRelayStaffMember(t.db, relayA.id, memberB.id)).toBeNull();
		expect((await listRelayStaff(t.db, relayA.id)).map((m) => m.id)).toEqual([adminA.id]);
		const notFound = { ok: false, reason: 'not_found' };
		expect(await changeStaffRole(t.db, adminA, memberB.id, 'admin')).toEqual(notFound);
		expect(await setStaffActive(t.db, adminA, memberB.id, false)).toEqual(notFound);
		expect(await resendPasswordLink(t.db, adminA, memberB.id)).toEqual(notFound);
		const untouched = await t.db.query.staffUsers.findFirst({
			where: eq(staffUsers.id, memberB.id)
		});
		expect(untouched).toMatchObject({ role: 'animator', active: true });
	});

	it('a malformed id is simply not found', async () => {
		const relay = await makeRelay(t.db);
		expect(await findRelayStaffMember(t.db, relay.id, "1' or '1'='1")).toBeNull();
	});
});
