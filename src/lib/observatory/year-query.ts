import { z } from '$lib/forms/zod';

/** The query parameter of the year chosen on every observatory page: `?annee=2025`. */
export const YEAR_PARAM = 'annee';

const yearSchema = z.coerce.number().int().min(2000).max(2100);

/**
 * The year asked for, or null when none is, or when what was sent is not a year: the page
 * then shows the most recent year, as it does for a year it has no figures for (an old
 * bookmark), rather than refusing a choice made from its own list.
 */
export function requestedYear(params: URLSearchParams): number | null {
	const raw = params.get(YEAR_PARAM);
	if (raw === null || !/^\d{4}$/.test(raw)) return null;
	const parsed = yearSchema.safeParse(raw);
	return parsed.success ? parsed.data : null;
}

/** A page of the observatory for the year shown: the year travels with every link. */
export const withYear = (path: string, year: number): string =>
	`${path}?${YEAR_PARAM}=${encodeURIComponent(String(year))}`;
