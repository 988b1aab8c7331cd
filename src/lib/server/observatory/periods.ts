/*
 * The observatory's periods: calendar years, through their last complete month. Counts are by
 * month; quarters and years are sums of months, so a month never counts in two periods.
 */

/** `2026-03` → `2026-03-01`, the form of `observatory_counts.month`. */
export const monthDate = (month: string): string => `${month}-01`;

/** The months of `year` already complete on `today` (YYYY-MM-DD): all 12 for a past year. */
export function completeMonths(year: number, today: string): string[] {
	const [thisYear, thisMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
	const last = year < thisYear ? 12 : year === thisYear ? thisMonth - 1 : 0;
	return Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The quarter (1–4) of a month `YYYY-MM`. */
export const quarterOf = (month: string): number => Math.ceil(Number(month.slice(5, 7)) / 3);

/** The quarters holding at least one of `months`, each with its months. */
export function quartersOf(months: readonly string[]): { quarter: number; months: string[] }[] {
	const quarters = new Map<number, string[]>();
	for (const month of months) {
		const q = quarterOf(month);
		quarters.set(q, [...(quarters.get(q) ?? []), month]);
	}
	return [...quarters.entries()].map(([quarter, ms]) => ({ quarter, months: ms }));
}

/**
 * The years one may choose: from the first month counted to the last year with a complete
 * month, most recent first.
 */
export function yearsBetween(firstMonth: string | null, today: string): number[] {
	const thisYear = Number(today.slice(0, 4));
	const last = completeMonths(thisYear, today).length > 0 ? thisYear : thisYear - 1;
	const first = firstMonth === null ? last : Math.min(Number(firstMonth.slice(0, 4)), last);
	return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
