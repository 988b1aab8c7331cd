import { LOCALE_COOKIE, isLocale, type Locale } from '$lib/i18n/locales';
import { explicitPath, splitLocalePrefix } from '$lib/i18n/localized-path';

/**
 * Where a tracking page should send its visitor so that it speaks the request's language, or
 * null to stay. Only when nothing else chose: the address names no language and no cookie
 * remembers one (a link copied without its prefix, an old mail). Then Accept-Language was only
 * a guess, and the request's own language (the one its family chose) is a better one. The
 * explicit address names it (`/fr/…` too), so the choice is remembered in the cookie and the
 * redirect happens once.
 */
export function requestLanguageAddress(
	url: URL,
	remembered: string | undefined,
	pageLocale: Locale,
	requestLocale: Locale | null
): string | null {
	if (requestLocale === null || requestLocale === pageLocale) return null;
	if (splitLocalePrefix(url.pathname).locale !== null || isLocale(remembered)) return null;
	return `${explicitPath(url.pathname, requestLocale)}${url.search}`;
}

/** The cookie that `requestLanguageAddress` reads, for its callers. */
export const rememberedLocale = (cookies: { get(name: string): string | undefined }) =>
	cookies.get(LOCALE_COOKIE);
