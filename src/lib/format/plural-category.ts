import { intlLocaleOf, type Locale } from '$lib/i18n/locales';

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * The plural category of a number in a language (`Intl.PluralRules`): Arabic has six ("one",
 * "two", "few" for 3 to 10, "many" for 11 to 99, "other" for 100…, "zero"), and the form of
 * the noun after the number follows it.
 */
export function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
	let rule = rules.get(locale);
	if (!rule) {
		rule = new Intl.PluralRules(intlLocaleOf[locale]);
		rules.set(locale, rule);
	}
	return rule.select(n);
}
