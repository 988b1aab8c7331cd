import type { PublishedValue } from '$lib/observatory/published-table';
import type { ProtectedGrid } from '../protection/grid';

/** The smallest count shown (DOMAIN.md): 5; 11 for a disability or three crossed attributes. */
export const K = 5;
export const K_SENSITIVE = 11;
/** Counts that are not about families (free places, childminders): never withheld. */
export const K_NOT_FAMILIES = 1;
/** A share or a statistic is given only from this many requests. */
export const MIN_DENOMINATOR = 11;

/** The territory's own cells are at place `T`; a commune's at `c:<INSEE>`. */
export const TERRITORY = 'T';

/** One cell's key: measure, category, period (`YYYY-MM`, `YYYY-Qn`, `YYYY`, `now`), place. */
export const cellKey = (measure: string, category: string, period: string, place = TERRITORY) =>
	`${measure}|${category}|${period}|${place}`;

export function countValue(grid: ProtectedGrid, key: string): PublishedValue {
	const cell = grid.get(key);
	if (!cell) throw new Error(`no protected cell ${key}`);
	return cell.shown ? { kind: 'count', n: cell.n } : { kind: 'suppressed' };
}

/** The count of a cell when it is shown, else null. */
export function shownCount(grid: ProtectedGrid, key: string): number | null {
	const cell = grid.get(key);
	return cell?.shown ? cell.n : null;
}

/**
 * A share is given when its denominator is at least 11 and both counts are shown: a share of a
 * withheld count would give the count back.
 */
export function shareValue(grid: ProtectedGrid, part: string, whole: string): PublishedValue {
	const [p, w] = [shownCount(grid, part), shownCount(grid, whole)];
	if (p === null || w === null || w < MIN_DENOMINATOR) return { kind: 'not_published' };
	return { kind: 'share', value: p / w };
}

/** Free places per open request: only from 11 open requests, both counts shown. */
export function ratioValue(grid: ProtectedGrid, part: string, whole: string): PublishedValue {
	const [p, w] = [shownCount(grid, part), shownCount(grid, whole)];
	if (p === null || w === null || w < MIN_DENOMINATOR) return { kind: 'not_published' };
	return { kind: 'ratio', value: p / w };
}

/**
 * The value under which `fraction` of the counted requests fall, from a histogram of whole
 * units (days, weeks) in order; null when it lies past the last counted unit.
 */
export function percentileOf(
	histogram: readonly { value: number | null; n: number }[],
	fraction: number
): number | null {
	const total = histogram.reduce((acc, bucket) => acc + bucket.n, 0);
	if (total === 0) return null;
	const rank = Math.ceil(fraction * total);
	let seen = 0;
	for (const bucket of histogram) {
		seen += bucket.n;
		if (seen >= rank) return bucket.value;
	}
	return null;
}

/**
 * A median or percentile of a group, given when the group counts at least 11 requests and its
 * count is shown.
 */
export function statisticValue(
	grid: ProtectedGrid,
	groupKey: string,
	value: number | null,
	kind: 'days' | 'weeks'
): PublishedValue {
	const n = shownCount(grid, groupKey);
	if (n === null || n < MIN_DENOMINATOR || value === null) return { kind: 'not_published' };
	return { kind, value };
}

export const hasSuppressed = (values: readonly PublishedValue[]) =>
	values.some((v) => v.kind === 'suppressed');
