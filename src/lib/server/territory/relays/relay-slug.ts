import { like, or, eq } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { relays } from '../../db/schema';
import { slugify } from '$lib/slug';

/**
 * The slug of a relay's pages (/territoire/relais/vallee-de-la-seiche), from its name: lower
 * case, accents dropped, anything else a hyphen; `relais` if nothing is left. It stays when
 * the name changes, so that links and the CLI keep working.
 */
export const slugFromName = (name: string): string => slugify(name, 'relais');

/**
 * The slugs to try in order for a new relay: the name's, then `-2`, `-3`… past those already
 * taken. Only a guess: two relays created at once may pick the same, and the insert (ON
 * CONFLICT on the unique slug) then moves on to the next.
 */
export async function candidateSlugs(db: Db, name: string, count = 20): Promise<string[]> {
	const base = slugFromName(name);
	const taken = new Set(
		(
			await db
				.select({ slug: relays.slug })
				.from(relays)
				.where(or(eq(relays.slug, base), like(relays.slug, `${base}-%`)))
		).map((r) => r.slug)
	);
	const candidates: string[] = [];
	for (let n = 1; candidates.length < count; n++) {
		const slug = n === 1 ? base : `${base}-${n}`;
		if (!taken.has(slug)) candidates.push(slug);
	}
	return candidates;
}
