import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { runTogether } from './run-together';
import { makeRelay, makeStaff, TEST_PASSWORD } from './fixtures';
import { signIn } from '../../src/lib/server/auth/sign-in';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	SESSION_LIFETIME_MS,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { sessions, staffUsers } from '../../src/lib/server/db/schema';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const DAY = 24 * 3_600_000;

describe('sessions (the Lucia design)', () => {
	it('stores only the SHA-256 of the token, and the token finds its user', async () => {
		const relay = await makeRelay(t.db, 'Relais du Nord');
		const user = await makeStaff(t.db, relay, 'animator');
		const token = generateSessionToken();
		await createSession(t.db, token, user.id);
		const stored = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
		expect(stored.map((s) => s.id)).toEqual([hashToken(token)]);
		expect(stored[0]?.id).not.toContain(token);
		const found = await validateSessionToken(t.db, token);
		expect(found.user).toMatchObject({
			id: user.id,
			role: 'animator',
			relayName: 'Relais du Nord'
		});
	});

	it('slides: a session used in its last 15 days is extended to 30 days from now', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'admin');
		const token = generateSessionToken();
		const start = new Date('2026-01-01T10:00:00Z');
		await createSession(t.db, token, user.id, start);
		const early = await validateSessionToken(t.db, token, new Date(start.getTime() + 5 * DAY));
		expect(early.session?.expiresAt.getTime()).toBe(start.getTime() + SESSION_LIFETIME_MS);
		const later = new Date(start.getTime() + 20 * DAY);
		const renewed = await validateSessionToken(t.db, token, later);
		expect(renewed.session?.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS);
	});

	it('an expired session is refused and deleted', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'admin');
		const token = generateSessionToken();
		const start = new Date('2026-01-01T10:00:00Z');
		await createSession(t.db, token, user.id, start);
		const result = await validateSessionToken(t.db, token, new Date(start.getTime() + 31 * DAY));
		expect(result.user).toBeNull();
		expect(await t.db.$count(sessions, eq(sessions.userId, user.id))).toBe(0);
	});

	it('after sign-out (invalidation) the same token is useless', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'official');
		const token = generateSessionToken();
		const session = await createSession(t.db, token, user.id);
		await invalidateSession(t.db, session.id);
		expect((await validateSessionToken(t.db, token)).user).toBeNull();
	});

	it('a deactivated account loses its session at once', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'animator');
		const token = generateSessionToken();
		await createSession(t.db, token, user.id);
		await t.db.update(staffUsers).set({ active: false }).where(eq(staffUsers.id, user.id));
		expect((await validateSessionToken(t.db, token)).user).toBeNull();
	});
});

describe('sign-in', () => {
	it('accepts the right password, whatever the case of the email', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'admin');
		const result = await signIn(t.db, {
			email: user.email.toUpperCase(),
			password: TEST_PASSWORD,
			ip: '10.0.0.1'
		});
		expect(result).toMatchObject({ ok: true, user: { id: user.id } });
	});

	it('gives one generic answer for a wrong password, an unknown email, an inactive or password-less account', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'admin');
		const inactive = await makeStaff(t.db, relay, 'animator', { active: false });
		const noPassword = await makeStaff(t.db, relay, 'animator', { password: null });
		const attempts = [
			{ email: user.email, password: 'not the password' },
			{ email: 'nobody@example.org', password: TEST_PASSWORD },
			{ email: inactive.email, password: TEST_PASSWORD },
			{ email: noPassword.email, password: TEST_PASSWORD }
		];
		for (const [i, attempt] of attempts.entries()) {
			expect(await signIn(t.db, { ...attempt, ip: `10.1.0.${i}` })).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
	});

	it('blocks the 6th attempt within 15 minutes for one email, even with the right password', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'admin');
		const now = new Date('2026-03-01T09:00:00Z');
		for (let i = 0; i < 5; i++) {
			const at = new Date(now.getTime() + i * 60_000);
			expect(
				await signIn(t.db, { email: user.email, password: 'wrong password', ip: `10.2.0.${i}` }, at)
			).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
		const sixth = new Date(now.getTime() + 10 * 60_000);
		expect(
			await signIn(t.db, { email: user.email, password: TEST_PASSWORD, ip: '10.2.1.1' }, sixth)
		).toEqual({
			ok: false,
			reason: 'rate_limited'
		});
		// 15 minutes after the first failures have aged out, the right password works again.
		const after = new Date(now.getTime() + 20 * 60_000);
		expect(
			await signIn(t.db, { email: user.email, password: TEST_PASSWORD, ip: '10.2.1.1' }, after)
		).toMatchObject({ ok: true });
	});

	it('blocks an IP address after 5 failures, whatever the emails tried', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'admin');
		const now = new Date('2026-03-02T09:00:00Z');
		for (let i = 0; i < 5; i++) {
			await signIn(t.db, { email: `guess${i}@example.org`, password: 'x', ip: '10.3.0.9' }, now);
		}
		expect(
			await signIn(t.db, { email: user.email, password: TEST_PASSWORD, ip: '10.3.0.9' }, now)
		).toEqual({
			ok: false,
			reason: 'rate_limited'
		});
		expect(
			await signIn(t.db, { email: user.email, password: TEST_PASSWORD, ip: '10.3.0.10' }, now)
		).toMatchObject({ ok: true });
	});

	// Attempts sent at once must not all be checked: counting and recording are one step.
	// On PostgreSQL runTogether makes them truly race; tests/postgres/sign-in-race.test.ts
	// sends more, from two pools (two instances).
	it('of 12 wrong passwords sent at once for one email, only 5 are checked', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'admin');
		const now = new Date('2026-03-03T09:00:00Z');
		const results = await runTogether(
			t,
			'sign_in_attempts',
			Array.from(
				{ length: 12 },
				(_, i) => () =>
					signIn(t.db, { email: user.email, password: 'wrong', ip: `10.4.0.${i}` }, now)
			)
		);
		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(5);
		expect(results.filter((r) => !r.ok && r.reason === 'rate_limited')).toHaveLength(7);
		expect(
			await signIn(t.db, { email: user.email, password: TEST_PASSWORD, ip: '10.4.1.1' }, now)
		).toEqual({ ok: false, reason: 'rate_limited' });
	});

	it('of 12 attempts sent at once from one address, only 5 are checked', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'admin');
		const now = new Date('2026-03-04T09:00:00Z');
		const results = await runTogether(
			t,
			'sign_in_attempts',
			Array.from(
				{ length: 12 },
				(_, i) => () =>
					signIn(t.db, { email: `guess${i}@example.org`, password: 'x', ip: '10.5.0.1' }, now)
			)
		);
		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(5);
		expect(results.filter((r) => !r.ok && r.reason === 'rate_limited')).toHaveLength(7);
		expect(
			await signIn(t.db, { email: user.email, password: TEST_PASSWORD, ip: '10.5.0.1' }, now)
		).toEqual({ ok: false, reason: 'rate_limited' });
	});
});
