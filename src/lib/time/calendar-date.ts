/**
 * Calendar dates as `YYYY-MM-DD` strings (no time zone, no time): birth dates, start dates,
 * the days of an agenda. Arithmetic is on the calendar, so a day is a day even on the 23- or
 * 25-hour days of a clock change. Today's date is `todayInParis` (./paris.ts).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Accepts 2026-03-15 (date inputs) and 15/03/2026 (typed by hand); null if not a real date. */
export function parseDateInput(value: string): string | null {
	const v = value.trim();
	const iso = ISO.exec(v);
	const fr = FRENCH.exec(v);
	const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : fr ? [fr[3], fr[2], fr[1]] : [];
	if (!y || !mo || !d) return null;
	const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
	if (
		date.getUTCFullYear() !== Number(y) ||
		date.getUTCMonth() !== Number(mo) - 1 ||
		date.getUTCDate() !== Number(d)
	) {
		return null;
	}
	return date.toISOString().slice(0, 10);
}

const shift = (iso: string, apply: (d: Date) => void) => {
	const d = new Date(`${iso}T00:00:00Z`);
	apply(d);
	return d.toISOString().slice(0, 10);
};
/** The calendar date `days` after `iso` (before it when negative). */
export const addDays = (iso: string, days: number) =>
	shift(iso, (d) => d.setUTCDate(d.getUTCDate() + days));
export const addMonths = (iso: string, months: number) =>
	shift(iso, (d) => d.setUTCMonth(d.getUTCMonth() + months));
export const addYears = (iso: string, years: number) =>
	shift(iso, (d) => d.setUTCFullYear(d.getUTCFullYear() + years));

/** Whole months from one date to another (age at a date). */
export function monthsBetween(from: string, to: string): number {
	const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
	return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** ISO weekday of a calendar date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
	const day = new Date(`${date}T12:00:00Z`).getUTCDay();
	return day === 0 ? 7 : day;
}
