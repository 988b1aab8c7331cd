import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixtureView } from '$lib/testing/observatory-view-fixture';
import { MAX_SHEET_NAME, observatoryWorkbook } from './observatory-workbook';
import { viewTables } from './view-tables';

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	return workbook;
}

describe('observatoryWorkbook', async () => {
	const view = fixtureView();
	const workbook = await readBack(await observatoryWorkbook(view));
	const sheet = (name: string) => {
		const found = workbook.getWorksheet(name);
		if (!found) throw new Error(`no sheet ${name}`);
		return found;
	};

	it('has a "Lisez-moi" sheet first, then one sheet per table named by its id', () => {
		expect(workbook.worksheets.map((s) => s.name)).toEqual([
			'Lisez-moi',
			...viewTables(view).map((t) => t.id)
		]);
		expect(workbook.worksheets.every((s) => s.name.length <= MAX_SHEET_NAME)).toBe(true);
	});

	it('says the territory, the period, the legend and the rules', () => {
		const text = sheet('Lisez-moi')
			.getSheetValues()
			.flatMap((row) => (Array.isArray(row) ? row : []))
			.join(' ');
		expect(text).toContain(view.territory.name);
		expect(text).toContain('Année 2026');
		expect(text).toContain('masqué');
		expect(text).toMatch(/1er décembre 2026/);
	});

	it('writes counts as numbers, a withheld count as the text "s", shares as percentages', () => {
		const channels = sheet('demandes-par-canal');
		expect(channels.getRow(1).font?.bold).toBe(true);
		expect(channels.getRow(1).getCell(1).value).toBe('Catégorie');
		const online = channels.getRow(2);
		expect(online.getCell(1).value).toBe('En ligne');
		expect(online.getCell(2).value).toBe(40);
		expect(online.getCell(3).value).toBeCloseTo(0.5714);
		expect(online.getCell(3).numFmt).toContain('%');
		const desk = channels.getRow(4);
		expect(desk.getCell(1).value).toBe('Accueil');
		expect(desk.getCell(2).value).toBe('s');
		expect(desk.getCell(3).value).toBe('—');
	});
});
