import type { Cookies } from '@sveltejs/kit';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from '$lib/i18n/locales';
import { isFamilyPath, splitLocalePrefix } from '$lib/i18n/localized-path';

/** Longer than any browser sends; a longer header is read up to here, in one pass. */
const MAX_ACCEPT_LANGUAGE = 512;

/**
 * The browser's first guess (`Accept-Language: ar-MA,ar;q=0.9,fr;q=0.8`): the language with
 * the highest weight that we speak, by its primary subtag; French when none.
 */
export function negotiateLocale(header: string | null): Locale {
	let best: Locale = DEFAULT_LOCALE;
	let bestWeight = 0;
	for (const range of (header ?? '').slice(0, MAX_ACCEPT_LANGUAGE).split(',')) {
		const [tag = '', ...params] = range.trim().split(';');
		const primary = tag.trim().toLowerCase().split('-')[0];
		if (!isLocale(primary)) continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q === undefined ? 1 : Number(q.slice(2));
		if (Number.isFinite(weight) && weight > bestWeight) {
			best = primary;
			bestWeight = weight;
		}
	}
	return best;
}

/** The family pages by route id: the home page, the request form, the tracking pages. */
export function isFamilyRoute(routeId: string | null): boolean {
	if (routeId === null) return false;
	const path = routeId.replace(/^\/\(public\)/, '') || '/';
	return routeId.startsWith('/(public)') && isFamilyPath(path);
}

export interface LocaleChoice {
	locale: Locale;
	/** The address named a language: the choice is remembered in the cookie. */
	named: Locale | null;
}

/**
 * The language of a page: the one its address names, else the remembered choice, else the
 * browser's guess. Staff pages (and the childminders' pages) speak French whatever the choice;
 * a page that does not exist answers in the family's language, as it may be a family's typo.
 */
export function chooseLocale(
	url: URL,
	routeId: string | null,
	cookies: Cookies,
	acceptLanguage: string | null
): LocaleChoice {
	const { locale: named } = splitLocalePrefix(url.pathname);
	if (routeId !== null && !isFamilyRoute(routeId)) return { locale: DEFAULT_LOCALE, named: null };
	const remembered = cookies.get(LOCALE_COOKIE);
	const locale = named ?? (isLocale(remembered) ? remembered : negotiateLocale(acceptLanguage));
	return { locale, named };
}

export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 3600;

export function rememberLocale(cookies: Cookies, locale: Locale, secure: boolean): void {
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: LOCALE_COOKIE_MAX_AGE
	});
}
