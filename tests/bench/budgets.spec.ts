import { describe, expect, it } from 'vitest';
import { checkBudgets, sqlMultiple } from './budgets';
import { routeMeasure, sqlMeasure } from './measure-fixtures';

const trivial = routeMeasure('trivial', 'trivial', 10, 1000, 10);

describe('checkBudgets', () => {
	it('passes a public page under 50 ms at p95 and fails one at 50 ms or more', () => {
		const checks = checkBudgets({
			kind: 'postgres',
			routes: [
				trivial,
				routeMeasure('home', 'public', 10, 900, 49),
				routeMeasure('tracking', 'public', 10, 900, 50)
			],
			sql: [],
			peakRssMb: 100
		});
		const p95 = checks.filter((c) => c.budget === 'p95 < 50 ms');
		expect(p95.map((c) => [c.subject, c.verdict])).toEqual([
			['home', 'passe'],
			['tracking', 'en deçà']
		]);
		expect(p95[1]?.figure).toBe('50.0 ms');
	});

	it('holds staff pages to 100 ms, and only reads the runs at 10 connections', () => {
		const checks = checkBudgets({
			kind: 'postgres',
			routes: [
				trivial,
				routeMeasure('queue', 'staff', 10, 500, 99),
				// At one connection it is slow, but budgets are read at ten.
				routeMeasure('queue', 'staff', 1, 5, 900)
			],
			sql: [],
			peakRssMb: 100
		});
		expect(checks.filter((c) => c.budget.startsWith('p95'))).toEqual([
			{ budget: 'p95 < 100 ms', subject: 'queue', figure: '99.0 ms', verdict: 'passe' }
		]);
	});

	it('compares throughput with the trivial route at 40 %', () => {
		const checks = checkBudgets({
			kind: 'postgres',
			routes: [
				trivial,
				routeMeasure('observatory', 'staff', 10, 400, 20),
				routeMeasure('directory', 'staff', 10, 399, 20)
			],
			sql: [],
			peakRssMb: null
		});
		const shares = checks.filter((c) => c.budget.startsWith('débit'));
		expect(shares.map((c) => [c.subject, c.verdict, c.figure])).toEqual([
			['observatory', 'passe', '40.0 % (400.0 / 1000.0 req/s)'],
			['directory', 'en deçà', '39.9 % (399.0 / 1000.0 req/s)']
		]);
	});

	it('allows three times the direct SQL, not more', () => {
		const checks = checkBudgets({
			kind: 'postgres',
			routes: [
				trivial,
				routeMeasure('queue', 'staff', 10, 500, 30),
				routeMeasure('directory', 'staff', 10, 500, 31)
			],
			sql: [
				sqlMeasure('queue', 10, 10),
				sqlMeasure('directory', 10, 10),
				sqlMeasure('queue', 1, 1)
			],
			peakRssMb: 100
		});
		const multiples = checks.filter((c) => c.budget.startsWith('temps serveur'));
		expect(multiples.map((c) => [c.subject, c.verdict])).toEqual([
			['queue', 'passe'],
			['directory', 'en deçà']
		]);
		expect(multiples[1]?.figure).toBe('3.1 × (31.0 ms / 10.0 ms)');
	});

	it('holds the peak RSS to 300 MB on PostgreSQL only', () => {
		const rss = (kind: 'postgres' | 'embedded', peakRssMb: number | null) =>
			checkBudgets({ kind, routes: [], sql: [], peakRssMb }).find((c) => c.budget.startsWith('RSS'))
				?.verdict;
		expect(rss('postgres', 299)).toBe('passe');
		expect(rss('postgres', 300)).toBe('en deçà');
		expect(rss('embedded', 400)).toBe('sans objet');
		expect(rss('postgres', null)).toBe('sans objet');
	});

	it('says when the trivial route was not measured instead of inventing a ratio', () => {
		const [, share] = checkBudgets({
			kind: 'postgres',
			routes: [routeMeasure('home', 'public', 10, 900, 10)],
			sql: [],
			peakRssMb: 1
		});
		expect(share).toMatchObject({ verdict: 'sans objet', figure: 'route triviale non mesurée' });
	});
});

describe('sqlMultiple', () => {
	it('is the mean latency of the page over that of its SQL', () => {
		expect(sqlMultiple(routeMeasure('q', 'staff', 10, 1, 45), sqlMeasure('q', 10, 15))).toBe(3);
		expect(sqlMultiple(routeMeasure('q', 'staff', 10, 1, 45), undefined)).toBeNull();
	});
});
