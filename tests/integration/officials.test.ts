import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { RequestEvent } from '@sveltejs/kit';
import { createTestDatabase, type TestDatabase } from './test-database';
import { runTogether } from './run-together';
import { makeRelay, makeStaff } from './fixtures';
import { makeCoordinator, makeEpci, makeTerritoryCommune } from './territory-fixtures';
import { auditLog, mailOutbox, sessions, staffUsers } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { config } from '../../src/lib/server/config';
import { createOfficial, setOfficialActive } from '../../src/lib/server/staff/manage-officials';
import { createStaffMember } from '../../src/lib/server/staff/manage-staff';
import { listOfficials, officialsPage } from '../../src/lib/server/staff/officials-directory';
import { setPasswordWithToken } from '../../src/lib/server/auth/password-tokens';
import { signIn } from '../../src/lib/server/auth/sign-in';
import { homePathFor } from '../../src/lib/server/auth/guard';
import {
	createSession,
	generateSessionToken,
	validateSessionToken,
	type SessionUser
} from '../../src/lib/server/auth/session';
import type { OfficialScope } from '../../src/lib/server/territory/official-scope';
import { load as observatoryLoad } from '../../src/routes/(observatory)/observatoire/+page.server';
import { load as officialsPageLoad } from '../../src/routes/(coordinator)/territoire/elus/+page.server';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

let nextPerson = 0;
const person = () => {
	const n = `${Date.now()}-${nextPerson++}`;
	return { name: `Élue ${n}`, email: `elue-${n}@example.org` };
};

const mailsTo = (email: string) => t.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));

/** The token of the password link in the last mail to `email`. */
async function linkToken(email: string): Promise<string> {
	const match = (await mailsTo(email)).at(-1)?.text.match(/\/compte\/mot-de-passe\/([a-z0-9]+)/);
	if (!match?.[1]) throw new Error(`no password link mailed to ${email}`);
	return match[1];
}

/** The person opens the link, chooses a password, signs in: the user their pages know. */
async function signInFromMail(email: string): Promise<SessionUser> {
	const password = 'une phrase pour le territoire';
	expect(await setPasswordWithToken(t.db, await linkToken(email), password)).not.toBeNull();
	const result = await signIn(t.db, { email, password, ip: '10.40.0.1' });
	if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
	const token = generateSessionToken();
	await createSession(t.db, token, result.user.id);
	const { user } = await validateSessionToken(t.db, token);
	if (!user) throw new Error('no session');
	return user;
}

/** What a page's load receives: the signed-in user and the database on locals. */
const eventAs = <E = RequestEvent>(user: SessionUser | null, db: Database, path: string) =>
	({ locals: { user, db }, url: new URL(`http://localhost${path}`) }) as unknown as E;

/** The territory the observatory's overview names for this user. */
async function observatoryTerritory(user: SessionUser) {
	const page = await observatoryLoad(eventAs(user, t.db, '/observatoire'));
	if (!page) throw new Error('the observatory loaded nothing');
	return page.view.territory;
}

const statusOf = async (run: () => unknown) => {
	try {
		await run();
		return 'no error';
	} catch (error) {
		return (error as { status?: number }).status;
	}
};

