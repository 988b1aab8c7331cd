import { z } from 'zod';
import { todayInParis } from '$lib/time/paris';

/**
 * What an export's address may choose: a year (`annee`) among the view's years, and for the
 * CAF report a relay (`relais`) among those of the caller's territory. Anything else is not
 * an export the observatory offers: the routes answer 404.
 */
export const exportQuerySchema = z.object({
	annee: z.coerce.number().int().min(2000).max(2100).optional(),
	relais: z.string().uuid().optional()
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** The query of an export's URL, or null when it names no valid year or relay. */
export function parseExportQuery(url: URL): ExportQuery | null {
	const parsed = exportQuerySchema.safeParse({
		annee: url.searchParams.get('annee') || undefined,
		relais: url.searchParams.get('relais') || undefined
	});
	return parsed.success ? parsed.data : null;
}

/** The most recent year with a complete month: last year in January. */
export function defaultYear(now = new Date()): number {
	const today = todayInParis(now);
	const year = Number(today.slice(0, 4));
	return today.slice(5, 7) === '01' ? year - 1 : year;
}
