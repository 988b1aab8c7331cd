import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { fixtureView } from '$lib/testing/observatory-view-fixture';
import { tableCsv } from './table-csv';
import { findTable } from './view-tables';
import { cellText } from './cell-text';

const read = (text: string): string[][] => parse(text, { delimiter: ';', bom: true });

describe('tableCsv', () => {
	const view = fixtureView();
	const table = findTable(view, 'demandes-par-canal');
	if (!table) throw new Error('fixture without demandes-par-canal');

	it('opens with a BOM, separates by ";" and ends lines with CRLF', () => {
		const text = tableCsv(table);
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.split('\r\n')[1]).toBe('En ligne;40;0,5714');
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toMatch(/\n/);
	});

	it('has a header (the rows’ heading, the columns’ labels) and one line per row', () => {
		const records = read(tableCsv(table));
		expect(records[0]).toEqual(['Catégorie', 'requests', 'share']);
		expect(records.slice(1).map((r) => r[0])).toEqual(table.rows.map((r) => r.label));
	});

	it('writes a withheld count as "s", a share not given as "—", a count as an integer', () => {
		const records = read(tableCsv(table));
		expect(records.find((r) => r[0] === 'Accueil')).toEqual(['Accueil', 's', '—']);
		expect(records.find((r) => r[0] === 'Total')).toEqual(['Total', '70', '1']);
	});

	it('quotes a label holding the separator', () => {
		const communes = findTable(view, 'demandes-par-commune');
		const first = communes?.rows[0];
		if (!communes || !first) throw new Error('fixture without demandes-par-commune');
		const text = tableCsv({ ...communes, rows: [{ ...first, label: 'Bruz ; "centre"' }] });
		expect(text).toContain('"Bruz ; ""centre"""');
		expect(read(text)[1]?.[0]).toBe('Bruz ; "centre"');
	});

	it('writes decimals with a comma, what a French spreadsheet reads as a number', () => {
		expect(cellText({ kind: 'share', value: 0.12345 })).toBe('0,1235');
		expect(cellText({ kind: 'days', value: 4.5 })).toBe('4,5');
		expect(cellText({ kind: 'ratio', value: 2 })).toBe('2');
		expect(cellText({ kind: 'count', n: 12345 })).toBe('12345');
	});
});
