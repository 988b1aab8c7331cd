import ExcelJS from 'exceljs';
import type { ObservatoryView } from '$lib/observatory/observatory-view';
import type { PublishedTable, PublishedValue } from '$lib/observatory/published-table';
import { formatDateTime } from '$lib/format/dates';
import { m } from '$lib/i18n';
import { NOT_PUBLISHED_SIGN, SUPPRESSED_SIGN } from './cell-text';
import { viewTables } from './view-tables';

/** Excel refuses a sheet name longer than 31 characters. */
export const MAX_SHEET_NAME = 31;

const PERCENT = '0.0%';
const DECIMAL = '0.0';

/**
 * Every table of a view in one spreadsheet: a "Lisez-moi" sheet first (territory, period,
 * when the counts were recomputed, the legend and the protection rules), then one sheet per
 * table named by its id. Counts are numbers, shares numbers in a percentage format, "s" and
 * "—" text: a spreadsheet sums what is shown and never mistakes a sign for zero.
 */
export async function observatoryWorkbook(view: ObservatoryView): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Guichet';
	const tables = viewTables(view);
	addReadMe(workbook, view, tables);
	for (const table of tables) addTableSheet(workbook, table);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addReadMe(workbook: ExcelJS.Workbook, view: ObservatoryView, tables: PublishedTable[]) {
	const t = m.observatoryExports.workbook;
	const sheet = workbook.addWorksheet(t.readMeSheet);
	sheet.getColumn(1).width = 28;
	sheet.getColumn(2).width = 100;
	const title = sheet.addRow([t.title]);
	title.font = { bold: true, size: 14 };
	sheet.addRow([t.territory, view.territory.name]);
	sheet.addRow([t.period, t.periodValue(view.period.year, view.period.months)]);
	sheet.addRow([
		t.refreshedAt,
		view.refreshedAt ? formatDateTime(new Date(view.refreshedAt)) : t.neverRefreshed
	]);
	sheet.addRow([]);
	heading(sheet, t.legendTitle);
	sheet.addRow([SUPPRESSED_SIGN, m.observatoryExports.legend.suppressed]);
	sheet.addRow([NOT_PUBLISHED_SIGN, m.observatoryExports.legend.notPublished]);
	sheet.addRow([]);
	heading(sheet, t.rulesTitle);
	for (const rule of t.rules) sheet.addRow(['', rule]);
	sheet.addRow([]);
	heading(sheet, t.sheetsTitle);
	for (const table of tables) sheet.addRow(['', t.sheetLine(sheetName(table.id), table.title)]);
	sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

function heading(sheet: ExcelJS.Worksheet, text: string) {
	sheet.addRow([text]).font = { bold: true };
}

/** The table's id, cut to Excel's 31 characters (the catalogue's ids are all shorter). */
export const sheetName = (id: string): string => id.slice(0, MAX_SHEET_NAME);

function addTableSheet(workbook: ExcelJS.Workbook, table: PublishedTable) {
	const sheet = workbook.addWorksheet(sheetName(table.id), {
		views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }]
	});
	const header = sheet.addRow([table.rowHeading, ...table.columns.map((c) => c.label)]);
	header.font = { bold: true };
	sheet.getColumn(1).width = Math.max(16, ...table.rows.map((r) => r.label.length + 2));
	table.columns.forEach((column, index) => {
		sheet.getColumn(index + 2).width = Math.max(12, column.label.length + 2);
	});
	for (const row of table.rows) {
		const line = sheet.addRow([row.label, ...row.values.map(cellValue)]);
		if (row.isTotal) line.font = { bold: true };
		row.values.forEach((value, index) => {
			const format = numberFormat(value);
			const cell = line.getCell(index + 2);
			if (format) cell.numFmt = format;
			cell.alignment = { horizontal: 'right' };
		});
	}
}

function cellValue(value: PublishedValue): string | number {
	switch (value.kind) {
		case 'count':
			return value.n;
		case 'suppressed':
			return SUPPRESSED_SIGN;
		case 'not_published':
			return NOT_PUBLISHED_SIGN;
		case 'share':
		case 'days':
		case 'weeks':
		case 'ratio':
			return value.value;
	}
}

function numberFormat(value: PublishedValue): string | null {
	switch (value.kind) {
		case 'share':
			return PERCENT;
		case 'days':
		case 'weeks':
		case 'ratio':
			return DECIMAL;
		default:
			return null;
	}
}
