import type { PublishedTable } from '$lib/observatory/published-table';
import { cellText } from './cell-text';
import { csvDocument } from './csv';

/**
 * One published table as a CSV for a French spreadsheet: UTF-8 with a BOM (Excel otherwise
 * reads the accents in its legacy code page), `;` between fields (French Excel's list
 * separator: with `,` it would put a whole line in one cell, and `,` is the decimal mark),
 * CRLF, a header (the rows' heading, then the columns' labels), then one line per row, the
 * values written by `cellText`.
 */
export function tableCsv(table: PublishedTable): string {
	const header = [table.rowHeading, ...table.columns.map((column) => column.label)];
	const lines = table.rows.map((row) => [row.label, ...row.values.map(cellText)]);
	return csvDocument([header, ...lines], { separator: ';', bom: true });
}
