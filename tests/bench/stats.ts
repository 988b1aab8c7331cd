/**
 * Latency figures computed from every response time the load recorded, not from
 * autocannon's histogram: autocannon reports p50, p90, p97.5 and p99 but not the p95 the
 * budgets are written in.
 */
export interface LatencySummary {
	count: number;
	meanMs: number;
	p50Ms: number;
	p95Ms: number;
	p99Ms: number;
	maxMs: number;
}

/**
 * The nearest-rank percentile of values sorted in ascending order: the smallest value such
 * that at least `p` percent of the values are at or below it. No interpolation, so every
 * figure printed is a latency that was really measured.
 */
export function percentile(sortedAscending: readonly number[], p: number): number {
	if (sortedAscending.length === 0) throw new Error('percentile of no values');
	if (!(p > 0 && p <= 100)) throw new Error(`percentile ${p} is not in ]0, 100]`);
	const rank = Math.ceil((p / 100) * sortedAscending.length);
	const value = sortedAscending[Math.min(rank, sortedAscending.length) - 1];
	if (value === undefined) throw new Error('percentile out of range');
	return value;
}

export function summarize(latenciesMs: readonly number[]): LatencySummary {
	if (latenciesMs.length === 0)
		return { count: 0, meanMs: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 };
	const sorted = [...latenciesMs].sort((a, b) => a - b);
	const sum = sorted.reduce((total, value) => total + value, 0);
	return {
		count: sorted.length,
		meanMs: sum / sorted.length,
		p50Ms: percentile(sorted, 50),
		p95Ms: percentile(sorted, 95),
		p99Ms: percentile(sorted, 99),
		maxMs: sorted[sorted.length - 1] ?? 0
	};
}

/** `numerator / denominator`, or null when the denominator measured nothing. */
export function ratio(numerator: number, denominator: number): number | null {
	return denominator > 0 && Number.isFinite(numerator) ? numerator / denominator : null;
}
