import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';
import { seedDemoData } from '../../src/lib/server/seed/seed-demo-data';
import { refreshObservatoryCounts } from '../../src/lib/server/observatory/refresh-counts';
import { loadObservatory } from '../../src/lib/server/observatory/load-observatory';
import type { PublishedTable } from '../../src/lib/observatory/published-table';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
	await seedDemoData(t.db);
	await refreshObservatoryCounts(t.db, new Date('2026-12-02T10:00:00Z'));
});
afterAll(async () => t.close());

const everyTable = (sections: Record<string, PublishedTable[]>) => Object.values(sections).flat();

describe('the observatory of a territory', () => {
	it('publishes no count under its threshold, and every table of the catalogue', async () => {
		const view = await loadObservatory(t.db, { kind: 'deployment' });
		expect(view.period).toEqual({ year: 2026, months: 11 });
		const tables = everyTable(view.sections);
		expect(tables.map((table) => table.id)).toEqual(
			expect.arrayContaining([
				'demandes-par-mois',
				'demandes-par-commune',
				'handicap',
				'premier-rendez-vous',
				'issues-comparees',
				'tension-par-creneau'
			])
		);
		// Free places and childminders are not families: never withheld.
		const notFamilies = new Set(['free', 'childminders']);
		for (const table of tables) {
			for (const row of table.rows) {
				row.values.forEach((value, i) => {
					if (notFamilies.has(table.columns[i]?.key ?? '')) return;
					if (value.kind === 'count' && value.n > 0)
						expect(value.n, `${table.id} ${row.key}`).toBeGreaterThanOrEqual(5);
				});
			}
		}
		const disability = tables.find((table) => table.id === 'handicap');
		for (const row of disability?.rows.filter((r) => !r.isTotal) ?? []) {
			const [count] = row.values;
			if (count?.kind === 'count' && count.n > 0) expect(count.n).toBeGreaterThanOrEqual(11);
		}
		expect(view.overview.map((figure) => figure.id)).toEqual([
			'requests',
			'share_within_7',
			'median_days',
			'share_found',
			'share_atypical',
			'lists_given'
		]);
	});

	it('keeps a view until the next refresh, then cuts a new one', async () => {
		const first = await loadObservatory(t.db, { kind: 'deployment' }, 2026);
		expect(await loadObservatory(t.db, { kind: 'deployment' }, 2026)).toBe(first);
		await refreshObservatoryCounts(t.db, new Date('2026-12-02T11:00:00Z'));
		const next = await loadObservatory(t.db, { kind: 'deployment' }, 2026);
		expect(next).not.toBe(first);
		expect(next.sections).toEqual(first.sections);
	});

	it('gives the most recent year for a year it does not count', async () => {
		const view = await loadObservatory(t.db, { kind: 'deployment' }, 1990);
		expect(view.period.year).toBe(view.years[0]);
	});
});