describe('the coordinator creates officials', () => {
	it('for one EPCI: no password yet, a link mailed and signed by the deployment, audited; the official signs in and reaches the observatory of the EPCI', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await makeRelay(t.db, 'Relais du Val');
		const epci = await makeEpci(t.db, 'Communauté du Val');
		await makeTerritoryCommune(t.db, {
			name: 'Val-d’Ille',
			relayId: relay.id,
			epciCode: epci.code
		});
		await makeTerritoryCommune(t.db, { name: 'Melesse', relayId: null, epciCode: epci.code });
		const who = person();

		const result = await createOfficial(t.db, coordinator, {
			...who,
			scope: { kind: 'epci', epciCode: epci.code }
		});
		if (!result.ok) throw new Error(result.reason);
		const row = await t.db.query.staffUsers.findFirst({ where: eq(staffUsers.id, result.userId) });
		expect(row).toMatchObject({
			role: 'official',
			relayId: null,
			epciCode: epci.code,
			passwordHash: null,
			active: true
		});
		const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, result.userId));
		expect(audit.map((a) => [a.action, a.actorId, a.relayId])).toEqual([
			['staff.created', coordinator.id, null]
		]);
		const [mail] = await mailsTo(who.email);
		expect(mail?.relayId).toBeNull();
		expect(mail?.text).toContain(`(${config.deploymentName})`);
		expect(mail?.text.trimEnd().split('\n').at(-2)).toBe(config.deploymentName);

		const official = await signInFromMail(who.email);
		expect(official).toMatchObject({
			role: 'official',
			epciCode: epci.code,
			territoryName: 'Communauté du Val'
		});
		expect(homePathFor(official.role)).toBe('/observatoire');
		expect(await observatoryTerritory(official)).toEqual({
			kind: 'epci',
			name: 'Communauté du Val'
		});
	});

	it('for one relay: the mail is signed by the relay, the official sees the relay', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await makeRelay(t.db, 'Relais des Marais');
		const who = person();
		const result = await createOfficial(t.db, coordinator, {
			...who,
			scope: { kind: 'relay', relayId: relay.id }
		});
		expect(result.ok).toBe(true);
		const [mail] = await mailsTo(who.email);
		expect(mail?.relayId).toBe(relay.id);
		expect(mail?.text).toContain('(Relais des Marais)');
		const official = await signInFromMail(who.email);
		expect(official).toMatchObject({
			role: 'official',
			relayId: relay.id,
			epciCode: null,
			territoryName: 'Relais des Marais'
		});
		expect(await observatoryTerritory(official)).toEqual({
			kind: 'relay',
			name: 'Relais des Marais'
		});
	});

	it('for the whole deployment: neither relay nor EPCI, named after the deployment', async () => {
		const coordinator = await makeCoordinator(t.db);
		const who = person();
		const result = await createOfficial(t.db, coordinator, {
			...who,
			scope: { kind: 'deployment' }
		});
		if (!result.ok) throw new Error(result.reason);
		expect(
			await t.db.query.staffUsers.findFirst({ where: eq(staffUsers.id, result.userId) })
		).toMatchObject({ relayId: null, epciCode: null, role: 'official' });
		const official = await signInFromMail(who.email);
		expect(official.territoryName).toBe(config.deploymentName);
		expect(await observatoryTerritory(official)).toEqual({
			kind: 'deployment',
			name: config.deploymentName
		});
	});

	it('refuses an email already used, whatever its case, and writes nothing', async () => {
		const coordinator = await makeCoordinator(t.db);
		const who = person();
		expect(
			(await createOfficial(t.db, coordinator, { ...who, scope: { kind: 'deployment' } })).ok
		).toBe(true);
		const again = await createOfficial(t.db, coordinator, {
			name: 'Autre',
			email: who.email.toUpperCase(),
			scope: { kind: 'deployment' }
		});
		expect(again).toEqual({ ok: false, reason: 'email_taken' });
		expect(await mailsTo(who.email)).toHaveLength(1);
	});

	it('refuses a relay or an EPCI that does not exist, and writes nothing', async () => {
		const coordinator = await makeCoordinator(t.db);
		const scopes: OfficialScope[] = [
			{ kind: 'relay', relayId: '00000000-0000-4000-8000-000000000000' },
			{ kind: 'epci', epciCode: '999999999' }
		];
		for (const scope of scopes) {
			const who = person();
			expect(await createOfficial(t.db, coordinator, { ...who, scope })).toEqual({
				ok: false,
				reason: 'unknown_scope'
			});
			expect(await t.db.$count(staffUsers, eq(staffUsers.email, who.email))).toBe(0);
			expect(await mailsTo(who.email)).toHaveLength(0);
		}
	});

	it('of two coordinators creating the same official at once, one succeeds and one is told the email is taken', async () => {
		const coordinator = await makeCoordinator(t.db);
		const who = person();
		const results = await runTogether(t, 'staff_users', [
			() => createOfficial(t.db, coordinator, { ...who, scope: { kind: 'deployment' } }),
			() => createOfficial(t.db, coordinator, { ...who, scope: { kind: 'deployment' } })
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'email_taken' }]);
		expect(await mailsTo(who.email)).toHaveLength(1);
	});
});

