import { and, asc, count, eq, sum } from 'drizzle-orm';
import {
	careStructureKinds,
	type CareStructureKind,
	type FamilyListStructure
} from '$lib/directory/directory-options';
import { structureAgesInWords } from '$lib/directory/structure-ages';
import { careStructures, childminders, communes, mams } from '../../db/schema';
import type { Db } from '../../db/types';

/**
 * The other care of a relay's territory, shown to its staff and beside every list handed to a
 * family: information, never a preference.
 *
 * The order is neutral: by kind in a fixed order (the one of the national reference's list of
 * kinds, with the MAMs after the crèches familiales), then alphabetically by commune, then by
 * name, with the id to settle a tie. It depends on nothing but these public words: no
 * structure is put first for a family, and every family of the relay sees the same order.
 */
export const structureKindOrder: readonly (CareStructureKind | 'mam')[] = [
	...careStructureKinds.slice(0, careStructureKinds.indexOf('creche_familiale') + 1),
	'mam',
	...careStructureKinds.slice(careStructureKinds.indexOf('creche_familiale') + 1)
];

/** French alphabetical order (accents and case do not come first): the same on every server. */
const byName = (a: string, b: string) =>
	a.localeCompare(b, 'fr', { sensitivity: 'base', numeric: true });

export function compareStructures(a: FamilyListStructure, b: FamilyListStructure): number {
	return (
		structureKindOrder.indexOf(a.kind) - structureKindOrder.indexOf(b.kind) ||
		byName(a.communeName, b.communeName) ||
		byName(a.name, b.name) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/**
 * Every active care structure of the relay's communes, and every MAM of them where at least
 * one active childminder works (its capacity: their places together), all kinds, in the
 * neutral order above.
 */
export async function listStructuresForRelay(
	db: Db,
	relayId: string
): Promise<FamilyListStructure[]> {
	const structures = await db
		.select({ structure: careStructures, communeName: communes.name })
		.from(careStructures)
		.innerJoin(communes, eq(communes.inseeCode, careStructures.communeInsee))
		.where(and(eq(communes.relayId, relayId), eq(careStructures.active, true)));
	const mamRows = await db
		.select({
			mam: mams,
			communeName: communes.name,
			members: count(childminders.id),
			places: sum(childminders.placesTotal)
		})
		.from(mams)
		.innerJoin(communes, eq(communes.inseeCode, mams.communeInsee))
		.innerJoin(
			childminders,
			and(eq(childminders.mamId, mams.id), eq(childminders.status, 'active'))
		)
		.where(eq(communes.relayId, relayId))
		.groupBy(mams.id, communes.name);
	return [
		...structures.map(({ structure: s, communeName }): FamilyListStructure => ({
			id: s.id,
			kind: s.kind,
			name: s.name,
			communeName,
			address: s.address,
			ages: structureAgesInWords(s.ageMinMonths, s.ageMaxMonths),
			hours: s.hours,
			capacity: s.capacity,
			phone: s.phone,
			email: s.email,
			website: s.website
		})),
		...mamRows.map(({ mam, communeName, places }): FamilyListStructure => ({
			id: mam.id,
			kind: 'mam',
			name: mam.name,
			communeName,
			address: mam.address,
			// A MAM's ages are those of each childminder's licence, listed with her.
			ages: '',
			hours: '',
			capacity: places === null ? null : Number(places),
			phone: mam.phone,
			email: mam.email,
			website: null
		}))
	].sort(compareStructures);
}

/** The communes of the relay, by name: where a structure of the relay may be. */
export async function listRelayCommunes(
	db: Db,
	relayId: string
): Promise<{ inseeCode: string; name: string }[]> {
	const rows = await db
		.select({ inseeCode: communes.inseeCode, name: communes.name })
		.from(communes)
		.where(eq(communes.relayId, relayId))
		.orderBy(asc(communes.inseeCode));
	return rows.sort((a, b) => byName(a.name, b.name) || (a.inseeCode < b.inseeCode ? -1 : 1));
}

/** One structure of the relay's communes (active or not), or null: another relay's is absent. */
export async function findStructureForRelay(db: Db, relayId: string, id: string) {
	const [row] = await db
		.select({ structure: careStructures })
		.from(careStructures)
		.innerJoin(communes, eq(communes.inseeCode, careStructures.communeInsee))
		.where(and(eq(careStructures.id, id), eq(communes.relayId, relayId)));
	return row?.structure ?? null;
}
