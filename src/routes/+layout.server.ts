import type { LayoutServerLoad } from './$types';

/**
 * The signed-in person (or null) for the header and navigation, and the page's language. This
 * is not a guard: layout loads do not run for form actions, so every staff page and action
 * calls requireUser itself.
 */
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user,
	locale: locals.locale
});
