import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';
import { isDatabaseEmpty, seedDemoData } from '../../src/lib/server/seed/seed-demo-data';
import { communes, receptionPlaces, relays, staffUsers } from '../../src/lib/server/db/schema';
import { signIn } from '../../src/lib/server/auth/sign-in';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

async function snapshot() {
	return {
		relays: await t.db.select().from(relays).orderBy(relays.slug),
		communes: await t.db.select().from(communes).orderBy(communes.inseeCode),
		places: await t.db.select().from(receptionPlaces).orderBy(receptionPlaces.name),
		staff: await t.db.select().from(staffUsers).orderBy(staffUsers.email)
	};
}

describe('demo seed', () => {
	it('creates two relays sharing real communes, with one account per role per relay', async () => {
		expect(await isDatabaseEmpty(t.db)).toBe(true);
		const accounts = await seedDemoData(t.db);
		expect(await isDatabaseEmpty(t.db)).toBe(false);
		const data = await snapshot();
		expect(data.relays).toHaveLength(2);
		expect(data.communes.length).toBeGreaterThanOrEqual(15);
		expect(data.communes.every((c) => /^35\d{3}$/.test(c.inseeCode) && c.relayId)).toBe(true);
		expect(new Set(data.communes.map((c) => c.relayId)).size).toBe(2);
		const roles = data.staff.map((s) => `${s.relayId}:${s.role}`);
		expect(new Set(roles).size).toBe(6);
		// The printed demo passwords really open the accounts.
		for (const account of accounts) {
			const result = await signIn(t.db, { email: account.email, password: account.password, ip: '10.8.0.1' });
			expect(result.ok, account.email).toBe(true);
		}
	});

	it('is idempotent: a second run changes nothing', async () => {
		const before = await snapshot();
		await seedDemoData(t.db);
		expect(await snapshot()).toEqual(before);
	});
});
