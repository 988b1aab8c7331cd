import { eq } from 'drizzle-orm';
import { directoryImportMappings, directoryImports } from '../../db/schema';
import type { Db } from '../../db/types';
import { listAbsentChildminders, type AbsentChildminders } from './absent-childminders';
import { mappingOfChoices, proposeMapping } from './column-mapping';
import { loadCommuneIndex } from './commune-index';
import { importFieldsOf } from './import-fields';
import { PREVIEW_LINES } from './limits';
import { lineReader } from './read-import-rows';
import { readTable } from './read-table';
import { lineNumberOf } from './table-file';
import { isStale } from './list-imports';
import { previewColumnsOf } from './preview-columns';

/** Bad lines shown per page of the report. */
export const ERRORS_PER_PAGE = 100;

export interface PreviewLine {
	line: number;
	/** The value of each mapped field as it would be imported, in the fields' order. */
	values: Record<string, string>;
	reason: string | null;
}

const shown = (value: unknown): string =>
	value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);

/** The first lines as the mapping would import them, or the reason each would be refused. */
async function previewOf(
	db: Db,
	job: { kind: 'childminders' | 'structures'; file: Uint8Array; headers: string[] },
	mapping: Record<string, string>
) {
	const table = await readTable(job.file);
	const read = lineReader(job.kind, job.headers, mapping, await loadCommuneIndex(db));
	const lines: PreviewLine[] = [];
	for (let index = 0; index < table.rows.length && lines.length < PREVIEW_LINES; index += 1) {
		const row = table.rows[index];
		const outcome = row ? read(row) : null;
		if (!outcome) continue;
		const result = outcome.result;
		lines.push({
			line: lineNumberOf(index),
			values: result.ok
				? Object.fromEntries(
						Object.entries(result.value).map(([key, value]) => [key, shown(value)])
					)
				: {},
			reason: result.ok ? null : result.reason
		});
	}
	return lines;
}

/**
 * Everything the page of one import shows: the mapping proposed (or confirmed) and, before
 * the start, the preview by it; the progress while it runs; the report (bad lines paged, the
 * absent childminders) once done. Null when there is no such import.
 */
export async function loadImportPage(
	db: Db,
	importId: string,
	options: { errorsPage: number; choice?: (name: string) => string | null }
) {
	const [job] = await db.select().from(directoryImports).where(eq(directoryImports.id, importId));
	if (!job) return null;
	const fields = importFieldsOf(job.kind).map(({ name, required }) => ({ name, required }));
	let mapping = job.mapping;
	let preview: PreviewLine[] = [];
	if (job.status === 'uploaded') {
		const [remembered] = await db
			.select({ mapping: directoryImportMappings.mapping })
			.from(directoryImportMappings)
			.where(eq(directoryImportMappings.kind, job.kind));
		mapping = options.choice
			? mappingOfChoices(job.headers, options.choice)
			: proposeMapping(job.kind, job.headers, remembered?.mapping ?? null);
		preview = await previewOf(db, job, mapping);
	}
	const pageCount = Math.max(1, Math.ceil(job.lineErrors.length / ERRORS_PER_PAGE));
	const errorsPage = Math.min(Math.max(1, options.errorsPage), pageCount);
	let absent: AbsentChildminders | null = null;
	if (job.status === 'done' && job.kind === 'childminders')
		absent = await listAbsentChildminders(db, job.id);
	return {
		id: job.id,
		kind: job.kind,
		status: job.status,
		stale: isStale(job.status, job.heartbeatAt),
		fileName: job.fileName,
		format: job.format,
		headers: job.headers,
		fields,
		mapping,
		preview,
		previewColumns: [...previewColumnsOf(job.kind)] as string[],
		totalLines: job.totalLines,
		processedLines: job.processedLines,
		counts: { created: job.createdCount, updated: job.updatedCount, unchanged: job.unchangedCount },
		failure: job.failure,
		errorCount: job.lineErrors.length,
		errors: job.lineErrors.slice((errorsPage - 1) * ERRORS_PER_PAGE, errorsPage * ERRORS_PER_PAGE),
		errorsPage,
		pageCount,
		absent
	};
}
export type ImportPage = NonNullable<Awaited<ReturnType<typeof loadImportPage>>>;
