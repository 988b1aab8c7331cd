import { RELAY_TIME_ZONE } from '$lib/time/paris';
import { formatTime } from './times';

/**
 * Dates as a person reads them, in French: `1er mars 2027` (the first of the month is an
 * ordinal), `lundi 7 décembre 2026`. A `Date` is an instant, read on a Paris clock; a string
 * is a calendar date `YYYY-MM-DD` (a birth date, an agenda day), which has no time zone.
 */
export interface DateStyle {
	/** With the day of the week: `lundi 1er mars 2027`. */
	weekday?: boolean;
	/** With the year (the default); `lundi 1er mars` in an agenda that names its week. */
	year?: boolean;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(timeZone: string, style: DateStyle): Intl.DateTimeFormat {
	const key = `${timeZone}|${style.weekday === true}|${style.year !== false}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat('fr-FR', {
			timeZone,
			day: 'numeric',
			month: 'long',
			...(style.weekday ? { weekday: 'long' as const } : {}),
			...(style.year === false ? {} : { year: 'numeric' as const })
		});
		formats.set(key, format);
	}
	return format;
}

export function formatDate(value: Date | string, style: DateStyle = {}): string {
	const [instant, timeZone] =
		value instanceof Date ? [value, RELAY_TIME_ZONE] : [new Date(`${value}T12:00:00Z`), 'UTC'];
	const words: string[] = [];
	for (const part of formatFor(timeZone, style).formatToParts(instant)) {
		if (part.type === 'weekday' || part.type === 'month' || part.type === 'year') {
			words.push(part.value);
		} else if (part.type === 'day') {
			words.push(part.value === '1' ? '1er' : part.value);
		}
	}
	return words.join(' ');
}

/** `1er mars 2027 à 9 h 00`, an instant in Paris. */
export const formatDateTime = (instant: Date, style: DateStyle = {}) =>
	`${formatDate(instant, style)} à ${formatTime(instant)}`;
