import { and, eq, sql } from 'drizzle-orm';
import type { DirectoryImportLineError } from '$lib/directory/directory-options';
import { directoryImports } from '../../db/schema';
import type { Db } from '../../db/types';
import { recordAudit, type AuditActor } from '../../audit/record-audit';
import { loadCommuneIndex } from './commune-index';
import { IMPORT_BATCH_LINES } from './limits';
import { lineReader, mappedFields } from './read-import-rows';
import { readTable } from './read-table';
import { lineNumberOf } from './table-file';
import type { ChildminderLine } from './childminder-line';
import type { StructureLine } from './structure-line';
import { upsertChildminders, type BatchCounts, type MamCache } from './upsert-childminders';
import { upsertStructures } from './upsert-structures';
import { m } from '$lib/i18n';

/** The batch could not be recorded: the import is no longer running under this run. */
class ImportTakenOver extends Error {}

/**
 * Runs a started import to its end, in batches of IMPORT_BATCH_LINES lines, one transaction
 * each: the good lines written, the bad ones recorded with their number and reason, the
 * progress, counters and heartbeat updated with them. A line whose key (licence number,
 * reference) was already met in the file is refused with the line it was met on.
 */
export async function runImport(db: Db, importId: string): Promise<void> {
	const [job] = await db.select().from(directoryImports).where(eq(directoryImports.id, importId));
	if (!job || job.status !== 'running') return;
	const actor: AuditActor = { kind: 'staff', userId: job.startedBy };
	const table = await readTable(job.file);
	const read = lineReader(job.kind, table.headers, job.mapping, await loadCommuneIndex(db));
	const mapped = mappedFields(job.mapping);
	const firstSeen = new Map<string, number>();
	const mamCache: MamCache = new Map();
	const errors: DirectoryImportLineError[] = [];
	const totals: BatchCounts = { created: 0, updated: 0, unchanged: 0 };
	const t = m.directoryImport.lineErrors;

	for (let start = 0; start < table.rows.length || start === 0; start += IMPORT_BATCH_LINES) {
		const rows = table.rows.slice(start, start + IMPORT_BATCH_LINES);
		const childminderLines: ChildminderLine[] = [];
		const structureLines: StructureLine[] = [];
		rows.forEach((row, offset) => {
			const line = lineNumberOf(start + offset);
			const read_ = read(row);
			if (!read_) return;
			if (!read_.result.ok) {
				errors.push({ line, reason: read_.result.reason });
				return;
			}
			const key =
				read_.kind === 'childminders'
					? read_.result.value.licenceNumber
					: read_.result.value.externalRef;
			const earlier = firstSeen.get(key);
			if (earlier !== undefined) {
				const reason =
					read_.kind === 'childminders' ? t.licenceTwice(earlier) : t.externalRefTwice(earlier);
				errors.push({ line, reason });
				return;
			}
			firstSeen.set(key, line);
			if (read_.kind === 'childminders') childminderLines.push(read_.result.value);
			else structureLines.push(read_.result.value);
		});
		await db.transaction(async (tx) => {
			const counts =
				job.kind === 'childminders'
					? await upsertChildminders(tx, actor, importId, childminderLines, mapped, mamCache)
					: await upsertStructures(tx, importId, structureLines, mapped);
			totals.created += counts.created;
			totals.updated += counts.updated;
			totals.unchanged += counts.unchanged;
			const recorded = await tx
				.update(directoryImports)
				.set({
					processedLines: start + rows.length,
					createdCount: totals.created,
					updatedCount: totals.updated,
					unchangedCount: totals.unchanged,
					lineErrors: errors,
					heartbeatAt: sql`now()`
				})
				.where(and(eq(directoryImports.id, importId), eq(directoryImports.status, 'running')))
				.returning({ id: directoryImports.id });
			if (recorded.length === 0) throw new ImportTakenOver();
		});
		if (rows.length === 0) break;
		// Lets the server answer its pages between two batches.
		await new Promise((resolve) => setImmediate(resolve));
	}

	await db.transaction(async (tx) => {
		const finished = await tx
			.update(directoryImports)
			.set({ status: 'done', finishedAt: sql`now()`, heartbeatAt: sql`now()` })
			.where(and(eq(directoryImports.id, importId), eq(directoryImports.status, 'running')))
			.returning({ id: directoryImports.id });
		if (finished.length === 0) return;
		await recordAudit(tx, {
			actor,
			relayId: null,
			action: 'directory_import.finished',
			entityType: 'directory_import',
			entityId: importId,
			details: { ...totals, refused: errors.length, lines: table.rows.length }
		});
	});
}

/** Marks a run that broke off as failed (what was imported in earlier batches stays). */
export async function failImport(db: Db, importId: string, failure: string): Promise<void> {
	await db.transaction(async (tx) => {
		const [job] = await tx
			.update(directoryImports)
			.set({ status: 'failed', failure, finishedAt: sql`now()` })
			.where(and(eq(directoryImports.id, importId), eq(directoryImports.status, 'running')))
			.returning({ startedBy: directoryImports.startedBy });
		if (!job) return;
		await recordAudit(tx, {
			actor: { kind: 'system' },
			relayId: null,
			action: 'directory_import.failed',
			entityType: 'directory_import',
			entityId: importId,
			details: { failure }
		});
	});
}

export { ImportTakenOver };
