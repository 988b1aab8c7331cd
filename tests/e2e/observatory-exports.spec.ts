import { randomUUID } from 'node:crypto';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	territoryOfficials,
	test
} from './fixtures';

/**
 * The observatory's files and the CAF report, as an official downloads and opens them: each
 * answer says what it is and how to save it, and the report is a page like the others
 * (accessible, fitting a phone), with the relay chosen by a GET form on a wider territory.
 */
const relayOfficial = demoAccount('official', 'vilaine-ouest');
const metropoleOfficial = territoryOfficials.find((a) => a.territoryName === 'Rennes Métropole');
if (!metropoleOfficial) throw new Error('no official of Rennes Métropole in the demo');

const FILE_PREFIX = 'observatoire-relais-petite-enfance-vilaine-ouest';

test.describe('an official downloads the observatory', () => {
	test.use({ signedInAs: relayOfficial });

	test('one table as CSV for a French spreadsheet', async ({ page }) => {
		const response = await page.request.get('/observatoire/export/demandes-par-canal.csv');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(response.headers()['content-disposition']).toMatch(
			new RegExp(`^attachment; filename="${FILE_PREFIX}-\\d{4}-demandes-par-canal\\.csv"$`)
		);
		const body = await response.body();
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(body.toString('utf8')).toContain('\r\n');
		const unknown = await page.request.get('/observatoire/export/pas-un-tableau.csv');
		expect(unknown.status()).toBe(404);
	});

	test('every table in one spreadsheet', async ({ page }) => {
		const response = await page.request.get('/observatoire/export.xlsx');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		expect(response.headers()['content-disposition']).toMatch(
			new RegExp(`^attachment; filename="${FILE_PREFIX}-\\d{4}\\.xlsx"$`)
		);
		expect((await response.body()).subarray(0, 2).toString('latin1')).toBe('PK');
		expect((await page.request.get('/observatoire/export.xlsx?annee=1999')).status()).toBe(404);
	});

	test('the open-data file and the package describing it', async ({ page }) => {
		const file = await page.request.get('/observatoire/donnees-ouvertes.csv');
		expect(file.status()).toBe(200);
		expect(file.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(file.headers()['content-disposition']).toBe(
			'attachment; filename="donnees-ouvertes.csv"'
		);
		const header = (await file.text()).split('\r\n')[0];
		const described = await page.request.get('/observatoire/datapackage.json');
		expect(described.status()).toBe(200);
		expect(described.headers()['content-type']).toBe('application/json; charset=utf-8');
		const pkg = (await described.json()) as {
			resources: { path: string; schema: { fields: { name: string }[] } }[];
		};
		expect(pkg.resources[0]?.path).toBe('donnees-ouvertes.csv');
		expect(pkg.resources[0]?.schema.fields.map((f) => f.name).join(',')).toBe(header);
	});

	test('the CAF activity report is a printable, accessible page', async ({ page }) => {
		const response = await page.goto('/observatoire/rapport-caf');
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Rapport d’activité');
		await expect(
			page.getByRole('heading', { level: 2, name: 'Demandes reçues et traitées, par canal' })
		).toBeVisible();
		await expect(
			page.getByRole('table', { name: 'Assistantes maternelles', exact: true })
		).toBeVisible();
		// A relay's official has one relay: no choice of another.
		await expect(page.getByRole('combobox', { name: /^Relais/ })).toHaveCount(0);
		await expectNoHorizontalScroll(page);
		await expectNoA11yViolations(page);
	});
});

test.describe('an official of a wider territory', () => {
	test.use({ signedInAs: metropoleOfficial, javaScriptEnabled: false });

	test('chooses the relay of the CAF report among the territory’s, without JavaScript', async ({
		page
	}) => {
		await page.goto('/observatoire/rapport-caf');
		const relay = page.getByRole('combobox', { name: /^Relais/ });
		await relay.selectOption({ label: 'Relais Petite Enfance de Rennes' });
		await page.getByRole('button', { name: 'Afficher le rapport' }).click();
		await expect(page).toHaveURL(/[?&]relais=[0-9a-f-]{36}/);
		await expect(relay.locator('option:checked')).toHaveText('Relais Petite Enfance de Rennes');
		await expectNoA11yViolations(page);
		const outside = await page.request.get(`/observatoire/rapport-caf?relais=${randomUUID()}`);
		expect(outside.status()).toBe(404);
	});
});
