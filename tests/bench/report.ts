import { sqlMultiple, type BudgetCheck } from './budgets';
import type { RouteMeasure, SqlMeasure } from './results';
import { ratio } from './stats';

const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const fixed = (value: number, digits: number) => value.toFixed(digits);
const times = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)} ×`);

function markdownTable(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * One row per route and number of connections, then one per direct-SQL floor. The ratio to
 * the trivial route is of throughputs at the same number of connections (1 = as fast as a
 * page of static text); server/SQL is the page's mean latency over its SQL's (sqlMultiple).
 */
export function routeTable(routes: readonly RouteMeasure[], sql: readonly SqlMeasure[]): string {
	const trivialAt = (connections: number) =>
		routes.find((r) => r.category === 'trivial' && r.connections === connections);
	const rows = routes.map((route) => {
		const trivial = trivialAt(route.connections);
		const share = trivial && route.category !== 'trivial' ? ratio(route.rps, trivial.rps) : null;
		const floor = sql.find((s) => s.route === route.route && s.connections === route.connections);
		return [
			route.note ? `${route.label} (${route.note})` : route.label,
			String(route.connections),
			fixed(route.rps, 1),
			fixed(route.latency.p50Ms, 1),
			fixed(route.latency.p95Ms, 1),
			fixed(route.latency.p99Ms, 1),
			String(route.errors),
			route.category === 'trivial' ? '1 (référence)' : times(share),
			times(sqlMultiple(route, floor))
		];
	});
	const labelOf = (id: string) => routes.find((r) => r.route === id)?.label ?? id;
	const sqlRows = sql.map((s) => [
		`SQL direct : ${labelOf(s.route)} (${s.statements} requêtes)`,
		String(s.connections),
		fixed(s.rps, 1),
		fixed(s.latency.p50Ms, 1),
		fixed(s.latency.p95Ms, 1),
		fixed(s.latency.p99Ms, 1),
		String(s.errors),
		'—',
		'1 (référence)'
	]);
	return markdownTable(
		[
			'route',
			'connexions',
			'req/s',
			'p50 ms',
			'p95 ms',
			'p99 ms',
			'erreurs',
			'débit / route triviale',
			'temps serveur / SQL direct'
		],
		[...rows, ...sqlRows]
	);
}

export function budgetTable(checks: readonly BudgetCheck[]): string {
	return markdownTable(
		['budget (10 connexions)', 'sujet', 'mesure', 'verdict'],
		checks.map((c) => [c.budget, c.subject, c.figure, c.verdict])
	);
}

export interface ReportContext {
	kind: 'postgres' | 'embedded';
	startedAt: string;
	durationSeconds: number;
	warmupSeconds: number;
	connections: readonly number[];
	counts: Record<string, number>;
	peakRssMb: number | null;
	rssSamplesMb: readonly number[];
	machine: string;
}

export function markdownReport(
	context: ReportContext,
	routes: readonly RouteMeasure[],
	sql: readonly SqlMeasure[],
	checks: readonly BudgetCheck[]
): string {
	const database =
		context.kind === 'postgres' ? 'PostgreSQL (postgres.js)' : 'base embarquée (PGlite)';
	const counts = Object.entries(context.counts)
		.map(([name, count]) => `${name} ${count}`)
		.join(', ');
	const lastRss = context.rssSamplesMb.at(-1);
	return [
		`# Banc d’essai : ${database}`,
		'',
		`Mesuré le ${context.startedAt} ; ${context.durationSeconds} s par mesure après ${context.warmupSeconds} s de chauffe, à ${context.connections.join(' et ')} connexion(s). Machine : ${context.machine}.`,
		'',
		`Jeu de données : ${counts || 'comptes non fournis'}.`,
		'',
		routeTable(routes, sql),
		'',
		`RSS maximale du serveur (VmHWM) : ${context.peakRssMb === null ? 'non lue' : `${context.peakRssMb.toFixed(0)} Mo`}${lastRss === undefined ? '' : ` ; dernière RSS relevée ${lastRss.toFixed(0)} Mo, maximum des relevés ${Math.max(...context.rssSamplesMb).toFixed(0)} Mo`}.`,
		'',
		'## Budgets',
		'',
		budgetTable(checks),
		''
	].join('\n');
}
