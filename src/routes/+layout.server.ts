import { isFamilyPath, splitLocalePrefix } from '$lib/i18n/localized-path';
import type { LayoutServerLoad } from './$types';

/**
 * The signed-in person (or null) for the header and navigation, and the page's language. This
 * is not a guard: layout loads do not run for form actions, so every staff page and action
 * calls requireUser itself.
 *
 * Reading the address makes SvelteKit run this load again after every client-side navigation:
 * the language changes between a family page (the family's) and a staff page (French).
 */
export const load: LayoutServerLoad = ({ locals, url }) => ({
	user: locals.user,
	locale: locals.locale,
	familyPage: isFamilyPath(splitLocalePrefix(url.pathname).path)
});
