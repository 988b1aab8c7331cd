import type { Page } from '@playwright/test';
import {
	demoAccount,
	e2eCoordinator,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	territoryOfficials,
	test,
	type SignInAccount
} from './fixtures';

/**
 * The observatory's pages as its readers see them: an official of a relay, an official of an
 * EPCI and the coordinator each open every page for their own territory, choose a year
 * without JavaScript (a GET form), and read every chart with its summary and its table.
 */
const SECTION_PAGES = [
	{ path: '/observatoire/demande', title: 'La demande' },
	{ path: '/observatoire/reponse', title: 'La réponse du relais' },
	{ path: '/observatoire/issues', title: 'Les issues' },
	{ path: '/observatoire/tension', title: 'La tension' }
] as const;
const ALL_PAGES = ['/observatoire', ...SECTION_PAGES.map((p) => p.path), '/observatoire/methode'];

const metropole = territoryOfficials.find((o) => o.territoryName === 'Rennes Métropole');
if (!metropole) throw new Error('no demo official of Rennes Métropole');

const readers: { who: string; account: SignInAccount; territory: string }[] = [
	{
		who: 'an official of a relay',
		account: demoAccount('official', 'vilaine-ouest'),
		territory: 'Territoire : Relais Petite Enfance Vilaine Ouest'
	},
	{
		who: 'an official of an EPCI',
		account: metropole,
		territory: 'Intercommunalité : Rennes Métropole'
	},
	{ who: 'the coordinator', account: e2eCoordinator, territory: 'Tout le territoire' }
];

/** Each published table of the page: a chart (when it has one) named by its summary, the summary, the table. */
async function expectTablesWithChartsAndSummaries(page: Page): Promise<number> {
	const tables = page.locator('section.observatory-table');
	const count = await tables.count();
	for (let i = 0; i < count; i++) {
		const table = tables.nth(i);
		const summary = (await table.locator('p.summary').innerText()).trim();
		expect(summary.length, 'a summary in words').toBeGreaterThan(0);
		await expect(table.getByRole('table')).toHaveCount(1);
		await expect(table.locator('caption')).toHaveCount(1);
		const charts = table.locator('svg[role="img"]');
		if ((await charts.count()) > 0) {
			// A screen reader reads the chart as its title and the same summary.
			await expect(charts).toHaveAccessibleDescription(summary);
			const marks = await charts.locator('[data-mark]').count();
			expect(marks, 'one mark per plotted value').toBeGreaterThan(0);
		}
	}
	return count;
}

test.describe('the observatory, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const { who, account, territory } of readers) {
		test(`${who} opens every page, chooses a year, and reads charts, summaries and tables`, async ({
			pageAs
		}) => {
			test.slow();
			const page = await pageAs(account);
			await page.goto('/observatoire');
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Vue d’ensemble');
			await expect(page.getByRole('main')).toContainText(territory);
			await expect(page.getByRole('main')).toContainText(/Chiffres au \d/);

			// The years offered, the most recent first and shown; another one chosen by the form.
			const year = page.getByLabel('Année', { exact: true });
			const years = await year.locator('option').allInnerTexts();
			expect(years.length, 'at least two years of history').toBeGreaterThan(1);
			await expect(year).toHaveValue(years[0] ?? '');
			const previous = years[1] ?? '';
			await year.selectOption(previous);
			await page.getByRole('button', { name: 'Afficher cette année' }).click();
			await expect(page).toHaveURL(new RegExp(`/observatoire\\?annee=${previous}$`));
			await expect(page.getByRole('main')).toContainText(`Année ${previous}`);
			await expect(page.getByRole('listitem').filter({ hasText: 'Demandes reçues' })).toHaveCount(
				1
			);

			let charts = 0;
			for (const { path, title } of SECTION_PAGES) {
				// The year travels with the links of the overview.
				await page.goto(`/observatoire?annee=${previous}`);
				await page.getByRole('link', { name: title, exact: true }).click();
				await expect(page).toHaveURL(`${path}?annee=${previous}`);
				await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
				await expect(page.getByRole('main')).toContainText(territory);
				await expect(page.getByRole('main')).toContainText(`Année ${previous}`);
				expect(await expectTablesWithChartsAndSummaries(page), path).toBeGreaterThan(0);
				charts += await page.locator('svg[role="img"]').count();
				// The legend of "s" and "—" and the method note, on every page.
				await expect(page.getByRole('main')).toContainText('s : chiffre masqué');
				await expect(page.getByRole('link', { name: 'La méthode complète' })).toBeVisible();
			}
			expect(charts, 'the sections draw charts').toBeGreaterThan(3);
		});
	}

	test('a year that is not offered shows the most recent one', async ({ pageAs }) => {
		const page = await pageAs(demoAccount('official', 'vilaine-est'));
		await page.goto('/observatoire/demande');
		const latest = await page.getByLabel('Année', { exact: true }).inputValue();
		for (const asked of ['1999', 'deux-mille']) {
			const response = await page.goto(`/observatoire/demande?annee=${asked}`);
			expect(response?.status()).toBe(200);
			await expect(page.getByLabel('Année', { exact: true })).toHaveValue(latest);
		}
	});
});

test.describe('the observatory, accessible', () => {
	test.use({ signedInAs: demoAccount('official', 'vilaine-ouest') });

	for (const path of ALL_PAGES) {
		test(`${path}: no axe violation, nothing wider than a 320 px screen`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// At this project's size: 1280 px on desktop, 375 px on mobile.
			await expectNoA11yViolations(page);
			await page.setViewportSize({ width: 320, height: 740 });
			await expectNoHorizontalScroll(page);
		});
	}
});

test.describe('the observatory of a relay’s team', () => {
	test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest') });

	test('an animator reaches it from the navigation and sees the relay’s figures', async ({
		page
	}) => {
		await page.goto('/relais');
		await page
			.getByRole('navigation', { name: 'Navigation principale' })
			.getByRole('link', { name: 'Observatoire' })
			.click();
		await expect(page).toHaveURL(/\/observatoire$/);
		await expect(page.getByRole('main')).toContainText(
			'Territoire : Relais Petite Enfance Vilaine Ouest'
		);
	});
});
