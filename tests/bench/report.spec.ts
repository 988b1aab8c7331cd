import { describe, expect, it } from 'vitest';
import { checkBudgets } from './budgets';
import { routeMeasure, sqlMeasure } from './measure-fixtures';
import { markdownReport, routeTable } from './report';

const routes = [
	routeMeasure('trivial', 'trivial', 10, 1000, 10, { label: 'route triviale' }),
	routeMeasure('queue', 'staff', 10, 250, 40, { label: 'file | demandes', errors: 2 }),
	routeMeasure('submission', 'public', 10, 50, 200, { label: 'envoi', note: '60 brouillons' })
];
const sql = [sqlMeasure('queue', 10, 20)];

describe('routeTable', () => {
	it('prints one row per route and floor, with ratios to the trivial route and to the SQL', () => {
		const lines = routeTable(routes, sql).split('\n');
		expect(lines[0]).toBe(
			'| route | connexions | req/s | p50 ms | p95 ms | p99 ms | erreurs | débit / route triviale | temps serveur / SQL direct |'
		);
		expect(lines[1]).toBe('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
		expect(lines[2]).toBe(
			'| route triviale | 10 | 1000.0 | 10.0 | 10.0 | 10.0 | 0 | 1 (référence) | — |'
		);
		// The pipe of a label is escaped, or it would add a column.
		expect(lines[3]).toBe(
			'| file \\| demandes | 10 | 250.0 | 40.0 | 40.0 | 40.0 | 2 | 0.25 × | 2.00 × |'
		);
		expect(lines[4]).toBe(
			'| envoi (60 brouillons) | 10 | 50.0 | 200.0 | 200.0 | 200.0 | 0 | 0.05 × | — |'
		);
		expect(lines[5]).toBe(
			'| SQL direct : file \\| demandes (3 requêtes) | 10 | 500.0 | 20.0 | 20.0 | 20.0 | 0 | — | 1 (référence) |'
		);
		expect(lines).toHaveLength(6);
	});

	it('gives no ratio when the trivial route was not measured at that number of connections', () => {
		const table = routeTable([routeMeasure('queue', 'staff', 1, 25, 40, { label: 'file' })], []);
		expect(table.split('\n')[2]).toBe('| file | 1 | 25.0 | 40.0 | 40.0 | 40.0 | 0 | — | — |');
	});
});

describe('markdownReport', () => {
	it('gives the database, the dataset, the peak RSS and every budget with its verdict', () => {
		const checks = checkBudgets({ kind: 'postgres', routes, sql, peakRssMb: 120.4 });
		const report = markdownReport(
			{
				kind: 'postgres',
				startedAt: '2026-12-03T16:00:00.000Z',
				durationSeconds: 20,
				warmupSeconds: 5,
				connections: [1, 10],
				counts: { requests: 150000 },
				peakRssMb: 120.4,
				rssSamplesMb: [100, 118, 110],
				machine: '2 cœurs'
			},
			routes,
			sql,
			checks
		);
		expect(report).toContain('# Banc d’essai : PostgreSQL (postgres.js)');
		expect(report).toContain('Jeu de données : requests 150000.');
		expect(report).toContain(
			'RSS maximale du serveur (VmHWM) : 120 Mo ; dernière RSS relevée 110 Mo, maximum des relevés 118 Mo.'
		);
		expect(report).toContain('| p95 < 100 ms | file \\| demandes | 40.0 ms | passe |');
		expect(report).toContain('| p95 < 50 ms | envoi | 200.0 ms | en deçà |');
		expect(report).toContain(
			'| RSS maximale < 300 Mo (PostgreSQL) | processus node build | 120 Mo | passe |'
		);
	});
});
