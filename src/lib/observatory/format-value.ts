import { m } from '$lib/i18n';
import { formatCount, formatDecimal, formatPercent } from '$lib/format/numbers';
import type { PublishedValue } from './published-table';

/**
 * A published value as a person reads it, in a table cell or on a chart: `1 234`, `42 %`,
 * `12 j`, "s" for a count withheld, "—" for a share or statistic not given.
 */
export function formatPublishedValue(value: PublishedValue): string {
	switch (value.kind) {
		case 'count':
			return formatCount(value.n);
		case 'suppressed':
			return m.observatory.values.suppressed;
		case 'share':
			return formatPercent(value.value);
		case 'days':
			return m.observatory.values.days(formatDecimal(value.value));
		case 'weeks':
			return m.observatory.values.weeks(formatDecimal(value.value));
		case 'ratio':
			return formatDecimal(value.value);
		case 'not_published':
			return m.observatory.values.notPublished;
	}
}

/**
 * The number a chart plots: a share as a percentage (0–100), any other shown value as it is;
 * null for a value withheld or not given, which is never drawn as a zero.
 */
export function plottedNumber(value: PublishedValue): number | null {
	switch (value.kind) {
		case 'count':
			return value.n;
		case 'share':
			return value.value * 100;
		case 'days':
		case 'weeks':
		case 'ratio':
			return value.value;
		case 'suppressed':
		case 'not_published':
			return null;
	}
}
