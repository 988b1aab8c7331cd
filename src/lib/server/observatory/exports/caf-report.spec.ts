import { describe, expect, it } from 'vitest';
import { count, fixtureView, s } from '$lib/testing/observatory-view-fixture';
import { cafReport, progression, selectFigures } from './caf-report';
import { figureOf, findTable } from './view-tables';

describe('figureOf', () => {
	const table = findTable(fixtureView(), 'demandes-par-canal');

	it('reads a cell by row and column key, status included', () => {
		expect(figureOf(table, 'online', 'requests')).toEqual(count(40));
		expect(figureOf(table, 'desk', 'requests')).toEqual(s);
		expect(figureOf(table, 'desk', 'share')).toEqual({ kind: 'not_published' });
	});

	it('gives null for an unknown row, column or table', () => {
		expect(figureOf(table, 'fax', 'requests')).toBeNull();
		expect(figureOf(table, 'online', 'median')).toBeNull();
		expect(figureOf(null, 'online', 'requests')).toBeNull();
	});
});

describe('cafReport', () => {
	const current = fixtureView(2026);
	const previous = fixtureView(2025, 2);

	it('selects each figure of the page by table, row and column', () => {
		const report = cafReport(current, null);
		expect(report.channels?.rows.map((r) => r.key)).toEqual([
			'online',
			'monenfant',
			'phone',
			'desk',
			'total'
		]);
		expect(report.channels?.rows.find((r) => r.key === 'monenfant')?.values).toEqual([
			s,
			{ kind: 'not_published' }
		]);
		expect(report.appointments?.rows[0]?.values).toEqual([
			count(70),
			count(60),
			count(45),
			{ kind: 'share', value: 0.75 },
			{ kind: 'days', value: 5 }
		]);
		expect(report.childminders?.rows.map((r) => r.values[0])).toEqual([count(25), count(18)]);
		expect(report.solutions?.rows.map((r) => r.key)).toEqual(['childminder', 'creche', 'total']);
		expect(report.listsGiven?.rows).toHaveLength(3);
		expect(report.outcomes?.rows).toHaveLength(5);
	});

	it('gives the progression on the previous year only where both counts are shown', () => {
		const report = cafReport(current, previous);
		expect(report.previousYear).toBe(2025);
		const online = report.channels?.rows.find((r) => r.key === 'online');
		expect(online?.previous).toEqual(count(80));
		expect(online?.progression).toBeCloseTo(-0.5);
		expect(report.channels?.rows.find((r) => r.key === 'desk')?.progression).toBeNull();
	});

	it('compares no partial year with a whole one', () => {
		const partial = { ...current, period: { year: 2026, months: 11 } };
		const report = cafReport(partial, previous);
		expect(report.previousYear).toBeNull();
		expect(report.channels?.rows.every((r) => r.progression === undefined)).toBe(true);
	});

	it('leaves out a table the view lacks rather than inventing figures', () => {
		expect(selectFigures(current, { table: 'absente', columns: ['requests'] })).toBeNull();
	});

	it('computes a progression from two shown counts only', () => {
		expect(progression(count(110), count(100))).toBeCloseTo(0.1);
		expect(progression(s, count(100))).toBeNull();
		expect(progression(count(5), count(0))).toBeNull();
	});
});
