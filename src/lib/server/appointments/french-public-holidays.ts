import { addDays } from '$lib/time/calendar-date';

/**
 * The 11 public holidays of metropolitan France (Code du travail, art. L3133-1) for a year,
 * as `YYYY-MM-DD`. Alsace-Moselle's two extra days are not included: the relays served are
 * not there. Easter Sunday itself is always a Sunday, so it is not listed.
 */
export function frenchPublicHolidays(year: number): string[] {
	const easter = easterSunday(year);
	const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map(
		(md) => `${year}-${md}`
	);
	const movable = [1, 39, 50].map((days) => addDays(easter, days)); // Easter Monday, Ascension, Whit Monday
	return [...fixed, ...movable].sort();
}

/** Whether a `YYYY-MM-DD` date is a French public holiday. */
export function isFrenchPublicHoliday(date: string): boolean {
	return frenchPublicHolidays(Number(date.slice(0, 4))).includes(date);
}

/** Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computus), as `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
