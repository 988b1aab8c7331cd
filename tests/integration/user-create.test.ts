import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay } from './fixtures';
import { auditLog, epcis, mailOutbox, staffUsers } from '../../src/lib/server/db/schema';
import { parseUserCreateArgs } from '../../src/lib/server/staff/user-create-args';
import { createUserFromArgs } from '../../src/lib/server/staff/create-user-from-args';

let t: TestDatabase;
const EPCI = '200000001';
beforeAll(async () => {
	t = await createTestDatabase();
	await t.db.insert(epcis).values({ code: EPCI, name: 'CC de l’Essai', kind: 'CC' });
});
afterAll(async () => t.close());

let counter = 0;
/** Runs the command as `npm run user:create -- …` does, with a fresh email each time. */
async function run(...argv: string[]) {
	counter += 1;
	const email = `personne-${counter}@exemple.fr`;
	const parsed = parseUserCreateArgs(['--email', email, '--name', `Personne ${counter}`, ...argv]);
	if (parsed.ok !== true) throw new Error(`not parsed: ${JSON.stringify(parsed)}`);
	return { email, outcome: await createUserFromArgs(t.db, parsed.args) };
}

async function accountOf(email: string) {
	const [user] = await t.db.select().from(staffUsers).where(eq(staffUsers.email, email));
	return user;
}

describe('npm run user:create', () => {
	it('creates the coordinator of the whole deployment, with the mail of its password link', async () => {
		const { email, outcome } = await run('--role', 'coordinator');
		expect(outcome.ok && outcome.message).toBe(
			`Compte créé : ${email} (coordinator, Ille-et-Vilaine). Le lien pour choisir le mot de passe est dans la file des courriels.`
		);
		const user = await accountOf(email);
		expect(user).toMatchObject({ role: 'coordinator', relayId: null, epciCode: null });
		const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
		expect(mails).toHaveLength(1);
		expect(mails[0]?.text).toContain(outcome.ok ? outcome.link : 'no link');
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, user?.id ?? ''));
		expect(audit).toMatchObject({ action: 'staff.created', actorKind: 'system' });
	});

	it('attaches an official to a relay, to an EPCI or to the whole deployment', async () => {
		const relay = await makeRelay(t.db, 'Relais de l’Essai');
		const ofRelay = await run('--role', 'official', '--relay', relay.slug);
		expect(ofRelay.outcome.ok && ofRelay.outcome.message).toContain(
			'(official, Relais de l’Essai)'
		);
		expect(await accountOf(ofRelay.email)).toMatchObject({ relayId: relay.id, epciCode: null });

		const ofEpci = await run('--role', 'official', '--epci', EPCI);
		expect(ofEpci.outcome.ok && ofEpci.outcome.message).toContain('(official, CC de l’Essai)');
		expect(await accountOf(ofEpci.email)).toMatchObject({ relayId: null, epciCode: EPCI });

		const everywhere = await run('--role', 'official');
		expect(everywhere.outcome.ok).toBe(true);
		expect(await accountOf(everywhere.email)).toMatchObject({ relayId: null, epciCode: null });
	});

	it('creates a relay’s admin and animator in their relay', async () => {
		const relay = await makeRelay(t.db);
		for (const role of ['admin', 'animator']) {
			const { email, outcome } = await run('--role', role, '--relay', relay.slug);
			expect(outcome.ok, role).toBe(true);
			expect(await accountOf(email)).toMatchObject({ role, relayId: relay.id, epciCode: null });
		}
	});

	it('refuses an unknown relay or EPCI and a taken email, in French, creating nothing', async () => {
		const relay = await makeRelay(t.db);
		const before = (await t.db.select().from(staffUsers)).length;

		const noRelay = await run('--role', 'admin', '--relay', 'relais-qui-n-existe-pas');
		expect(noRelay.outcome.ok === false && noRelay.outcome.error).toMatch(
			new RegExp(`^Relais inconnu : relais-qui-n-existe-pas\\. Relais existants : .*${relay.slug}`)
		);
		const noEpci = await run('--role', 'official', '--epci', '123456789');
		expect(noEpci.outcome.ok === false && noEpci.outcome.error).toMatch(
			/^EPCI inconnu : 123456789\. .*npm run territory:load/
		);
		expect(await t.db.select().from(staffUsers)).toHaveLength(before);

		const first = await run('--role', 'coordinator');
		expect(first.outcome.ok).toBe(true);
		const again = parseUserCreateArgs([
			'--email',
			first.email.toUpperCase(),
			'--name',
			'Doublon',
			'--role',
			'official'
		]);
		if (again.ok !== true) throw new Error('not parsed');
		expect(await createUserFromArgs(t.db, again.args)).toEqual({
			ok: false,
			error: `Un compte existe déjà pour ${first.email}.`
		});
	});
});
