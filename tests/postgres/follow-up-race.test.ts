import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../integration/test-database';
import { runTogether } from '../integration/run-together';
import { makeQueueRelay, paris } from '../integration/queue-fixtures';
import { followUpMailsOf, heldRequest } from '../integration/follow-up-fixtures';
import { connectDatabase } from '../../src/lib/server/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { sendFollowUps } from '../../src/lib/server/requests/follow-ups/send-follow-ups';

let t: TestDatabase;
/** Two pools on one database, as two instances of the app running their housekeeping. */
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

describe('follow-ups sent by two instances at once on PostgreSQL', () => {
	it('each due follow-up is sent once', async () => {
		const { commune, animator } = await makeQueueRelay(t.db, 'Relais Suivi Concurrent');
		const place = { inseeCode: commune.inseeCode, animator };
		const held = paris('2026-03-02T10:00', '+01:00');
		const requests = [];
		for (let i = 0; i < 6; i++) requests.push(await heldRequest(t.db, place, held));
		const now = paris('2026-04-02T09:00', '+02:00');

		// Both read the same due list, then race on the follow-up rows.
		const runs = await runTogether(
			t,
			'request_follow_ups',
			instances.map((instance) => () => sendFollowUps(instance.db, now))
		);

		expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(requests.length);
		expect(runs.every((run) => run.failed === 0)).toBe(true);
		for (const request of requests) {
			expect(await followUpMailsOf(t.db, request.id)).toHaveLength(1);
		}
	});
});
