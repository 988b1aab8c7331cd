import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { seedDemoData } from '../../src/lib/server/seed/seed-demo-data';
import { refreshObservatoryCounts } from '../../src/lib/server/observatory/refresh-counts';
import { makeMarkedRequest, textMarkersOf, type MarkedClosing } from './marked-request';
import { forbiddenOf, leaksIn, markEveryRequest, type Forbidden } from './observatory-leaks';
import { rowsOf } from './rows';
import ExcelJS from 'exceljs';
import { relays } from '../../src/lib/server/db/schema';
import { demoEpcis } from '../../src/lib/server/seed/demo-territory';
import { loadObservatory } from '../../src/lib/server/observatory/load-observatory';
import type { ObservatoryScope } from '../../src/lib/server/observatory/observatory-scope';
import {
	dataPackageDownload,
	openDataDownload,
	tableCsvDownload,
	workbookDownload
} from '../../src/lib/server/observatory/exports/downloads';
import { loadCafReport } from '../../src/lib/server/observatory/exports/load-caf-report';
import { viewTables } from '../../src/lib/server/observatory/exports/view-tables';

/*
 * Acceptance (issue 13): unique markers in every personal field of every request, and nothing
 * an official can reach through the observatory holds one — nor a request's reference, id,
 * email or phone. The demo's requests are marked in place (names, contacts, comment, notes);
 * marked requests (marked-request.ts) go through the real domain functions, so their markers
 * are also in events, transfers, out-of-turn reasons, closures and appointments.
 */

let t: TestDatabase;
let forbidden: Forbidden;
/** The relays where marked families live (the helper's first relay). */
const markedRelays: string[] = [];
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
		markedRelays.push(request.fromRelay.id);
		// Sanity: the helper's markers are the shape the scan looks for.
		expect(textMarkersOf(request.markers).length).toBeGreaterThan(8);
	}
	// The helper names its relays and communes after the tag; those names are public (the
	// observatory names its territories), not a family's: renamed, so the scan sees families only.
	await t.db.execute(
		sql`update relays set name = 'Relais de test ' || reference_code where name like '%MRK%'`
	);
	await t.db.execute(
		sql`update communes set name = 'Commune de test ' || insee_code where name like '%MRK%'`
	);
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

/** Every territory an official may have: the deployment, each EPCI of the demo, each relay. */
async function officialScopes(): Promise<{ label: string; scope: ObservatoryScope }[]> {
	// The demo's relays, and three where marked families live (each marked request has its own
	// two relays: all of them would only repeat the same check).
	const relayRows = (await t.db.select({ id: relays.id, name: relays.name }).from(relays)).filter(
		(relay) =>
			!relay.name.startsWith('Relais de test') || markedRelays.slice(0, 3).includes(relay.id)
	);
	return [
		{ label: 'deployment', scope: { kind: 'deployment' } },
		...Object.values(demoEpcis).map((code) => ({
			label: `epci ${code}`,
			scope: { kind: 'epci', epciCode: code } as ObservatoryScope
		})),
		...relayRows.map((relay) => ({
			label: relay.name,
			scope: { kind: 'relay', relayId: relay.id } as ObservatoryScope
		}))
	];
}

/** The text of a spreadsheet: sheet names and every cell's value. */
async function workbookText(bytes: ArrayBuffer): Promise<string> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes);
	const parts: string[] = [];
	workbook.eachSheet((sheet) => {
		parts.push(sheet.name);
		sheet.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.text))));
	});
	return parts.join('\n');
}

describe('nothing personal in what an official can reach', () => {
	it('every view of every territory and year, and every export of it, holds none', async () => {
		let rendered = 0;
		for (const { label, scope } of await officialScopes()) {
			const latest = await loadObservatory(t.db, scope, null, NOW);
			expect(latest.years.length, label).toBeGreaterThan(0);
			const texts: { what: string; text: string }[] = [];
			for (const year of latest.years) {
				const view = await loadObservatory(t.db, scope, year, NOW);
				texts.push({ what: `view ${year}`, text: JSON.stringify(view) });
				for (const table of viewTables(view)) {
					const csv = await tableCsvDownload(t.db, scope, table.id, year);
					expect(csv, `${label} ${table.id}.csv`).not.toBeNull();
					texts.push({ what: `${table.id}.csv ${year}`, text: (await csv?.text()) ?? '' });
				}
				const workbook = await workbookDownload(t.db, scope, year);
				expect(workbook, `${label} xlsx`).not.toBeNull();
				if (workbook)
					texts.push({
						what: `xlsx ${year}`,
						text: await workbookText(await workbook.arrayBuffer())
					});
				const report = await loadCafReport(t.db, scope, { annee: year }, NOW);
				texts.push({ what: `CAF report ${year}`, text: JSON.stringify(report) });
			}
			texts.push({ what: 'open data', text: await (await openDataDownload(t.db, scope)).text() });
			texts.push({
				what: 'datapackage',
				text: await (await dataPackageDownload(t.db, scope)).text()
			});
			for (const { what, text } of texts) {
				expect(text.length, `${label}: ${what}`).toBeGreaterThan(0);
				expect(leaksIn(text, forbidden), `${label}: ${what}`).toEqual([]);
				rendered += 1;
			}
		}
		expect(rendered).toBeGreaterThan(100);
	}, 240_000);
});
