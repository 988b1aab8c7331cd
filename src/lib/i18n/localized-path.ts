import { isLocale, type Locale } from './locales';

/**
 * A family page's address carries its language as a first segment (`/en/demande`,
 * `/ar/suivi/…`) so that a shared or mailed link opens in that language; `reroute` (hooks.ts)
 * strips it before routing. French pages keep their plain address (`/demande`); `/fr/…` says
 * French explicitly, which a mailed link and the language links do.
 */

/** The family pages: the home page, the request form and the tracking pages. */
export function isFamilyPath(path: string): boolean {
	return (
		path === '/' ||
		path === '/demande' ||
		path.startsWith('/demande/') ||
		path === '/suivi' ||
		path.startsWith('/suivi/')
	);
}

/** The language a family page's address names, and the address without it. */
export function splitLocalePrefix(pathname: string): { locale: Locale | null; path: string } {
	const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
	const locale = match?.[1];
	if (!match || !isLocale(locale)) return { locale: null, path: pathname };
	const path = match[2] ?? '/';
	return isFamilyPath(path) ? { locale, path } : { locale: null, path: pathname };
}

/** The address of a family page in a language: plain in French, prefixed in the others. */
export function localizedPath(path: string, locale: Locale): string {
	return locale === 'fr' ? path : explicitPath(path, locale);
}

/** The address that names its language in every case, French included (mails, language links). */
export function explicitPath(path: string, locale: Locale): string {
	return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
