import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/min';

/**
 * Phone numbers, parsed, checked and written by libphonenumber-js (its `min` metadata, small
 * enough for the browser, which checks the request form as the person types). The relays
 * are in France: a number without a country code is French, a foreign one is typed with its
 * code (+44 … or 0044 …). What is stored is the E.164 form (`+33684630554`), so that the
 * same number typed two ways is one number (duplicates are found by equality).
 */

/** Digits, spaces, dots, dashes, brackets and one leading +: anything else is not a number. */
const TYPED = /^\+?[\d\s.()-]{6,30}$/;

function parse(value: string): PhoneNumber | undefined {
	const typed = value.trim();
	if (!TYPED.test(typed)) return undefined;
	const phone = parsePhoneNumberFromString(typed, 'FR');
	return phone?.isValid() ? phone : undefined;
}

/** The E.164 form of a typed number (`06 84 63 05 54` → `+33684630554`), or null if invalid. */
export function normalizePhone(value: string): string | null {
	return parse(value)?.number ?? null;
}

/**
 * A number as a person reads it: a French one grouped by two (`06 84 63 05 54`), a foreign one
 * in international form (`+44 20 7946 0958`). A value that is not a valid number (typed
 * before numbers were checked) is shown as it was stored.
 */
export function formatPhone(value: string): string {
	const phone = parse(value);
	if (!phone) return value.trim();
	return phone.country === 'FR' ? phone.formatNational() : phone.formatInternational();
}

/** The `tel:` link of a number (E.164, which every phone dials from anywhere). */
export function phoneHref(value: string): string {
	return `tel:${parse(value)?.number ?? value.replace(/[^\d+]/g, '')}`;
}
