import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvDocument, csvField } from './csv';

describe('csvDocument', () => {
	it('quotes a field holding the separator, a quote or a line break, and doubles its quotes', () => {
		expect(csvField('Relais ; "Seiche"', ';')).toBe('"Relais ; ""Seiche"""');
		expect(csvField('a\r\nb', ';')).toBe('"a\r\nb"');
		expect(csvField('a,b', ';')).toBe('a,b');
		expect(csvField('a,b', ',')).toBe('"a,b"');
		expect(csvField(' espace', ';')).toBe('" espace"');
		expect(csvField('Bruz', ';')).toBe('Bruz');
	});

	it('ends every record with CRLF and starts with a BOM when asked', () => {
		const text = csvDocument(
			[
				['a', 'b'],
				['1', '2']
			],
			{ separator: ';', bom: true }
		);
		expect(text).toBe('\uFEFFa;b\r\n1;2\r\n');
		expect(csvDocument([['a']], { separator: ',', bom: false })).toBe('a\r\n');
	});

	it('reads back as written by an RFC 4180 parser', () => {
		const records = [
			['Commune', 'T1'],
			['Saint-Jacques ; "la Lande"', 's'],
			['Ligne\nsur deux', '12']
		];
		const text = csvDocument(records, { separator: ';', bom: true });
		expect(parse(text, { delimiter: ';', bom: true, record_delimiter: '\r\n' })).toEqual(records);
	});
});
