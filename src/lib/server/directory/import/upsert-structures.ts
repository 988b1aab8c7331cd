import { eq, inArray } from 'drizzle-orm';
import { careStructures, type CareStructure } from '../../db/schema';
import type { Db } from '../../db/types';
import type { BatchCounts } from './upsert-childminders';
import type { StructureLine } from './structure-line';

const OPTIONAL = ['address', 'hours', 'capacity', 'phone', 'email', 'website'] as const;

function structureValues(line: StructureLine, mapped: Set<string>) {
	const values: Partial<typeof careStructures.$inferInsert> = {
		externalRef: line.externalRef,
		kind: line.kind,
		name: line.name,
		communeInsee: line.communeInsee
	};
	for (const field of OPTIONAL)
		if (mapped.has(field)) Object.assign(values, { [field]: line[field] });
	if (mapped.has('ageMin')) values.ageMinMonths = line.ageMinMonths;
	if (mapped.has('ageMax')) values.ageMaxMonths = line.ageMaxMonths;
	return values;
}

function changesOf(existing: CareStructure, values: Partial<typeof careStructures.$inferInsert>) {
	const changes: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(values)) {
		if ((existing[key as keyof CareStructure] ?? null) !== (value ?? null)) changes[key] = value;
	}
	return changes as Partial<typeof careStructures.$inferInsert>;
}

/** Writes one batch of a list of structures, by their external reference, only what differs. */
export async function upsertStructures(
	db: Db,
	importId: string,
	lines: StructureLine[],
	mapped: Set<string>
): Promise<BatchCounts> {
	const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0 };
	if (lines.length === 0) return counts;
	const existing = await db
		.select()
		.from(careStructures)
		.where(
			inArray(
				careStructures.externalRef,
				lines.map((line) => line.externalRef)
			)
		);
	const byRef = new Map(existing.map((row) => [row.externalRef, row]));
	const created: (typeof careStructures.$inferInsert)[] = [];
	const seen: string[] = [];
	for (const line of lines) {
		const values = structureValues(line, mapped);
		const current = byRef.get(line.externalRef);
		if (!current) {
			created.push({ ...(values as typeof careStructures.$inferInsert), lastImportId: importId });
			continue;
		}
		const changes = changesOf(current, values);
		if (Object.keys(changes).length === 0 && current.active) {
			counts.unchanged += 1;
			if (current.lastImportId !== importId) seen.push(current.id);
			continue;
		}
		await db
			.update(careStructures)
			.set({ ...changes, active: true, lastImportId: importId, updatedAt: new Date() })
			.where(eq(careStructures.id, current.id));
		counts.updated += 1;
	}
	if (created.length > 0) {
		await db.insert(careStructures).values(created);
		counts.created = created.length;
	}
	if (seen.length > 0) {
		await db
			.update(careStructures)
			.set({ lastImportId: importId })
			.where(inArray(careStructures.id, seen));
	}
	return counts;
}
