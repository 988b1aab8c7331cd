/**
 * CSV as RFC 4180 writes it: CRLF between records, a field quoted when it holds the separator,
 * a quote, a line break or leading/trailing space, a quote doubled inside a quoted field.
 * `bom`: a UTF-8 byte-order mark first, so that Excel opens the file as UTF-8 (accents intact)
 * rather than in the machine's legacy code page.
 */
export interface CsvOptions {
	separator: ';' | ',';
	bom: boolean;
}

const BOM = '\uFEFF';

export function csvField(value: string, separator: CsvOptions['separator']): string {
	const needsQuotes = value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim();
	return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The whole document: every record on its line, each ended by CRLF. */
export function csvDocument(records: readonly (readonly string[])[], options: CsvOptions): string {
	const body = records
		.map((record) =>
			record.map((field) => csvField(field, options.separator)).join(options.separator)
		)
		.map((line) => `${line}\r\n`)
		.join('');
	return options.bom ? BOM + body : body;
}
