import { asc } from 'drizzle-orm';
import type { Db } from '../db/types';
import { communes, type Commune } from '../db/schema';
import { closestNames } from './name-similarity';

/**
 * What a family's text designates among the communes the portal knows (served or not):
 * - found: one commune (served or not: the caller decides what "not served" means for it);
 * - ambiguous: several (a postal code shared by several communes), to choose from;
 * - unknown: no known commune has this name or code; the closest names are suggested.
 */
export type CommuneMatch =
	| { status: 'found'; commune: Commune }
	| { status: 'ambiguous'; candidates: Commune[] }
	| { status: 'unknown'; suggestions: Commune[] };

/** How many close names an unknown text gets: enough for a typo, few enough to read. */
export const MAX_SUGGESTIONS = 5;

/** "L’Hermitage", "l'hermitage" and "L HERMITAGE" are the same commune. */
export function normaliseCommuneName(value: string): string {
	return value
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[’'`\-_.]/g, ' ')
		.replace(/\bst\b/g, 'saint')
		.replace(/\bste\b/g, 'sainte')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Every commune the portal knows: those served by a relay of this deployment and real
 * communes outside its territory (relay_id null), so that a commune outside is told apart
 * from a typo.
 */
export async function listKnownCommunes(db: Db): Promise<Commune[]> {
	return db.select().from(communes).orderBy(asc(communes.name), asc(communes.inseeCode));
}

export const isServed = (commune: Commune) => commune.relayId !== null;

/** The known communes whose names are closest to `text` (served first on a tie). */
export function suggestCommunes(known: Commune[], text: string): Commune[] {
	return closestNames(
		known.map((commune) => ({
			item: commune,
			name: normaliseCommuneName(commune.name),
			tieBreak: isServed(commune) ? 0 : 1
		})),
		normaliseCommuneName(text),
		MAX_SUGGESTIONS
	);
}

/**
 * Which known commune a family's text designates: a name, a postal code, the "Name (code)"
 * the suggestions offer, or an INSEE code. A postal code shared by several communes is
 * ambiguous; `chosenInsee` (picked among those, or among the suggestions for a misspelt
 * name) settles it.
 */
export function matchCommune(known: Commune[], query: string, chosenInsee?: string): CommuneMatch {
	const chosen = chosenInsee ? known.find((c) => c.inseeCode === chosenInsee) : undefined;
	const suggestion = /^(.*)\((\d{5})\)\s*$/.exec(query.trim());
	const typedName = suggestion?.[1] ?? query;
	const name = normaliseCommuneName(typedName);
	const code = suggestion?.[2] ?? (/^\d{5}$/.test(query.trim()) ? query.trim() : null);

	let candidates = known.filter((c) => normaliseCommuneName(c.name) === name);
	if (suggestion && code) candidates = candidates.filter((c) => c.postalCodes.includes(code));
	if (candidates.length === 0 && code) {
		candidates = known.filter((c) => c.postalCodes.includes(code) || c.inseeCode === code);
	}
	if (chosen && candidates.some((c) => c.inseeCode === chosen.inseeCode))
		return { status: 'found', commune: chosen };
	const [only, ...others] = candidates;
	if (only && others.length === 0) return { status: 'found', commune: only };
	if (only) return { status: 'ambiguous', candidates };

	// A code nobody has is not a name: no look-alikes for digits.
	const suggestions = /^\d+$/.test(name) ? [] : suggestCommunes(known, typedName);
	if (chosen && suggestions.some((c) => c.inseeCode === chosen.inseeCode))
		return { status: 'found', commune: chosen };
	return { status: 'unknown', suggestions };
}