describe('the coordinator’s list of officials', () => {
	it('lists every official with the territory each one sees, and no other role', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await makeRelay(t.db, 'Relais Liste');
		const epci = await makeEpci(t.db, 'CC Liste');
		const byRelay = await makeStaff(t.db, relay, 'official');
		const animator = await makeStaff(t.db, relay, 'animator');
		const byEpci = person();
		await createOfficial(t.db, coordinator, {
			...byEpci,
			scope: { kind: 'epci', epciCode: epci.code }
		});
		const everywhere = person();
		await createOfficial(t.db, coordinator, { ...everywhere, scope: { kind: 'deployment' } });

		const listed = await listOfficials(t.db);
		const scopeOf = (email: string) => listed.find((o) => o.email === email)?.scope;
		expect(scopeOf(byRelay.email)).toEqual({ kind: 'relay', name: 'Relais Liste' });
		expect(scopeOf(byEpci.email)).toEqual({ kind: 'epci', name: 'CC Liste' });
		expect(scopeOf(everywhere.email)).toEqual({ kind: 'deployment', name: config.deploymentName });
		expect(listed.map((o) => o.email)).not.toContain(animator.email);
		expect(listed.map((o) => o.email)).not.toContain(coordinator.email);
		expect(listed.find((o) => o.email === byRelay.email)).toMatchObject({
			active: true,
			hasPassword: true
		});
		expect(listed.find((o) => o.email === byEpci.email)).toMatchObject({ hasPassword: false });
	});

	it('offers the relays and only the EPCIs with a commune in the deployment', async () => {
		const relay = await makeRelay(t.db, 'Relais Choix');
		const inside = await makeEpci(t.db, 'CC Dedans');
		const across = await makeEpci(t.db, 'CC Dehors');
		await makeTerritoryCommune(t.db, { name: 'Dedans', relayId: null, epciCode: inside.code });
		await makeTerritoryCommune(t.db, {
			name: 'Dehors',
			relayId: null,
			epciCode: across.code,
			departement: '56'
		});
		const page = await officialsPage(t.db);
		expect(page.relays).toContainEqual({ id: relay.id, name: 'Relais Choix' });
		expect(page.epcis).toContainEqual({ code: inside.code, name: 'CC Dedans' });
		expect(page.epcis.map((e) => e.code)).not.toContain(across.code);
	});

	it('is the coordinator’s only: an admin, an animator or an official gets 403; the observatory is the coordinator’s too', async () => {
		const relay = await makeRelay(t.db);
		const others = [
			await makeStaff(t.db, relay, 'admin'),
			await makeStaff(t.db, relay, 'animator'),
			await makeStaff(t.db, relay, 'official')
		];
		for (const user of others) {
			expect(
				await statusOf(() => officialsPageLoad(eventAs(user, t.db, '/territoire/elus'))),
				user.role
			).toBe(403);
		}
		const coordinator = await makeCoordinator(t.db);
		expect(
			await statusOf(() => officialsPageLoad(eventAs(coordinator, t.db, '/territoire/elus')))
		).toBe('no error');
		// The observatory is not the coordinator's only: every role reads it for its own scope,
		// the coordinator for the whole deployment.
		expect(await observatoryTerritory(coordinator)).toEqual({
			kind: 'deployment',
			name: config.deploymentName
		});
	});
});

describe('deactivating an official', () => {
	it('closes their sessions and sign-in at once, audited once even when sent twice; reactivation lets them in again', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await makeRelay(t.db);
		const official = await makeStaff(t.db, relay, 'official');
		await createSession(t.db, generateSessionToken(), official.id);

		expect(await setOfficialActive(t.db, coordinator, official.id, false)).toMatchObject({
			ok: true,
			changed: true
		});
		expect(await setOfficialActive(t.db, coordinator, official.id, false)).toMatchObject({
			ok: true,
			changed: false
		});
		expect(await t.db.$count(sessions, eq(sessions.userId, official.id))).toBe(0);
		expect(
			(
				await signIn(t.db, {
					email: official.email,
					password: 'une phrase de passe solide',
					ip: '10.41.0.1'
				})
			).ok
		).toBe(false);
		const deactivations = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, official.id), eq(auditLog.action, 'staff.deactivated')));
		expect(deactivations.map((a) => a.actorId)).toEqual([coordinator.id]);

		expect(await setOfficialActive(t.db, coordinator, official.id, true)).toMatchObject({
			ok: true,
			changed: true
		});
		expect(
			(
				await signIn(t.db, {
					email: official.email,
					password: 'une phrase de passe solide',
					ip: '10.41.0.2'
				})
			).ok
		).toBe(true);
	});

	it('touches no other role, and an unknown id is not found', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await makeRelay(t.db);
		const admin = await makeStaff(t.db, relay, 'admin');
		expect(await setOfficialActive(t.db, coordinator, admin.id, false)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await setOfficialActive(t.db, coordinator, coordinator.id, false)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await setOfficialActive(t.db, coordinator, 'pas-un-id', false)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(
			(await t.db.query.staffUsers.findFirst({ where: eq(staffUsers.id, admin.id) }))?.active
		).toBe(true);
	});
});

describe('a relay admin’s officials', () => {
	it('an official added on the relay’s team page is attached to that relay and sees it', async () => {
		const relay = await makeRelay(t.db, 'Relais Équipe');
		await makeTerritoryCommune(t.db, {
			name: 'Commune de l’équipe',
			relayId: relay.id,
			epciCode: null
		});
		const admin = await makeStaff(t.db, relay, 'admin');
		const who = person();
		expect((await createStaffMember(t.db, admin, { ...who, role: 'official' })).ok).toBe(true);
		const [mail] = await mailsTo(who.email);
		expect(mail?.text).toContain('(Relais Équipe)');
		const official = await signInFromMail(who.email);
		expect(official).toMatchObject({ role: 'official', relayId: relay.id, epciCode: null });
		expect(await observatoryTerritory(official)).toEqual({ kind: 'relay', name: 'Relais Équipe' });
	});
});
