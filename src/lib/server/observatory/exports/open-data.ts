import type { ObservatoryView } from '$lib/observatory/observatory-view';
import { m } from '$lib/i18n';
import { csvDocument } from './csv';
import { findTable } from './view-tables';

/**
 * The open-data file: requests by commune of residence (INSEE code) and quarter, cut from the
 * `demandes-par-commune` table of every year shown, so a cell is withheld exactly where the
 * page shows "s". Communes are published by quarter, not by month: that is the privacy rule
 * for communes (DOMAIN.md), and a month would single out a family in a small commune. A
 * withheld count has an empty value and the status `secret`; communes under 5 requests a
 * year are merged into one "Autres communes" line per EPCI, with no INSEE code. Territory and
 * EPCI subtotals are left out: a re-user sums what is published.
 */
export const OPEN_DATA_TABLE = 'demandes-par-commune';

export const openDataColumns = [
	'code_territoire',
	'code_commune_insee',
	'libelle',
	'periode',
	'demandes',
	'statut'
] as const;
export type OpenDataColumn = (typeof openDataColumns)[number];
export type OpenDataRow = Record<OpenDataColumn, string>;

export const openDataStatuses = { shown: 'publie', suppressed: 'secret' } as const;

const QUARTER = /^Q([1-4])$/;

/** The rows of one year's view, in the table's order, quarter by quarter. */
export function openDataRows(view: ObservatoryView, territoryCode: string): OpenDataRow[] {
	const table = findTable(view, OPEN_DATA_TABLE);
	if (!table) return [];
	const quarters = table.columns.flatMap((column, index) => {
		const quarter = QUARTER.exec(column.key)?.[1];
		return quarter ? [{ index, period: `${view.period.year}-T${quarter}` }] : [];
	});
	return table.rows.flatMap((row) => {
		const place = placeOf(row.key, row.label);
		if (!place) return [];
		return quarters.map(({ index, period }) => {
			const value = row.values[index];
			const shown = value?.kind === 'count';
			return {
				code_territoire: territoryCode,
				code_commune_insee: place.insee,
				libelle: place.label,
				periode: period,
				demandes: shown ? String(value.n) : '',
				statut: shown ? openDataStatuses.shown : openDataStatuses.suppressed
			};
		});
	});
}

/** A commune (`c:<INSEE>`) or the other communes of an EPCI (`other:<EPCI>`); null for totals. */
function placeOf(key: string, label: string): { insee: string; label: string } | null {
	if (key.startsWith('c:')) return { insee: key.slice(2), label };
	if (!key.startsWith('other:')) return null;
	// The view's label says "Autres communes (<EPCI>)" already, or only "Autres communes".
	const epci = key.slice('other:'.length);
	const named = label.includes('(') || epci === 'none';
	return { insee: '', label: named ? label : m.observatoryExports.openData.otherCommunes(epci) };
}

/**
 * The file itself, for machines as much as for people: UTF-8 without a BOM, `,` between fields
 * and CRLF (RFC 4180 and the Table Schema's default dialect), integers without grouping.
 */
export function openDataCsv(views: readonly ObservatoryView[], territoryCode: string): string {
	const rows = [...views]
		.sort((a, b) => a.period.year - b.period.year)
		.flatMap((view) => openDataRows(view, territoryCode));
	return csvDocument(
		[[...openDataColumns], ...rows.map((row) => openDataColumns.map((column) => row[column]))],
		{ separator: ',', bom: false }
	);
}
