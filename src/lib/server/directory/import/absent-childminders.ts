import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { childminders, communes, directoryImports } from '../../db/schema';
import type { Db } from '../../db/types';
import type { CoordinatorUser } from '../../auth/session';
import { recordAudit } from '../../audit/record-audit';
import { m } from '$lib/i18n';

/** Active childminders the import did not list (never listed by an import, or by another). */
const absentFrom = (importId: string) =>
	and(
		eq(childminders.status, 'active'),
		or(isNull(childminders.lastImportId), ne(childminders.lastImportId, importId))
	);

/**
 * Only the latest finished import of the PMI's list may propose its absentees: after a newer
 * one, "absent from this file" no longer means absent from the département's list.
 */
async function isLatestChildminderImport(db: Db, importId: string): Promise<boolean> {
	const [latest] = await db
		.select({ id: directoryImports.id })
		.from(directoryImports)
		.where(and(eq(directoryImports.kind, 'childminders'), eq(directoryImports.status, 'done')))
		.orderBy(desc(directoryImports.finishedAt))
		.limit(1);
	return latest?.id === importId;
}

export interface AbsentChildminders {
	count: number;
	/** The first ones, by name, for the page. */
	shown: { id: string; licenceNumber: string; name: string; communeName: string }[];
}

/** The active childminders absent from a finished import of the PMI's list; null if it is not the latest. */
export async function listAbsentChildminders(
	db: Db,
	importId: string,
	limit = 200
): Promise<AbsentChildminders | null> {
	if (!(await isLatestChildminderImport(db, importId))) return null;
	const [total] = await db
		.select({ count: sql<number>`count(*)::int` })
		.from(childminders)
		.where(absentFrom(importId));
	const rows = await db
		.select({
			id: childminders.id,
			licenceNumber: childminders.licenceNumber,
			lastName: childminders.lastName,
			firstName: childminders.firstName,
			communeName: communes.name
		})
		.from(childminders)
		.innerJoin(communes, eq(communes.inseeCode, childminders.communeInsee))
		.where(absentFrom(importId))
		.orderBy(
			asc(childminders.lastName),
			asc(childminders.firstName),
			asc(childminders.licenceNumber)
		)
		.limit(limit);
	return {
		count: total?.count ?? 0,
		shown: rows.map((row) => ({
			id: row.id,
			licenceNumber: row.licenceNumber,
			name: `${row.lastName} ${row.firstName}`,
			communeName: row.communeName
		}))
	};
}

export type StopAbsentResult =
	| { ok: true; stopped: number }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'not_latest' | 'changed'; message: string };

/**
 * Sets "stopped" the active childminders absent from the latest list, once the coordinator
 * confirmed the count the page showed (if it changed meanwhile, nothing is stopped and the
 * page shows the list again). One audit entry with the count and the ids.
 */
export async function stopAbsentChildminders(
	db: Db,
	coordinator: CoordinatorUser,
	importId: string,
	confirmedCount: number
): Promise<StopAbsentResult> {
	const t = m.directoryImport.report;
	return db.transaction(async (tx) => {
		const [job] = await tx
			.select({
				id: directoryImports.id,
				kind: directoryImports.kind,
				status: directoryImports.status
			})
			.from(directoryImports)
			.where(eq(directoryImports.id, importId))
			.for('update');
		if (!job || job.kind !== 'childminders' || job.status !== 'done')
			return { ok: false, reason: 'not_found' };
		if (!(await isLatestChildminderImport(tx, importId))) {
			return { ok: false, reason: 'not_latest', message: t.stopNotLatest };
		}
		const absent = await tx
			.select({ id: childminders.id })
			.from(childminders)
			.where(absentFrom(importId))
			.for('update');
		if (absent.length !== confirmedCount || absent.length === 0) {
			return { ok: false, reason: 'changed', message: t.stopChanged };
		}
		const ids = absent.map((row) => row.id);
		const now = new Date();
		await tx
			.update(childminders)
			.set({ status: 'stopped', statusChangedAt: now, updatedAt: now })
			.where(and(inArray(childminders.id, ids), eq(childminders.status, 'active')));
		await recordAudit(tx, {
			actor: { kind: 'staff', userId: coordinator.id },
			relayId: null,
			action: 'directory_import.absent_stopped',
			entityType: 'directory_import',
			entityId: importId,
			details: { count: ids.length, childminderIds: ids }
		});
		return { ok: true, stopped: ids.length };
	});
}
