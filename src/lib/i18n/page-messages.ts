import { page } from '$app/state';
import { familyMessagesOf, type FamilyMessages } from './family';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/** The language of the page shown: the family's on family pages, French on staff pages. */
export function pageLocale(): Locale {
	const locale: unknown = page.data.locale;
	return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * The family catalogue of the page shown, for components: `const t = $derived(pageMessages())`.
 * Staff pages get the French one, so a component shared by both reads the same keys.
 */
export const pageMessages = (): FamilyMessages => familyMessagesOf(pageLocale());
