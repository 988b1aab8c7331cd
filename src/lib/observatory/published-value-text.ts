import { formatCount, formatShare } from '$lib/format/numbers';
import type { PublishedValue } from './published-table';

/*
 * A published value as a person reads it on a page: `1 234`, `83 %`, `4,5 j`, and the two
 * signs of the legend, "s" (withheld) and "—" (not given).
 */

const decimal = (value: number): string => String(Math.round(value * 10) / 10).replace('.', ',');

export function publishedValueText(value: PublishedValue | null | undefined): string {
	switch (value?.kind) {
		case 'count':
			return formatCount(value.n);
		case 'suppressed':
			return 's';
		case 'share':
			return formatShare(value.value, 1) ?? '—';
		case 'days':
			return `${decimal(value.value)} j`;
		case 'weeks':
			return `${decimal(value.value)} sem.`;
		case 'ratio':
			return decimal(value.value);
		default:
			return '—';
	}
}

/** A change on the previous year: `+12 %`, `−5 %` (a true minus sign), `0 %`. */
export function progressionText(change: number | null | undefined): string {
	if (change === null || change === undefined) return '—';
	const text = formatShare(Math.abs(change), 1) ?? '—';
	return Math.round(change * 100) === 0 ? text : `${change > 0 ? '+' : '−'}${text}`;
}
