import { and, eq, lt, sql } from 'drizzle-orm';
import type { DirectoryImportKind } from '$lib/directory/directory-options';
import { directoryImportMappings, directoryImports } from '../../db/schema';
import type { Db } from '../../db/types';
import type { CoordinatorUser } from '../../auth/session';
import { recordAudit } from '../../audit/record-audit';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../db/errors';
import { logger } from '../../log';
import { checkMapping, columnChoiceName, mappingOfChoices } from './column-mapping';
import { STALE_HEARTBEAT_MS } from './limits';
import { ImportTakenOver, failImport, runImport } from './run-import';
import { m } from '$lib/i18n';

export type StartResult =
	| { ok: true; finished: Promise<void> }
	| { ok: false; reason: 'not_found' }
	| {
			ok: false;
			reason: 'mapping';
			errors: Record<string, string>;
			choices: Record<string, string>;
	  }
	| { ok: false; reason: 'already_running' | 'not_startable'; message: string };

/** The failure codes a page words (directoryImport.report). */
export const IMPORT_FAILURES = { interrupted: 'interrupted', error: 'error' } as const;

/**
 * An import whose server died is still 'running' and would hold the slot for ever: past
 * STALE_HEARTBEAT_MS without a heartbeat it is marked failed (interrupted), freeing the slot.
 */
async function releaseStaleRun(db: Db): Promise<void> {
	const staleBefore = new Date(Date.now() - STALE_HEARTBEAT_MS);
	const stale = await db
		.select({ id: directoryImports.id })
		.from(directoryImports)
		.where(
			and(eq(directoryImports.status, 'running'), lt(directoryImports.heartbeatAt, staleBefore))
		);
	for (const { id } of stale) await failImport(db, id, IMPORT_FAILURES.interrupted);
}

/**
 * Starts an uploaded import with the mapping the coordinator confirmed: the mapping checked
 * and remembered for the next list of this kind, then the one running slot taken by a
 * conditional update (the partial unique index `directory_imports_one_running` refuses a
 * second running import, whoever gets there first). The run itself happens after this
 * returns, in this server process; `finished` resolves when it ends (tests await it).
 */
export async function startImport(
	db: Db,
	coordinator: CoordinatorUser,
	importId: string,
	choice: (name: string) => string | null
): Promise<StartResult> {
	const t = m.directoryImport.mapping;
	const [job] = await db
		.select({
			kind: directoryImports.kind,
			headers: directoryImports.headers,
			status: directoryImports.status
		})
		.from(directoryImports)
		.where(eq(directoryImports.id, importId));
	if (!job) return { ok: false, reason: 'not_found' };
	if (job.status !== 'uploaded')
		return { ok: false, reason: 'not_startable', message: t.notStartable };
	const mapping = mappingOfChoices(job.headers, choice);
	const errors = checkMapping(job.kind, job.headers, mapping);
	if (Object.keys(errors).length > 0) {
		const choices = Object.fromEntries(
			job.headers.map((header, index) => [columnChoiceName(index), mapping[header] ?? ''])
		);
		return { ok: false, reason: 'mapping', errors, choices };
	}
	await releaseStaleRun(db);
	let taken: boolean;
	try {
		taken = await db.transaction(async (tx) => {
			const rows = await tx
				.update(directoryImports)
				.set({
					status: 'running',
					mapping,
					startedAt: sql`now()`,
					heartbeatAt: sql`now()`,
					startedBy: coordinator.id
				})
				.where(and(eq(directoryImports.id, importId), eq(directoryImports.status, 'uploaded')))
				.returning({ id: directoryImports.id });
			if (rows.length === 0) return false;
			await rememberMapping(tx, job.kind, mapping);
			await recordAudit(tx, {
				actor: { kind: 'staff', userId: coordinator.id },
				relayId: null,
				action: 'directory_import.started',
				entityType: 'directory_import',
				entityId: importId,
				details: { mapping }
			});
			return true;
		});
	} catch (cause) {
		if (pgErrorCode(cause) === PG_UNIQUE_VIOLATION) {
			return { ok: false, reason: 'already_running', message: t.alreadyRunning };
		}
		throw cause;
	}
	if (!taken) return { ok: false, reason: 'not_startable', message: t.notStartable };
	return { ok: true, finished: runInBackground(db, importId) };
}

async function rememberMapping(db: Db, kind: DirectoryImportKind, mapping: Record<string, string>) {
	await db
		.insert(directoryImportMappings)
		.values({ kind, mapping })
		.onConflictDoUpdate({
			target: directoryImportMappings.kind,
			set: { mapping, updatedAt: sql`now()` }
		});
}

/** After the action has answered: never throws, a failure is recorded on the import. */
function runInBackground(db: Db, importId: string): Promise<void> {
	return new Promise<void>((resolve) => setImmediate(resolve))
		.then(() => runImport(db, importId))
		.catch(async (cause: unknown) => {
			if (cause instanceof ImportTakenOver) return;
			logger.error({ err: cause, importId }, 'directory import failed');
			await failImport(db, importId, IMPORT_FAILURES.error).catch((err: unknown) =>
				logger.error({ err, importId }, 'directory import: failure not recorded')
			);
		});
}
