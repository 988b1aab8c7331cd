import { and, eq } from 'drizzle-orm';
import type { CareStructureKind, FamilyListStructure } from '$lib/directory/directory-options';
import type { CareStructure } from '../../db/schema';
import { careStructures, communes } from '../../db/schema';
import type { Db } from '../../db/types';
import {
	compareStructures,
	findStructureForRelay,
	listRelayCommunes,
	listStructuresForRelay,
	structureKindOrder
} from './list-structures';

export interface StructureGroup {
	kind: CareStructureKind | 'mam';
	structures: FamilyListStructure[];
}

/**
 * The staff page of the other care of the territory: the open structures and MAMs grouped by
 * kind (in the neutral order of `listStructuresForRelay`), and for an admin the closed
 * structures too, so that one closed by mistake can be reopened.
 */
export async function loadStructuresOverview(
	db: Db,
	relayId: string,
	options: { withClosed: boolean }
): Promise<{ groups: StructureGroup[]; closed: FamilyListStructure[] }> {
	const open = await listStructuresForRelay(db, relayId);
	const groups = structureKindOrder
		.map((kind) => ({ kind, structures: open.filter((s) => s.kind === kind) }))
		.filter((group) => group.structures.length > 0);
	if (!options.withClosed) return { groups, closed: [] };
	const closedRows = await db
		.select({ structure: careStructures, communeName: communes.name })
		.from(careStructures)
		.innerJoin(communes, eq(communes.inseeCode, careStructures.communeInsee))
		.where(and(eq(communes.relayId, relayId), eq(careStructures.active, false)));
	const closed = closedRows
		.map(({ structure: s, communeName }): FamilyListStructure => ({
			id: s.id,
			kind: s.kind,
			name: s.name,
			communeName,
			address: s.address,
			ages: '',
			hours: s.hours,
			capacity: s.capacity,
			phone: s.phone,
			email: s.email,
			website: s.website
		}))
		.sort(compareStructures);
	return { groups, closed };
}

/** What the structure form needs: the relay's communes and, to correct one, the structure. */
export async function loadStructureForm(
	db: Db,
	relayId: string,
	structureId: string | null
): Promise<{
	communes: { inseeCode: string; name: string }[];
	structure: CareStructure | null;
}> {
	const structure =
		structureId === null ? null : await findStructureForRelay(db, relayId, structureId);
	return { communes: await listRelayCommunes(db, relayId), structure };
}
