import { and, eq } from 'drizzle-orm';
import type { CareStructureInput } from '$lib/forms/care-structure';
import { recordAudit } from '../../audit/record-audit';
import type { RelayStaffUser } from '../../auth/session';
import { careStructures, communes } from '../../db/schema';
import type { Database, Db } from '../../db/types';

/**
 * A relay admin adds or corrects a structure of one of the relay's communes by hand (the
 * import brings the rest). A commune of another relay, or a structure of another relay, is
 * "not found", exactly like a missing one. Audited in the transaction of the change.
 */
export type StructureEditResult =
	{ ok: true; id: string } | { ok: false; reason: 'not_found' | 'commune' };

const fields = (input: CareStructureInput) => ({
	kind: input.kind,
	name: input.name,
	communeInsee: input.communeInsee,
	address: input.address,
	ageMinMonths: input.ageMinMonths,
	ageMaxMonths: input.ageMaxMonths,
	hours: input.hours,
	capacity: input.capacity,
	phone: input.phone,
	email: input.email,
	website: input.website
});

async function servesCommune(tx: Db, relayId: string, inseeCode: string): Promise<boolean> {
	const [row] = await tx
		.select({ inseeCode: communes.inseeCode })
		.from(communes)
		.where(and(eq(communes.inseeCode, inseeCode), eq(communes.relayId, relayId)));
	return row !== undefined;
}

/** A new structure, open (shown to families). */
export async function createStructure(
	db: Database,
	admin: RelayStaffUser,
	input: CareStructureInput
): Promise<StructureEditResult> {
	return db.transaction(async (tx) => {
		if (!(await servesCommune(tx, admin.relayId, input.communeInsee)))
			return { ok: false as const, reason: 'commune' as const };
		const [row] = await tx
			.insert(careStructures)
			.values({ ...fields(input), active: true })
			.returning({ id: careStructures.id });
		if (!row) throw new Error('care structure not inserted');
		await recordAudit(tx, {
			actor: { kind: 'staff', userId: admin.id },
			relayId: admin.relayId,
			action: 'care_structure.created',
			entityType: 'care_structure',
			entityId: row.id,
			details: fields(input)
		});
		return { ok: true as const, id: row.id };
	});
}

/** Corrects a structure of the relay's communes; it may move to another of them, or close. */
export async function updateStructure(
	db: Database,
	admin: RelayStaffUser,
	id: string,
	input: CareStructureInput
): Promise<StructureEditResult> {
	return db.transaction(async (tx) => {
		const [found] = await tx
			.select({ structure: careStructures })
			.from(careStructures)
			.innerJoin(communes, eq(communes.inseeCode, careStructures.communeInsee))
			.where(and(eq(careStructures.id, id), eq(communes.relayId, admin.relayId)))
			.for('update', { of: careStructures });
		if (!found) return { ok: false as const, reason: 'not_found' as const };
		if (!(await servesCommune(tx, admin.relayId, input.communeInsee)))
			return { ok: false as const, reason: 'commune' as const };
		const before = found.structure;
		const after = { ...fields(input), active: input.active };
		await tx
			.update(careStructures)
			.set({ ...after, updatedAt: new Date() })
			.where(eq(careStructures.id, before.id));
		const changed = Object.fromEntries(
			(Object.keys(after) as (keyof typeof after)[])
				.filter((key) => before[key] !== after[key])
				.map((key) => [key, { from: before[key], to: after[key] }])
		);
		await recordAudit(tx, {
			actor: { kind: 'staff', userId: admin.id },
			relayId: admin.relayId,
			action: 'care_structure.updated',
			entityType: 'care_structure',
			entityId: before.id,
			details: { changed }
		});
		return { ok: true as const, id: before.id };
	});
}
