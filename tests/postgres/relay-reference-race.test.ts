import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../integration/test-database';
import { runTogether } from '../integration/run-together';
import { freshReferenceCode, relayInput } from '../integration/coordinator-fixtures';
import { makeCoordinator } from '../integration/territory-fixtures';
import { makeCommune } from '../integration/request-fixtures';
import { receiveRequest } from '../integration/queue-fixtures';
import { connectDatabase } from '../../src/lib/server/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { childcareRequests, relays } from '../../src/lib/server/db/schema';
import { createRelay } from '../../src/lib/server/territory/relays/create-relay';
import { updateRelay } from '../../src/lib/server/territory/relays/update-relay';

let t: TestDatabase;
/** Two pools on one database, as two instances of the app behind a proxy. */
let instances: DatabaseHandle[];
beforeAll(async () => {
	t = await createTestDatabase();
	const url = t.url;
	if (!url) throw new Error('tests/postgres run only with TEST_DATABASE_URL');
	instances = await Promise.all([1, 2].map(() => connectDatabase({ url, poolSize: 5 })));
});
afterAll(async () => {
	await Promise.all(instances.map((instance) => instance.close()));
	await t.close();
});

const instance = (i: number) => {
	const handle = instances[i % 2];
	if (!handle) throw new Error('no instance');
	return handle.db;
};

describe('relays created at once on PostgreSQL', () => {
	it('two coordinators choose one reference code: one relay is created, the other is told the code is taken', async () => {
		const [first, second] = await Promise.all([makeCoordinator(t.db), makeCoordinator(t.db)]);
		if (!first || !second) throw new Error('no coordinators');
		const code = freshReferenceCode();
		const results = await runTogether(t, 'relays', [
			() => createRelay(instance(0), first, relayInput({ name: 'RPE Alpha', referenceCode: code })),
			() => createRelay(instance(1), second, relayInput({ name: 'RPE Beta', referenceCode: code }))
		]);

		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'reference_code_taken' }]);
		expect(await t.db.$count(relays, eq(relays.referenceCode, code))).toBe(1);
	});

	it('two relays of one name created at once both exist, each with its own slug', async () => {
		const coordinator = await makeCoordinator(t.db);
		const results = await runTogether(
			t,
			'relays',
			[0, 1].map(
				(i) => () => createRelay(instance(i), coordinator, relayInput({ name: 'RPE Gamma' }))
			)
		);
		const slugs = results.map((r) => (r.ok ? r.relay.slug : r.reason)).sort();
		expect(slugs).toEqual(['rpe-gamma', 'rpe-gamma-2']);
	});

	it('a code change and a first request at once: the request carries the code the relay keeps', async () => {
		const coordinator = await makeCoordinator(t.db);
		const created = await createRelay(t.db, coordinator, relayInput({ name: 'RPE Delta' }));
		if (!created.ok) throw new Error(created.reason);
		const relay = created.relay;
		const commune = await makeCommune(t.db, relay.id);
		const newCode = freshReferenceCode();
		const [change, request] = await runTogether<unknown>(t, 'relays', [
			() =>
				updateRelay(instance(0), coordinator, relay.slug, {
					...relayInput({ referenceCode: newCode }),
					name: relay.name
				}),
			() => receiveRequest(instance(1), commune.inseeCode, new Date())
		]);
		const [kept] = await t.db
			.select({ code: relays.referenceCode })
			.from(relays)
			.where(eq(relays.id, relay.id));
		const references = await t.db
			.select({ reference: childcareRequests.reference })
			.from(childcareRequests)
			.where(inArray(childcareRequests.relayId, [relay.id]));
		expect(references).toHaveLength(1);
		expect(references[0]?.reference.startsWith(`${kept?.code}-`)).toBe(true);
		// Either order is fine; what must never be is a reference with a code the relay lost.
		expect([{ ok: true }, { ok: false, reason: 'reference_code_locked' }]).toContainEqual(change);
		expect(request).toBeTruthy();
	});
});
