import ExcelJS from 'exceljs';
import { MAX_COLUMNS, MAX_DATA_LINES, MAX_UNZIPPED_BYTES } from './limits';
import { declaredUnzippedBytes } from './zip-size';
import { tableOf } from './read-csv';
import { UnreadableFileError, type TableFile } from './table-file';
import { m } from '$lib/i18n';

/** A cell's value as text: dates as yyyy-mm-dd, numbers as written, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value === 'string') return value;
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('hyperlink' in value)
		return typeof value.text === 'string' ? value.text : cellText(value.text);
	if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
	if ('error' in value) return '';
	return '';
}

/** Reads the first sheet of a spreadsheet (.xlsx). */
export async function readXlsx(bytes: Uint8Array): Promise<TableFile> {
	const t = m.directoryImport.errors;
	const unzipped = declaredUnzippedBytes(bytes);
	if (unzipped === null) throw new UnreadableFileError(t.xlsxUnreadable);
	if (unzipped > MAX_UNZIPPED_BYTES) throw new UnreadableFileError(t.xlsxTooLarge);
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	} catch {
		throw new UnreadableFileError(t.xlsxUnreadable);
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) throw new UnreadableFileError(t.empty);
	if (sheet.rowCount > MAX_DATA_LINES + 1)
		throw new UnreadableFileError(t.tooManyLines(MAX_DATA_LINES));
	if (sheet.columnCount > MAX_COLUMNS) throw new UnreadableFileError(t.tooManyColumns(MAX_COLUMNS));
	const records: string[][] = [];
	for (let r = 1; r <= sheet.rowCount; r += 1) {
		const row = sheet.getRow(r);
		const cells: string[] = [];
		for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(cellText(row.getCell(c).value));
		records.push(cells);
	}
	return tableOf(records, 'xlsx');
}
