import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../integration/test-database';
import { runTogether } from '../integration/run-together';
import { forceStatus, makeQueueRelay, receiveRequest } from '../integration/queue-fixtures';
import { connectDatabase } from '../../src/lib/server/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { childcareRequests, requestEvents } from '../../src/lib/server/db/schema';
import { purgeExpiredRequests } from '../../src/lib/server/requests/retention/purge-expired-requests';

let t: TestDatabase;
/** Three pools on one database, as three instances of the app, each with its hourly purge. */
let instances: DatabaseHandle[];
beforeAll(async () => {
	t = await createTestDatabase();
	const url = t.url;
	if (!url) throw new Error('tests/postgres run only with TEST_DATABASE_URL');
	instances = await Promise.all([1, 2, 3].map(() => connectDatabase({ url, poolSize: 3 })));
});
afterAll(async () => {
	await Promise.all(instances.map((instance) => instance.close()));
	await t.close();
});

describe('purges running at once on PostgreSQL', () => {
	it('erase each expired request once: one personal_data_erased event each', async () => {
		const { commune, animator } = await makeQueueRelay(t.db, 'Relais Purge');
		const ids: string[] = [];
		for (let day = 1; day <= 12; day++) {
			const request = await receiveRequest(
				t.db,
				commune.inseeCode,
				new Date(`2027-01-${String(day).padStart(2, '0')}T09:00:00Z`)
			);
			await forceStatus(t.db, request.id, 'closed_by_relay', animator.id);
			ids.push(request.id);
		}
		await t.db
			.update(childcareRequests)
			.set({ retentionUntil: '2029-01-15' })
			.where(inArray(childcareRequests.id, ids));
		const now = new Date('2029-02-01T03:00:00Z');

		const reports = await runTogether(
			t,
			'childcare_requests',
			instances.map((instance) => () => purgeExpiredRequests(instance.db, now))
		);

		expect(reports.reduce((sum, report) => sum + report.anonymised, 0)).toBe(ids.length);
		const erased = await t.db
			.select({ requestId: requestEvents.requestId })
			.from(requestEvents)
			.where(
				and(inArray(requestEvents.requestId, ids), eq(requestEvents.kind, 'personal_data_erased'))
			);
		expect(erased.map((event) => event.requestId).sort()).toEqual([...ids].sort());
	});
});
