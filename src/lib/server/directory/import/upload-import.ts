import type { DirectoryImportKind } from '$lib/directory/directory-options';
import { directoryImports } from '../../db/schema';
import type { Db } from '../../db/types';
import type { CoordinatorUser } from '../../auth/session';
import { recordAudit } from '../../audit/record-audit';
import { readTable } from './read-table';
import { UnreadableFileError } from './table-file';
import { m } from '$lib/i18n';

export type UploadResult = { ok: true; importId: string } | { ok: false; reason: string };

/**
 * Keeps an uploaded list for its mapping page: the file itself (read again at the run), how
 * it was read and its headers. A file that cannot be read is refused with the French reason,
 * and nothing is written.
 */
export async function uploadImport(
	db: Db,
	coordinator: CoordinatorUser,
	upload: { kind: DirectoryImportKind; fileName: string; bytes: Uint8Array }
): Promise<UploadResult> {
	let table;
	try {
		table = await readTable(upload.bytes);
	} catch (cause) {
		if (cause instanceof UnreadableFileError) return { ok: false, reason: cause.message };
		throw cause;
	}
	if (table.headers.every((header) => header === '')) {
		return { ok: false, reason: m.directoryImport.errors.noHeaders };
	}
	const fileName = upload.fileName.replace(/[\\/]/g, '_').slice(0, 200) || 'fichier';
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(directoryImports)
			.values({
				kind: upload.kind,
				fileName,
				file: upload.bytes,
				format: table.format,
				headers: table.headers,
				totalLines: table.rows.length,
				startedBy: coordinator.id
			})
			.returning({ id: directoryImports.id });
		if (!row) throw new Error('import not recorded');
		await recordAudit(tx, {
			actor: { kind: 'staff', userId: coordinator.id },
			relayId: null,
			action: 'directory_import.uploaded',
			entityType: 'directory_import',
			entityId: row.id,
			details: { kind: upload.kind, fileName, format: table.format, lines: table.rows.length }
		});
		return { ok: true as const, importId: row.id };
	});
}
