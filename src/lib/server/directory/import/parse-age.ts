/**
 * An age as a list of structures writes it, in months: `18` (months), `2 mois`, `3 ans`,
 * `2 ans et demi`, `2,5 ans`; null when it is not one (or over 18 years).
 */
export function parseAgeMonths(value: string): number | null {
	const text = value.trim().toLowerCase().replace(',', '.');
	const match = /^(\d{1,3}(?:\.\d+)?)\s*(mois|ans?|an)?(\s+et\s+demi)?$/.exec(text);
	if (!match) return null;
	const amount = Number(match[1]) + (match[3] ? 0.5 : 0);
	const months = match[2]?.startsWith('an') ? amount * 12 : amount;
	if (!Number.isFinite(months) || months > 216) return null;
	return Math.round(months);
}
