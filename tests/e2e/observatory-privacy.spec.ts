import ExcelJS from 'exceljs';
import { demoAccount, expect, territoryOfficials, test, type SignInAccount } from './fixtures';
import { MARKED_FAMILIES, markerTexts } from './helpers/observatory-markers';

/**
 * Acceptance (issue 13): the server starts with marked families (server/
 * seed-observatory-markers.ts: every personal field a marker, counted by the refresh), and no
 * observatory page or file an official can open holds a marker, a request's reference, a
 * family's email or phone. Each page's table ids give the CSV exports to fetch.
 */

const PAGES = [
	'/observatoire',
	'/observatoire/demande',
	'/observatoire/reponse',
	'/observatoire/issues',
	'/observatoire/tension',
	'/observatoire/methode',
	'/observatoire/rapport-caf'
];
const TABLE_IDS = [
	'demandes-par-mois',
	'demandes-par-commune',
	'demandes-par-canal',
	'age-des-enfants',
	'horaires-atypiques',
	'handicap',
	'premier-rendez-vous',
	'issues',
	'issues-comparees',
	'tension-par-commune'
];
const FILES = [
	'/observatoire/donnees-ouvertes.csv',
	'/observatoire/datapackage.json',
	'/observatoire/export.xlsx',
	...TABLE_IDS.map((id) => `/observatoire/export/${id}.csv`)
];

const metropole = territoryOfficials.find((o) => o.territoryName === 'Rennes Métropole');
if (!metropole) throw new Error('no demo official of Rennes Métropole');

const officials: { who: string; account: SignInAccount }[] = [
	// The marked families live in Rennes: their relay's, their EPCI's and the deployment's.
	{ who: "the Rennes relay's official", account: demoAccount('official', 'rennes') },
	{ who: "Rennes Métropole's official", account: metropole },
	{ who: "another relay's official", account: demoAccount('official', 'vilaine-ouest') }
];

/** What of the forbidden a text holds. */
function leaks(text: string): string[] {
	const lower = text.toLowerCase();
	const found: string[] = [];
	if (lower.includes('mrke2e')) found.push('a marker tag');
	for (const marker of markerTexts) if (lower.includes(marker.toLowerCase())) found.push(marker);
	for (const [reference] of text.matchAll(/(?<![A-Za-z0-9])[A-Z]{2,4}-\d{4}-\d{5}(?!\d)/g))
		found.push(`a request reference: ${reference}`);
	return found;
}

async function workbookText(body: Buffer): Promise<string> {
	const bytes = new Uint8Array(body).buffer;
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes);
	const parts: string[] = [];
	workbook.eachSheet((sheet) => {
		parts.push(sheet.name);
		sheet.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.text))));
	});
	return parts.join('\n');
}

test('the marked families are counted: the seed ran before the server', () => {
	expect(MARKED_FAMILIES.length).toBeGreaterThan(0);
});

for (const { who, account } of officials) {
	test.describe(who, () => {
		test.use({ signedInAs: account });

		test('no observatory page or file holds a marker, a reference or a contact', async ({
			page
		}) => {
			test.slow();
			const csvLinks = new Set<string>();
			for (const path of PAGES) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				const html = await page.content();
				expect(leaks(html), path).toEqual([]);
				for (const href of await page
					.locator('a[href*="/observatoire/export"]')
					.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
					csvLinks.add(href);
			}
			for (const href of [...csvLinks, ...FILES]) {
				const response = await page.request.get(href);
				expect(response.status(), href).toBe(200);
				const text = href.includes('.xlsx')
					? await workbookText(await response.body())
					: await response.text();
				expect(text.length, href).toBeGreaterThan(0);
				expect(leaks(text), href).toEqual([]);
			}
		});
	});
}

test.describe("a relay's official", () => {
	test.use({ signedInAs: demoAccount('official', 'vilaine-ouest') });

	test('gets 403 on the coordinator pages and never sees another relay', async ({ page }) => {
		for (const path of [
			'/territoire',
			'/territoire/communes',
			'/territoire/elus',
			'/territoire/annuaire'
		]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(403);
		}
		await page.goto('/observatoire/demande');
		// Rennes and Cesson-Sévigné are served by other relays.
		await expect(page.getByRole('main')).not.toContainText('Cesson-Sévigné');
		await expect(page.getByRole('main')).not.toContainText('Saint-Grégoire');
	});
});
