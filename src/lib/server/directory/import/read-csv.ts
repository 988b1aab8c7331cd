import { parse } from 'csv-parse/sync';
import { decodeText } from './decode-text';
import { detectSeparator } from './detect-separator';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_DATA_LINES } from './limits';
import { UnreadableFileError, type TableFile } from './table-file';
import { m } from '$lib/i18n';

/**
 * Reads a CSV: encoding and separator detected, quoted fields (with separators and line
 * breaks inside) as csv-parse reads them, in one pass. Stops at the first record past the
 * line limit, and refuses a record wider than the column limit or a cell longer than the cell
 * limit before going on.
 */
export function readCsv(bytes: Uint8Array): TableFile {
	const t = m.directoryImport.errors;
	const { text, encoding } = decodeText(bytes);
	const separator = detectSeparator(text.startsWith('\uFEFF') ? text.slice(1) : text);
	let records: string[][];
	try {
		records = parse(text, {
			bom: true,
			delimiter: separator,
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: false,
			max_record_size: MAX_COLUMNS * MAX_CELL_CHARS,
			// One record past the limit is enough to know the file is too long.
			to: MAX_DATA_LINES + 2,
			on_record: (record: string[]) => {
				if (record.length > MAX_COLUMNS)
					throw new UnreadableFileError(t.tooManyColumns(MAX_COLUMNS));
				return record;
			}
		}) as string[][];
	} catch (cause) {
		if (cause instanceof UnreadableFileError) throw cause;
		const tooWide =
			cause instanceof Error && (cause as { code?: string }).code === 'CSV_MAX_RECORD_SIZE';
		if (tooWide) throw new UnreadableFileError(t.cellTooLong(MAX_CELL_CHARS));
		// csv-parse wraps an error thrown by on_record.
		const inner = cause instanceof Error ? cause.cause : undefined;
		if (inner instanceof UnreadableFileError) throw inner;
		throw new UnreadableFileError(t.csvUnreadable);
	}
	return tableOf(records, `csv${separator}${encoding}`);
}

/** Header and rows, trimmed and checked; shared by the CSV and spreadsheet readers. */
export function tableOf(records: string[][], format: string): TableFile {
	const t = m.directoryImport.errors;
	const [header, ...rows] = records;
	if (!header || header.every((cell) => cell.trim() === '')) throw new UnreadableFileError(t.empty);
	if (rows.length > MAX_DATA_LINES) throw new UnreadableFileError(t.tooManyLines(MAX_DATA_LINES));
	if (header.length > MAX_COLUMNS) throw new UnreadableFileError(t.tooManyColumns(MAX_COLUMNS));
	const clean = (row: string[]) =>
		row.map((cell) => {
			if (cell.length > MAX_CELL_CHARS)
				throw new UnreadableFileError(t.cellTooLong(MAX_CELL_CHARS));
			return cell.trim();
		});
	const headers = clean(header);
	// Trailing empty header cells (a spreadsheet's stray formatting) are not columns.
	while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
	return { format, headers, rows: rows.map(clean) };
}
