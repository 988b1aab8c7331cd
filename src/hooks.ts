import type { Reroute } from '@sveltejs/kit';
import { splitLocalePrefix } from '$lib/i18n/localized-path';

/** `/en/demande` is the request form in English: the language prefix is not part of the route. */
export const reroute: Reroute = ({ url }) => {
	const { locale, path } = splitLocalePrefix(url.pathname);
	return locale ? path : undefined;
};
