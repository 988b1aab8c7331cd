import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../integration/test-database';
import { runTogether } from '../integration/run-together';
import { forceStatus, makeQueueRelay, receiveRequest } from '../integration/queue-fixtures';
import { connectDatabase } from '../../src/lib/server/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { observatoryCounts, observatoryRefreshes } from '../../src/lib/server/db/schema';
import { refreshObservatoryCounts } from '../../src/lib/server/observatory/refresh-counts';

let t: TestDatabase;
/** Two pools on one database, as two instances of the app, each with its hourly refresh. */
let instances: DatabaseHandle[];
beforeAll(async () => {
	t = await createTestDatabase();
	const url = t.url;
	if (!url) throw new Error('tests/postgres run only with TEST_DATABASE_URL');
	instances = await Promise.all([1, 2].map(() => connectDatabase({ url, poolSize: 2 })));
});
afterAll(async () => {
	await Promise.all(instances.map((instance) => instance.close()));
	await t.close();
});

const allCounts = () =>
	t.db
		.select()
		.from(observatoryCounts)
		.orderBy(
			asc(observatoryCounts.scope),
			asc(observatoryCounts.measure),
			asc(observatoryCounts.month),
			asc(observatoryCounts.category)
		);

describe('observatory refreshes running at once on PostgreSQL', () => {
	it('both succeed and leave one consistent set of counts', async () => {
		const { commune, animator } = await makeQueueRelay(t.db, 'Relais Comptes');
		for (let day = 1; day <= 8; day++) {
			const request = await receiveRequest(
				t.db,
				commune.inseeCode,
				new Date(`2026-0${1 + (day % 3)}-${String(day).padStart(2, '0')}T09:00:00Z`)
			);
			if (day % 2 === 0) await forceStatus(t.db, request.id, 'closed_by_relay', animator.id);
		}
		const now = new Date('2026-04-01T03:00:00Z');
		const results = await runTogether(
			t,
			'observatory_counts',
			instances.map((instance) => () => refreshObservatoryCounts(instance.db, now))
		);
		expect(results.map((r) => r.requestCount)).toEqual([8, 8]);
		expect(results[0]?.rowCount).toBe(results[1]?.rowCount);
		const raced = await allCounts();
		expect(raced.length).toBe(results[0]?.rowCount);
		// The same rows as one refresh alone computes, each once (the key forbids a double).
		await refreshObservatoryCounts(t.db, now);
		expect(await allCounts()).toEqual(raced);
		expect(await t.db.select().from(observatoryRefreshes)).toHaveLength(1);
	});
});
