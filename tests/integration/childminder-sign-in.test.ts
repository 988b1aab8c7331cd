import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import {
	childminderSessions,
	childminderSignInLinks,
	childminders,
	mailOutbox
} from '../../src/lib/server/db/schema';
import {
	consumeSignInLink,
	issueSignInLink,
	requestChildminderLink,
	signInLinkUsable
} from '../../src/lib/server/directory/childminder-auth/sign-in-links';
import {
	createChildminderSession,
	validateChildminderSession
} from '../../src/lib/server/directory/childminder-auth/childminder-session';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay } from './fixtures';
import { makeCommune } from './request-fixtures';
import { makeChildminder } from './directory-fixtures';
import { runTogether } from './run-together';

const HOUR = 3_600_000;
let t: TestDatabase;
let insee: string;
beforeAll(async () => {
	t = await createTestDatabase();
	const relay = await makeRelay(t.db, 'Relais des Tilleuls');
	insee = (await makeCommune(t.db, relay.id)).inseeCode;
});
afterAll(async () => t.close());

let nextIp = 1;
/** Each test its own client address, so that the per-address limit is the test's own. */
const freshIp = () => `198.51.100.${nextIp++}`;

async function mailsTo(address: string) {
	return t.db
		.select({ subject: mailOutbox.subject, text: mailOutbox.text })
		.from(mailOutbox)
		.where(eq(mailOutbox.to, address));
}

const tokenIn = (text: string | undefined) =>
	/\/assistante-maternelle\/lien\/([a-z2-7]+)/.exec(text ?? '')?.[1];

describe('a childminder asks for her link', () => {
	it('mails a single-use link when the licence number and the email match (any case)', async () => {
		const am = await makeChildminder(t.db, insee, { email: 'Lea.Martin@Example.org' });
		const result = await requestChildminderLink(
			t.db,
			{ licenceNumber: ` ${am.licenceNumber.toLowerCase()} `, email: 'LEA.MARTIN@example.org' },
			freshIp()
		);
		expect(result).toEqual({ ok: true, sent: true });
		const mails = await mailsTo('Lea.Martin@Example.org');
		expect(mails).toHaveLength(1);
		expect(mails[0]?.subject).toBe('Votre lien pour déclarer vos disponibilités');
		expect(mails[0]?.text).toContain('Relais des Tilleuls');
		const token = tokenIn(mails[0]?.text);
		if (!token) throw new Error('no link in the mail');
		// Only the hash is stored.
		const [link] = await t.db
			.select()
			.from(childminderSignInLinks)
			.where(eq(childminderSignInLinks.childminderId, am.id));
		expect(link?.id).toBe(hashToken(token));
		expect(link?.id).not.toContain(token);
		if (!link) throw new Error('no link stored');
		expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(2 * HOUR);
	});

	it('sends nothing, with the same answer, when they do not match or her activity stopped', async () => {
		const am = await makeChildminder(t.db, insee);
		const other = await makeChildminder(t.db, insee);
		const stopped = await makeChildminder(t.db, insee, { status: 'stopped' });
		const attempts = [
			{ licenceNumber: am.licenceNumber, email: other.email ?? '' },
			{ licenceNumber: 'AG-000', email: am.email ?? '' },
			{ licenceNumber: stopped.licenceNumber, email: stopped.email ?? '' }
		];
		for (const attempt of attempts) {
			expect(await requestChildminderLink(t.db, attempt, freshIp())).toMatchObject({ ok: true });
		}
		for (const address of [am.email, other.email, stopped.email]) {
			expect(await mailsTo(address ?? '')).toEqual([]);
		}
	});

	it('a suspended childminder may still get her link', async () => {
		const am = await makeChildminder(t.db, insee, { status: 'suspended' });
		await requestChildminderLink(
			t.db,
			{ licenceNumber: am.licenceNumber, email: am.email ?? '' },
			freshIp()
		);
		expect(await mailsTo(am.email ?? '')).toHaveLength(1);
	});

	it('limits the requests per email address and per licence number, whatever the address', async () => {
		const am = await makeChildminder(t.db, insee);
		const ask = (licenceNumber: string, email: string) =>
			requestChildminderLink(t.db, { licenceNumber, email }, freshIp());
		for (let i = 0; i < 3; i++) expect((await ask(am.licenceNumber, am.email ?? '')).ok).toBe(true);
		expect(await ask(am.licenceNumber, am.email ?? '')).toEqual({
			ok: false,
			reason: 'rate_limited'
		});
		// Another email on the same licence number: the licence's limit is reached too.
		expect((await ask(am.licenceNumber, 'autre@example.org')).ok).toBe(false);
		expect(await mailsTo(am.email ?? '')).toHaveLength(3);
	});

	it('limits the requests per client address', async () => {
		const ip = freshIp();
		const results = [];
		for (let i = 0; i < 11; i++)
			results.push(
				await requestChildminderLink(
					t.db,
					{ licenceNumber: `AG-X${i}`, email: `x${i}@example.org` },
					ip
				)
			);
		expect(results.filter((r) => r.ok)).toHaveLength(10);
	});
});

