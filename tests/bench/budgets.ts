import type { RouteMeasure, SqlMeasure } from './results';
import { ratio } from './stats';

/** The budgets of issue 15, all read at 10 concurrent connections on 2 cores. */
export const BUDGET_CONNECTIONS = 10;
export const PUBLIC_P95_MS = 50;
export const STAFF_P95_MS = 100;
export const MIN_SHARE_OF_TRIVIAL = 0.4;
export const MAX_SQL_MULTIPLE = 3;
export const MAX_RSS_MB = 300;

export type Verdict = 'passe' | 'en deçà' | 'sans objet';

export interface BudgetCheck {
	budget: string;
	subject: string;
	figure: string;
	verdict: Verdict;
}

const verdict = (ok: boolean): Verdict => (ok ? 'passe' : 'en deçà');
const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * Server time over database time: the mean latency of the page over the mean time of its
 * SQL replayed directly, at the same number of connections. With a closed loop (each
 * connection waits for its answer) the mean latency is connections / throughput, so this is
 * also the inverse ratio of their throughputs.
 */
export function sqlMultiple(route: RouteMeasure, sql: SqlMeasure | undefined): number | null {
	if (!sql || sql.latency.count === 0 || route.latency.count === 0) return null;
	return ratio(route.latency.meanMs, sql.latency.meanMs);
}

export function checkBudgets(input: {
	kind: 'postgres' | 'embedded';
	routes: readonly RouteMeasure[];
	sql: readonly SqlMeasure[];
	peakRssMb: number | null;
}): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	const at10 = input.routes.filter((r) => r.connections === BUDGET_CONNECTIONS);
	const trivial = at10.find((r) => r.category === 'trivial');
	for (const route of at10) {
		if (route.category === 'trivial') continue;
		const limit = route.category === 'public' ? PUBLIC_P95_MS : STAFF_P95_MS;
		checks.push({
			budget: `p95 < ${limit} ms`,
			subject: route.label,
			figure: ms(route.latency.p95Ms),
			verdict: verdict(route.latency.count > 0 && route.latency.p95Ms < limit)
		});
	}
	for (const route of at10) {
		if (route.category === 'trivial') continue;
		const share = trivial ? ratio(route.rps, trivial.rps) : null;
		checks.push({
			budget: `débit ≥ ${MIN_SHARE_OF_TRIVIAL * 100} % de la route triviale`,
			subject: route.label,
			figure:
				share === null
					? 'route triviale non mesurée'
					: `${(share * 100).toFixed(1)} % (${route.rps.toFixed(1)} / ${trivial?.rps.toFixed(1)} req/s)`,
			verdict: share === null ? 'sans objet' : verdict(share >= MIN_SHARE_OF_TRIVIAL)
		});
	}
	for (const route of at10) {
		const sql = input.sql.find(
			(s) => s.route === route.route && s.connections === BUDGET_CONNECTIONS
		);
		if (!sql) continue;
		const multiple = sqlMultiple(route, sql);
		checks.push({
			budget: `temps serveur ≤ ${MAX_SQL_MULTIPLE} × SQL direct`,
			subject: route.label,
			figure:
				multiple === null
					? 'non mesuré'
					: `${multiple.toFixed(1)} × (${ms(route.latency.meanMs)} / ${ms(sql.latency.meanMs)})`,
			verdict: multiple === null ? 'sans objet' : verdict(multiple <= MAX_SQL_MULTIPLE)
		});
	}
	checks.push({
		budget: `RSS maximale < ${MAX_RSS_MB} Mo (PostgreSQL)`,
		subject: 'processus node build',
		figure: input.peakRssMb === null ? 'non lue' : `${input.peakRssMb.toFixed(0)} Mo`,
		verdict:
			input.kind !== 'postgres' || input.peakRssMb === null
				? 'sans objet'
				: verdict(input.peakRssMb < MAX_RSS_MB)
	});
	return checks;
}
