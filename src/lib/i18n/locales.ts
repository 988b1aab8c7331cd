/**
 * The languages of the family pages, mails and invitations. French is the reference: every
 * other catalogue has its shape. Staff pages stay in French.
 */
export const locales = ['fr', 'en', 'ar'] as const;
export type Locale = (typeof locales)[number];

export const DEFAULT_LOCALE: Locale = 'fr';

export const isLocale = (value: unknown): value is Locale =>
	typeof value === 'string' && (locales as readonly string[]).includes(value);

/** Arabic reads right to left; the layout mirrors through CSS logical properties. */
export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

/** Each language named in itself, as the language links show it. */
export const localeNames: Record<Locale, string> = {
	fr: 'Français',
	en: 'English',
	ar: 'العربية'
};

/** The tag given to `Intl`: Arabic with Western digits, as in the Maghreb and in France. */
export const intlLocaleOf: Record<Locale, string> = {
	fr: 'fr-FR',
	en: 'en-GB',
	ar: 'ar-u-nu-latn'
};

/** The cookie that remembers the family's choice (a year; not a personal datum). */
export const LOCALE_COOKIE = 'guichet_langue';