describe('her link opens her session', () => {
	it('a GET only reads: the link stays usable until it is submitted', async () => {
		const am = await makeChildminder(t.db, insee);
		const token = await issueSignInLink(t.db, am.id);
		expect(await signInLinkUsable(t.db, token)).toBe(true);
		expect(await signInLinkUsable(t.db, token)).toBe(true);
		const opened = await consumeSignInLink(t.db, token);
		if (!opened.ok) throw new Error('not opened');
		const session = await validateChildminderSession(t.db, opened.token);
		expect(session?.childminderId).toBe(am.id);
		// A week, and only its hash is stored.
		if (!session) throw new Error('no session');
		expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * HOUR);
		const [stored] = await t.db
			.select()
			.from(childminderSessions)
			.where(eq(childminderSessions.id, hashToken(opened.token)));
		expect(stored?.childminderId).toBe(am.id);
	});

	it('a used link answers invalid', async () => {
		const am = await makeChildminder(t.db, insee);
		const token = await issueSignInLink(t.db, am.id);
		expect((await consumeSignInLink(t.db, token)).ok).toBe(true);
		expect(await signInLinkUsable(t.db, token)).toBe(false);
		expect(await consumeSignInLink(t.db, token)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('an expired link answers invalid and opens nothing', async () => {
		const am = await makeChildminder(t.db, insee);
		const issuedAt = new Date(Date.now() - 2 * HOUR - 1000);
		const token = await issueSignInLink(t.db, am.id, issuedAt);
		expect(await signInLinkUsable(t.db, token)).toBe(false);
		expect(await consumeSignInLink(t.db, token)).toEqual({ ok: false, reason: 'invalid' });
		const sessions = await t.db
			.select()
			.from(childminderSessions)
			.where(eq(childminderSessions.childminderId, am.id));
		expect(sessions).toEqual([]);
	});

	it('an unknown token answers invalid', async () => {
		expect(await consumeSignInLink(t.db, 'abcdefghijklmnopqrstuvwxyz234567')).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('the same link submitted twice at once opens one session', async () => {
		const am = await makeChildminder(t.db, insee);
		const token = await issueSignInLink(t.db, am.id);
		const results = await runTogether(t, 'childminder_sign_in_links', [
			() => consumeSignInLink(t.db, token),
			() => consumeSignInLink(t.db, token),
			() => consumeSignInLink(t.db, token)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		const [n] = await t.db
			.select({ n: sql<number>`count(*)::int` })
			.from(childminderSessions)
			.where(eq(childminderSessions.childminderId, am.id));
		expect(n?.n).toBe(1);
	});

	it('a session ends when it expires or when her activity stops', async () => {
		const am = await makeChildminder(t.db, insee);
		const past = new Date(Date.now() - 8 * 24 * HOUR);
		const old = await createChildminderSession(t.db, am.id, past);
		expect(await validateChildminderSession(t.db, old.token)).toBeNull();
		const current = await createChildminderSession(t.db, am.id);
		expect(await validateChildminderSession(t.db, current.token)).not.toBeNull();
		await t.db.update(childminders).set({ status: 'stopped' }).where(eq(childminders.id, am.id));
		expect(await validateChildminderSession(t.db, current.token)).toBeNull();
	});
});
