import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { seedDemoData } from '../../src/lib/server/seed/seed-demo-data';
import { refreshObservatoryCounts } from '../../src/lib/server/observatory/refresh-counts';
import { childcareRequests, observatoryCounts } from '../../src/lib/server/db/schema';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
	await seedDemoData(t.db);
});
afterAll(async () => t.close());

describe('refreshing the observatory counts', () => {
	it('counts every request once per territory, and twice gives the same rows', async () => {
		const first = await refreshObservatoryCounts(t.db);
		const [direct] = await t.db
			.select({ n: sql<number>`count(*)::int` })
			.from(childcareRequests)
			.where(sql`${childcareRequests.closureReason} is distinct from 'duplicate'`);
		expect(first.requestCount).toBe(direct?.n);
		const second = await refreshObservatoryCounts(t.db);
		expect(second.rowCount).toBe(first.rowCount);
		const relayRows = await t.db
			.select({ n: sql<number>`sum(${observatoryCounts.n})::int` })
			.from(observatoryCounts)
			.where(
				and(
					eq(observatoryCounts.measure, 'requests'),
					sql`${observatoryCounts.scope} like 'relay:%'`
				)
			);
		expect(relayRows[0]?.n).toBe(first.requestCount);
	});
});
