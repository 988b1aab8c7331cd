import { MAX_FILE_BYTES } from './limits';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { UnreadableFileError, type TableFile } from './table-file';
import { m } from '$lib/i18n';

/** A spreadsheet is a zip archive: it starts with "PK\x03\x04". */
const isZip = (bytes: Uint8Array) =>
	bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** An Excel 97–2003 file (.xls) is an OLE compound document. */
const isOldExcel = (bytes: Uint8Array) =>
	bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/**
 * Reads an uploaded list, CSV or .xlsx (told apart by content, not by name), the size
 * checked first. Throws UnreadableFileError with the French reason.
 */
export async function readTable(bytes: Uint8Array): Promise<TableFile> {
	const t = m.directoryImport.errors;
	if (bytes.byteLength === 0) throw new UnreadableFileError(t.empty);
	if (bytes.byteLength > MAX_FILE_BYTES) throw new UnreadableFileError(t.tooLarge);
	if (isOldExcel(bytes)) throw new UnreadableFileError(t.oldExcel);
	return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
}
