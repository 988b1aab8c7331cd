import { asc, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/types';
import { communes, type Commune } from '../db/schema';

export type CommuneMatch =
	| { status: 'found'; commune: Commune }
	| { status: 'ambiguous'; candidates: Commune[] }
	| { status: 'not_found' };

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

/** The communes served by a relay of this deployment, for the form's suggestions. */
export async function listServedCommunes(db: Db): Promise<Commune[]> {
	return db.select().from(communes).where(isNotNull(communes.relayId)).orderBy(asc(communes.name));
}

/**
 * Which served commune a family's text designates: a name, a postal code, the "Name (code)"
 * the suggestions offer, or an INSEE code. A postal code shared by several communes is
 * ambiguous; `chosenInsee` (picked among those) settles it. Not found means not served.
 */
export function matchCommune(served: Commune[], query: string, chosenInsee?: string): CommuneMatch {
	const chosen = chosenInsee ? served.find((c) => c.inseeCode === chosenInsee) : undefined;
	const suggestion = /^(.*)\((\d{5})\)\s*$/.exec(query.trim());
	const name = normaliseCommuneName(suggestion?.[1] ?? query);
	const code = suggestion?.[2] ?? (/^\d{5}$/.test(query.trim()) ? query.trim() : null);

	let candidates = served.filter((c) => normaliseCommuneName(c.name) === name);
	if (suggestion && code) candidates = candidates.filter((c) => c.postalCodes.includes(code));
	if (candidates.length === 0 && code) {
		candidates = served.filter((c) => c.postalCodes.includes(code) || c.inseeCode === code);
	}
	if (chosen && candidates.some((c) => c.inseeCode === chosen.inseeCode))
		return { status: 'found', commune: chosen };
	const [only, ...others] = candidates;
	if (!only) return { status: 'not_found' };
	if (others.length === 0) return { status: 'found', commune: only };
	return { status: 'ambiguous', candidates };
}
