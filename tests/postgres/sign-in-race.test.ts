import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../src/lib/server/auth/sign-in';
import { connectDatabase } from '../../src/lib/server/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { makeRelay, makeStaff, TEST_PASSWORD } from '../integration/fixtures';
import { createTestDatabase, type TestDatabase } from '../integration/test-database';
import { runTogether } from '../integration/run-together';

let t: TestDatabase;
/** Two pools on one database, as two instances of the app behind a proxy. */
let instances: DatabaseHandle[];
beforeAll(async () => {
	t = await createTestDatabase();
	const url = t.url;
	if (!url) throw new Error('tests/postgres run only with TEST_DATABASE_URL');
	instances = await Promise.all([1, 2].map(() => connectDatabase({ url, poolSize: 20 })));
});
afterAll(async () => {
	await Promise.all(instances.map((instance) => instance.close()));
	await t.close();
});

describe('sign-in attempts sent at once to two instances on PostgreSQL', () => {
	it('30 wrong passwords for one email: 5 are checked, 25 refused, then the right one too', async () => {
		const relay = await makeRelay(t.db);
		const user = await makeStaff(t.db, relay, 'admin');
		const now = new Date();

		const results = await runTogether(
			t,
			'sign_in_attempts',
			Array.from({ length: 30 }, (_, i) => () => {
				const instance = instances[i % 2];
				if (!instance) throw new Error('no instance');
				const attempt = { email: user.email, password: `wrong ${i}`, ip: `10.9.${i}.1` };
				return signIn(instance.db, attempt, now);
			})
		);

		expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(5);
		expect(results.filter((r) => !r.ok && r.reason === 'rate_limited')).toHaveLength(25);
		expect(
			await signIn(t.db, { email: user.email, password: TEST_PASSWORD, ip: '10.9.99.1' }, now)
		).toEqual({ ok: false, reason: 'rate_limited' });
	});
});
