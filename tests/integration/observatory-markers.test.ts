import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { seedDemoData } from '../../src/lib/server/seed/seed-demo-data';
import { refreshObservatoryCounts } from '../../src/lib/server/observatory/refresh-counts';
import { makeMarkedRequest, textMarkersOf, type MarkedClosing } from './marked-request';
import { forbiddenOf, leaksIn, markEveryRequest, type Forbidden } from './observatory-leaks';
import { rowsOf } from './rows';

/*
 * Acceptance (issue 13): unique markers in every personal field of every request, and nothing
 * an official can reach through the observatory holds one — nor a request's reference, id,
 * email or phone. The demo's requests are marked in place (names, contacts, comment, notes);
 * marked requests (marked-request.ts) go through the real domain functions, so their markers
 * are also in events, transfers, out-of-turn reasons, closures and appointments.
 */

let t: TestDatabase;
let forbidden: Forbidden;
const NOW = new Date('2026-12-02T10:00:00Z');

/** Mondays at 10:00 in Paris, over two years, one marked request each, every kind of ending. */
const arrivals = [
	'2025-01-06',
	'2025-03-03',
	'2025-06-02',
	'2025-09-01',
	'2025-11-03',
	'2026-01-05',
	'2026-03-02',
	'2026-05-04',
	'2026-06-01',
	'2026-09-07',
	'2026-10-05',
	'2026-11-02'
];
const closings: MarkedClosing[] = ['family', 'relay', 'outcome', 'open'];

beforeAll(async () => {
	t = await createTestDatabase();
	await seedDemoData(t.db);
	for (const [i, day] of arrivals.entries()) {
		const request = await makeMarkedRequest(t.db, {
			closing: closings[i % closings.length],
			receivedAt: new Date(`${day}T09:00:00Z`)
		});
		// Sanity: the helper's markers are the shape the scan looks for.
		expect(textMarkersOf(request.markers).length).toBeGreaterThan(8);
	}
	await markEveryRequest(t.db);
	await refreshObservatoryCounts(t.db, NOW);
	forbidden = await forbiddenOf(t.db);
}, 240_000);
afterAll(async () => t?.close());

describe('the markers are where they should be', () => {
	it('every request carries markers, and the scan finds them in a request row', async () => {
		const rows = rowsOf<{ row: string }>(
			await t.db.execute(sql`select r::text as row from childcare_requests r`)
		);
		expect(rows.length).toBeGreaterThan(50);
		for (const { row } of rows) expect(leaksIn(row, forbidden).length).toBeGreaterThan(0);
		expect(forbidden.references.size).toBe(rows.length);
	});
});

describe('nothing personal in the observatory', () => {
	it('the raw counts and the refresh record hold no marker, reference, request id or contact', async () => {
		const counts = rowsOf<{ row: string }>(
			await t.db.execute(sql`select c::text as row from observatory_counts c`)
		);
		expect(counts.length).toBeGreaterThan(100);
		const refreshes = rowsOf<{ row: string }>(
			await t.db.execute(sql`select r::text as row from observatory_refreshes r`)
		);
		const text = [...counts, ...refreshes].map((r) => r.row).join('\n');
		expect(leaksIn(text, forbidden)).toEqual([]);
	});
});
