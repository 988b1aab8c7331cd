import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { detectSeparator } from './detect-separator';
import { MAX_COLUMNS, MAX_DATA_LINES } from './limits';
import { readCsv } from './read-csv';
import { readTable } from './read-table';
import { UnreadableFileError } from './table-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1252 = (text: string) => new Uint8Array(iconv.encode(text, 'windows-1252'));

describe('decodeText', () => {
	it('reads UTF-8, with or without a byte-order mark', () => {
		expect(decodeText(utf8('Prénom;Téléphone'))).toEqual({
			text: 'Prénom;Téléphone',
			encoding: 'utf-8'
		});
		expect(decodeText(utf8('\uFEFFPrénom')).text).toBe('Prénom');
	});

	it('reads a file that is not UTF-8 as Windows-1252 (é, è, ’, œ, €)', () => {
		const decoded = decodeText(cp1252('Prénom;Adélaïde l’œuvre 5 €'));
		expect(decoded).toEqual({ text: 'Prénom;Adélaïde l’œuvre 5 €', encoding: 'windows-1252' });
	});
});

describe('detectSeparator', () => {
	it('takes the separator used most in the header line', () => {
		expect(detectSeparator('N° agrément;Nom;Prénom\n1,2,3,4,5')).toBe(';');
		expect(detectSeparator('licence,name,first name\r\na;b;c;d;e')).toBe(',');
	});

	it('ignores separators inside quotes, and says ; for a single column', () => {
		expect(detectSeparator('"Nom, prénom";"Commune, CP"\n')).toBe(';');
		expect(detectSeparator('Nom\nDupont')).toBe(';');
	});
});

describe('readCsv', () => {
	it('reads quoted fields with separators, quotes and line breaks inside', () => {
		const table = readCsv(
			utf8('Nom;Adresse\r\n"Le Gall";"3, rue ""des"" Lilas\r\nBâtiment B"\r\nMartin;Place\r\n')
		);
		expect(table.format).toBe('csv;utf-8');
		expect(table.headers).toEqual(['Nom', 'Adresse']);
		expect(table.rows[0]).toEqual(['Le Gall', '3, rue "des" Lilas\r\nBâtiment B']);
		expect(table.rows[1]).toEqual(['Martin', 'Place']);
	});

	it('reads a Windows-1252 file separated by semicolons', () => {
		const table = readCsv(cp1252('N° agrément;Prénom\nAG-1;Hélène\n'));
		expect(table.format).toBe('csv;windows-1252');
		expect(table.headers).toEqual(['N° agrément', 'Prénom']);
		expect(table.rows[0]).toEqual(['AG-1', 'Hélène']);
	});

	it('refuses, with a French reason, a file over the line or column limits', () => {
		const long = 'a\n' + 'x\n'.repeat(MAX_DATA_LINES + 1);
		expect(() => readCsv(utf8(long))).toThrow(UnreadableFileError);
		expect(() => readCsv(utf8(long))).toThrow(/50\s000 lignes/);
		const wide = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(';');
		expect(() => readCsv(utf8(wide + '\n'))).toThrow(/plus de 60 colonnes/);
	});

	it('accepts exactly the line limit', () => {
		const table = readCsv(utf8('a\n' + 'x\n'.repeat(MAX_DATA_LINES)));
		expect(table.rows).toHaveLength(MAX_DATA_LINES);
	});

	it('reads a hostile file of unbalanced quotes in linear time', () => {
		const hostile = utf8('a;b\n' + '"x;'.repeat(200_000));
		const started = performance.now();
		expect(() => readCsv(hostile)).toThrow(UnreadableFileError);
		expect(performance.now() - started).toBeLessThan(5_000);
	});
});

describe('readTable', () => {
	it('refuses an empty file, an old .xls and a broken .xlsx in French', async () => {
		await expect(readTable(new Uint8Array())).rejects.toThrow(/vide/);
		const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		await expect(readTable(xls)).rejects.toThrow(/\.xls/);
		await expect(readTable(utf8('PK\x03\x04 not a zip'))).rejects.toThrow(/classeur/);
	});
});

describe('a spreadsheet that unpacks to more than the limit (a zip bomb)', () => {
	it('is refused from its central directory, before anything is inflated', async () => {
		const { declaredUnzippedBytes } = await import('./zip-size');
		const { readFile } = await import('node:fs/promises');
		const xlsx = new Uint8Array(await readFile('tests/fixtures/childminders-other-headers.xlsx'));
		const declared = declaredUnzippedBytes(xlsx);
		expect(declared).toBeGreaterThan(xlsx.byteLength);
		// The same archive claiming 4 GB for its first entry.
		const bomb = xlsx.slice();
		const view = new DataView(bomb.buffer);
		for (let at = 0; at < bomb.length - 4; at += 1) {
			if (view.getUint32(at, true) === 0x02014b50) {
				view.setUint32(at + 24, 0xfffffff0, true);
				break;
			}
		}
		await expect(readTable(bomb)).rejects.toThrow(/trop volumineux une fois décompressé/);
	});
});
