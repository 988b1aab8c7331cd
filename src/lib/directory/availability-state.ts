import type { AvailabilityState } from './directory-options';

/**
 * Whether her availability can be relied on today (YYYY-MM-DD): declared and still within its
 * validity, or "à confirmer" — never declared, or past the date her declaration held until.
 * The one rule for the search, her page in the directory and her own page.
 */
export function availabilityStateOf(validUntil: string | null, today: string): AvailabilityState {
	return validUntil !== null && validUntil >= today ? 'declared' : 'to_confirm';
}
