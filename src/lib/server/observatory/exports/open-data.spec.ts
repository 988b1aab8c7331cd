import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { fixtureView } from '$lib/testing/observatory-view-fixture';
import { openDataColumns, openDataCsv, openDataRows } from './open-data';
import { dataPackage, describedColumns, INSEE_CODE_PATTERN, PERIOD_PATTERN } from './data-package';

const read = (text: string): Record<string, string>[] => parse(text, { columns: true });

describe('the open-data file', () => {
	const views = [fixtureView(2026), fixtureView(2025, 2)];
	const text = openDataCsv(views, '243500139');
	const rows = read(text);

	it('has one line per commune (or other communes) and quarter, years in order', () => {
		expect(rows).toHaveLength(2 * 3 * 4);
		expect(rows[0]).toEqual({
			code_territoire: '243500139',
			code_commune_insee: '35047',
			libelle: 'Bruz',
			periode: '2025-T1',
			demandes: '24',
			statut: 'publie'
		});
		expect(rows.some((r) => r.libelle === 'Total' || (r.periode ?? '').endsWith('year'))).toBe(
			false
		);
	});

	it('leaves a withheld count empty with the status "secret"', () => {
		const chartres = rows.find((r) => r.code_commune_insee === '35066' && r.periode === '2026-T2');
		expect(chartres).toMatchObject({ demandes: '', statut: 'secret' });
	});

	it('gives the other communes no INSEE code and says which EPCI they belong to', () => {
		const others = rows.filter((r) => r.code_commune_insee === '');
		expect(others.length).toBe(8);
		expect(others.every((r) => r.libelle === 'Autres communes (Rennes Métropole)')).toBe(true);
		const unnamed = openDataRows(
			{
				...fixtureView(),
				sections: {
					...fixtureView().sections,
					demand: fixtureView().sections.demand.map((t) => ({
						...t,
						rows: t.rows.map((r) =>
							r.key.startsWith('other:') ? { ...r, label: 'Autres communes' } : r
						)
					}))
				}
			},
			'x'
		);
		expect(unnamed.find((r) => r.code_commune_insee === '')?.libelle).toBe(
			'Autres communes (243500139)'
		);
	});

	it('is plain RFC 4180: no BOM, "," and CRLF', () => {
		expect(text.startsWith('code_territoire,')).toBe(true);
		expect(text.split('\r\n')).toHaveLength(rows.length + 2);
	});

	it('keeps to its schema: codes, periods, integers and statuses', () => {
		for (const row of rows) {
			if (row.code_commune_insee)
				expect(row.code_commune_insee).toMatch(new RegExp(INSEE_CODE_PATTERN));
			expect(row.periode).toMatch(new RegExp(PERIOD_PATTERN));
			expect(row.demandes).toMatch(row.statut === 'secret' ? /^$/ : /^[0-9]+$/);
		}
	});
});

describe('datapackage.json', () => {
	const pkg = dataPackage('vallee-de-la-seiche', '2026-12-01T03:00:00.000Z');
	const resource = pkg.resources[0];
	if (!resource) throw new Error('no resource');

	it('describes every column of the file, in the file’s order, with a title and a description', () => {
		const header = openDataCsv([fixtureView()], 'x').split('\r\n')[0]?.split(',');
		expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
		expect(describedColumns).toEqual([...openDataColumns]);
		for (const field of resource.schema.fields) {
			expect(field.title.length).toBeGreaterThan(0);
			expect(field.description.length).toBeGreaterThan(0);
			expect(['string', 'integer']).toContain(field.type);
		}
	});

	it('is a tabular data resource under the Licence Ouverte 2.0', () => {
		expect(resource.profile).toBe('tabular-data-resource');
		expect(resource.path).toBe('donnees-ouvertes.csv');
		expect(resource.schema.missingValues).toEqual(['']);
		expect(pkg.licenses[0]?.name).toBe('etalab-2.0');
		expect(pkg.name).toMatch(/^[a-z0-9._/-]+$/);
		expect(pkg.description).toMatch(/trimestre/);
	});

	it('accepts mainland, Corsican and overseas INSEE codes, and refuses others', () => {
		const pattern = new RegExp(INSEE_CODE_PATTERN);
		for (const code of ['35238', '2A004', '2B033', '97411']) expect(code).toMatch(pattern);
		for (const code of ['3523', '2C004', '352380', 'AB123']) expect(code).not.toMatch(pattern);
	});
});
