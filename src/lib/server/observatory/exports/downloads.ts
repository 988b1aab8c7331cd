import type { Db } from '../../db/types';
import type { ObservatoryScope } from '../observatory-scope';
import { attachment, exportFileName, territorySlug } from './export-file-name';
import { loadExportView } from './load-export-view';
import { loadOpenData } from './load-open-data';
import { OPEN_DATA_FILE } from './data-package';
import { observatoryWorkbook } from './observatory-workbook';
import { tableCsv } from './table-csv';
import { findTable } from './view-tables';

/*
 * The observatory's files as HTTP answers, for the routes to return as they are. Each is
 * private to the signed-in person (`Cache-Control: private, no-store`): a shared cache must
 * never hand one territory's figures to another.
 */

const PRIVATE = { 'cache-control': 'private, no-store' };

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One table as CSV; null when the year is not offered or no table has that id. */
export async function tableCsvDownload(
	db: Db,
	scope: ObservatoryScope,
	tableId: string,
	year: number | undefined
): Promise<Response | null> {
	const view = await loadExportView(db, scope, year);
	const table = view && findTable(view, tableId);
	if (!view || !table) return null;
	return new Response(tableCsv(table), {
		headers: {
			...PRIVATE,
			'content-type': CSV_TYPE,
			'content-disposition': attachment(exportFileName(view, table.id, 'csv'))
		}
	});
}

/** Every table in one spreadsheet; null when the year is not offered. */
export async function workbookDownload(
	db: Db,
	scope: ObservatoryScope,
	year: number | undefined
): Promise<Response | null> {
	const view = await loadExportView(db, scope, year);
	if (!view) return null;
	const bytes = await observatoryWorkbook(view);
	return new Response(new Uint8Array(bytes), {
		headers: {
			...PRIVATE,
			'content-type': XLSX_TYPE,
			'content-disposition': attachment(
				`observatoire-${territorySlug(view.territory.name)}-${view.period.year}.xlsx`
			)
		}
	});
}

/** The open-data CSV, every year of the territory. */
export async function openDataDownload(db: Db, scope: ObservatoryScope): Promise<Response> {
	const { csv } = await loadOpenData(db, scope);
	return new Response(csv, {
		headers: {
			...PRIVATE,
			'content-type': CSV_TYPE,
			'content-disposition': attachment(OPEN_DATA_FILE)
		}
	});
}

/** Its datapackage.json, served inline (a machine reads it beside the CSV). */
export async function dataPackageDownload(db: Db, scope: ObservatoryScope): Promise<Response> {
	const { datapackage } = await loadOpenData(db, scope);
	return new Response(JSON.stringify(datapackage, null, 2), {
		headers: { ...PRIVATE, 'content-type': 'application/json; charset=utf-8' }
	});
}
