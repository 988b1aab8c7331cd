import type { PublishedValue } from '$lib/observatory/published-table';

/** The sign of a count withheld to protect the families, as the pages' legend shows it. */
export const SUPPRESSED_SIGN = 's';
/** The sign of a share or statistic not given (too few requests, or a part withheld). */
export const NOT_PUBLISHED_SIGN = '—';

/**
 * A published value as a cell of a CSV meant for a French spreadsheet (Excel or LibreOffice in
 * French, separator `;`): counts as plain integers (no thousands space, so they stay numbers),
 * shares as a proportion from 0 to 1 and medians, percentiles and ratios as decimals, all with
 * a decimal comma (what a French spreadsheet reads as a number; a point would turn them into
 * text or dates). The two signs are the pages' own: "s" withheld, "—" not given.
 */
export function cellText(value: PublishedValue): string {
	switch (value.kind) {
		case 'count':
			return String(value.n);
		case 'suppressed':
			return SUPPRESSED_SIGN;
		case 'not_published':
			return NOT_PUBLISHED_SIGN;
		case 'share':
			return decimalComma(value.value, 4);
		case 'days':
		case 'weeks':
		case 'ratio':
			return decimalComma(value.value, 2);
	}
}

/** At most `digits` decimals, trailing zeros dropped: `0,25`, `3`, `1,33`. */
function decimalComma(value: number, digits: number): string {
	const factor = 10 ** digits;
	return String(Math.round(value * factor) / factor).replace('.', ',');
}

/** Whether a value is shown, withheld ("s") or not given ("—"): what must agree everywhere. */
export type CellStatus = 'shown' | 'suppressed' | 'not_published';

export const cellStatus = (value: PublishedValue): CellStatus =>
	value.kind === 'suppressed'
		? 'suppressed'
		: value.kind === 'not_published'
			? 'not_published'
			: 'shown';
