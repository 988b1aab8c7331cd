import { intlLocaleOf, type Locale } from '$lib/i18n/locales';
import { RELAY_TIME_ZONE, parisClock } from '$lib/time/paris';
import { formatDate, formatDateTime, type DateStyle } from './dates';
import { formatCount } from './numbers';
import { formatPhone } from './phone';
import { formatTime, formatTimeRange } from './times';

/**
 * The formats of one language, carried by its family catalogue (`t.format`): pages, mails
 * and invitations of a request write dates, times, numbers and phone numbers through them.
 * French keeps its own typography (dates.ts, times.ts); the others ask `Intl`, on a Paris
 * clock. In Arabic, a phone number or a reference is wrapped in Unicode isolates (LRI … PDI):
 * without them, the groups of a number written right to left come out in reverse order.
 */
export interface LocaleFormats {
	date(value: Date | string, style?: DateStyle): string;
	dateTime(instant: Date, style?: DateStyle): string;
	time(value: Date | string): string;
	timeRange(start: Date | string, end: Date | string): string;
	count(value: number): string;
	phone(value: string): string;
	/** A value that reads left to right whatever the text around it (a reference, a code). */
	ltr(value: string): string;
}

const LEFT_TO_RIGHT_ISOLATE = '\u2066';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const isolated = (value: string) => `${LEFT_TO_RIGHT_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`;

const french: LocaleFormats = {
	date: formatDate,
	dateTime: formatDateTime,
	time: formatTime,
	timeRange: formatTimeRange,
	count: formatCount,
	phone: formatPhone,
	ltr: (value) => value
};

function intlFormats(locale: Exclude<Locale, 'fr'>): LocaleFormats {
	const tag = intlLocaleOf[locale];
	const dates = new Map<string, Intl.DateTimeFormat>();
	const dateFormat = (timeZone: string, style: DateStyle) => {
		const key = `${timeZone}|${style.weekday === true}|${style.year !== false}`;
		let format = dates.get(key);
		if (!format) {
			format = new Intl.DateTimeFormat(tag, {
				timeZone,
				day: 'numeric',
				month: 'long',
				...(style.weekday ? { weekday: 'long' as const } : {}),
				...(style.year === false ? {} : { year: 'numeric' as const })
			});
			dates.set(key, format);
		}
		return format;
	};
	const date = (value: Date | string, style: DateStyle = {}) =>
		value instanceof Date
			? dateFormat(RELAY_TIME_ZONE, style).format(value)
			: dateFormat('UTC', style).format(new Date(`${value}T12:00:00Z`));
	const time = (value: Date | string) => {
		const [hours, minutes] =
			value instanceof Date
				? [parisClock(value).hours, parisClock(value).minutes]
				: value.split(':').map(Number);
		return `${String(hours ?? 0).padStart(2, '0')}:${String(minutes ?? 0).padStart(2, '0')}`;
	};
	const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
	const ltr = locale === 'ar' ? isolated : (value: string) => value;
	const at = locale === 'ar' ? '، الساعة' : ' at';
	return {
		date,
		dateTime: (instant, style = {}) => `${date(instant, style)}${at} ${time(instant)}`,
		time,
		timeRange: (start, end) => ltr(`${time(start)} – ${time(end)}`),
		count: (value) => integer.format(value),
		phone: (value) => ltr(formatPhone(value)),
		ltr
	};
}

const byLocale: Record<Locale, LocaleFormats> = {
	fr: french,
	en: intlFormats('en'),
	ar: intlFormats('ar')
};

export const formatsFor = (locale: Locale): LocaleFormats => byLocale[locale];
