import { and, eq, inArray, sql } from 'drizzle-orm';
import { childminders, mams, type Childminder } from '../../db/schema';
import type { Db } from '../../db/types';
import { recordAudit, type AuditActor } from '../../audit/record-audit';
import type { ChildminderLine } from './childminder-line';

export interface BatchCounts {
	created: number;
	updated: number;
	unchanged: number;
}

/** The MAMs met in this run, by lower-case name and commune: found or created once each. */
export type MamCache = Map<string, string>;

async function mamIdOf(db: Db, cache: MamCache, line: ChildminderLine): Promise<string | null> {
	if (!line.mamName) return null;
	const key = `${line.mamName.toLowerCase()}|${line.communeInsee}`;
	const known = cache.get(key);
	if (known) return known;
	await db
		.insert(mams)
		.values({ name: line.mamName, address: line.address, communeInsee: line.communeInsee })
		.onConflictDoNothing();
	const [mam] = await db
		.select({ id: mams.id })
		.from(mams)
		.where(
			and(
				sql`lower(${mams.name}) = ${line.mamName.toLowerCase()}`,
				eq(mams.communeInsee, line.communeInsee)
			)
		);
	if (!mam) throw new Error(`MAM not found after insert: ${line.mamName}`);
	cache.set(key, mam.id);
	return mam.id;
}

/** The PMI's fields of a line, as columns; only the mapped ones (and the MAM if mapped). */
function pmiValues(line: ChildminderLine, mamId: string | null, mapped: Set<string>) {
	const values: Partial<typeof childminders.$inferInsert> = {
		licenceNumber: line.licenceNumber,
		lastName: line.lastName,
		firstName: line.firstName,
		placesTotal: line.placesTotal,
		communeInsee: line.communeInsee
	};
	if (mapped.has('licenceGrantedOn')) values.licenceGrantedOn = line.licenceGrantedOn;
	if (mapped.has('licenceRenewalOn')) values.licenceRenewalOn = line.licenceRenewalOn;
	if (mapped.has('placesUnder3')) values.placesUnder3 = line.placesUnder3;
	if (mapped.has('address')) values.address = line.address;
	if (mapped.has('phone')) values.phone = line.phone;
	if (mapped.has('email')) values.email = line.email;
	if (mapped.has('mamName')) {
		values.workSetting = mamId ? 'mam' : 'home';
		values.mamId = mamId;
	}
	return values;
}

/** The values that differ from what is stored: empty when the line changes nothing. */
function changesOf(existing: Childminder, values: Partial<typeof childminders.$inferInsert>) {
	const changes: Partial<typeof childminders.$inferInsert> = {};
	for (const [key, value] of Object.entries(values) as [keyof Childminder, unknown][]) {
		if ((existing[key] ?? null) !== (value ?? null)) {
			(changes as Record<string, unknown>)[key] = value;
		}
	}
	return changes;
}

/**
 * Writes one batch of good lines of the PMI's list: new licence numbers created, known ones
 * updated only where the list differs (a stopped childminder listed again becomes active,
 * audited), each one marked as seen by this import. Never touches her availability, offer,
 * publication choices or objection: those are hers.
 */
export async function upsertChildminders(
	db: Db,
	actor: AuditActor,
	importId: string,
	lines: ChildminderLine[],
	mapped: Set<string>,
	mamCache: MamCache
): Promise<BatchCounts> {
	const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0 };
	if (lines.length === 0) return counts;
	const existing = await db
		.select()
		.from(childminders)
		.where(
			inArray(
				childminders.licenceNumber,
				lines.map((line) => line.licenceNumber)
			)
		);
	const byLicence = new Map(existing.map((row) => [row.licenceNumber, row]));
	const created: (typeof childminders.$inferInsert)[] = [];
	const seen: string[] = [];
	for (const line of lines) {
		const mamId = await mamIdOf(db, mamCache, line);
		const values = pmiValues(line, mamId, mapped);
		const current = byLicence.get(line.licenceNumber);
		// Fewer places than the under-3 ones known, and a list that does not give those: they
		// are no longer known (the database refuses more places under 3 than places).
		if (current && !mapped.has('placesUnder3') && (current.placesUnder3 ?? 0) > line.placesTotal) {
			values.placesUnder3 = null;
		}
		if (!current) {
			created.push({ ...(values as typeof childminders.$inferInsert), lastImportId: importId });
			continue;
		}
		const changes = changesOf(current, values);
		const reactivated = current.status === 'stopped';
		if (Object.keys(changes).length === 0 && !reactivated) {
			counts.unchanged += 1;
			if (current.lastImportId !== importId) seen.push(current.id);
			continue;
		}
		const now = new Date();
		await db
			.update(childminders)
			.set({
				...changes,
				...(reactivated ? { status: 'active' as const, statusChangedAt: now } : {}),
				lastImportId: importId,
				updatedAt: now
			})
			.where(eq(childminders.id, current.id));
		counts.updated += 1;
		if (reactivated) {
			await recordAudit(db, {
				actor,
				relayId: null,
				action: 'childminder.reactivated_by_import',
				entityType: 'childminder',
				entityId: current.id,
				details: { importId, licenceNumber: current.licenceNumber }
			});
		}
	}
	if (created.length > 0) {
		await db.insert(childminders).values(created);
		counts.created = created.length;
	}
	// Seen, unchanged: only the mark of the import that listed her moves, not her data.
	if (seen.length > 0) {
		await db
			.update(childminders)
			.set({ lastImportId: importId })
			.where(inArray(childminders.id, seen));
	}
	return counts;
}
