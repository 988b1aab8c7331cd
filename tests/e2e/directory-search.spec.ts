import type { Page } from '@playwright/test';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';
import { spareChildminders } from './helpers/childminders';

/**
 * The staff directory (issue 11): an animator searches the relay's childminders with objective
 * filters only, without JavaScript; the order is a logged seed kept in the address. It only
 * reads the demo directory, so both projects may share it.
 */

const DIRECTORY = '/relais/annuaire';
const main = (page: Page) => page.getByRole('main');
const results = (page: Page) =>
	main(page)
		.getByRole('list')
		.filter({ has: page.getByRole('heading', { level: 3 }) });
const names = (page: Page) => results(page).getByRole('heading', { level: 3 }).allInnerTexts();

test.describe('the directory search of a relay no e2e import writes to', () => {
	// Val d'Ille-Aubigné: the .xlsx of directory-import.spec.ts, which may run meanwhile, adds
	// childminders in Bruz, Pacé, Betton, Cesson-Sévigné and Saint-Grégoire, and a list that
	// grows between two loads would not come back in the same order.
	test.use({
		signedInAs: demoAccount('animator', 'val-d-ille-aubigne'),
		javaScriptEnabled: false
	});

	test('with no filter every active childminder of the relay, the same seed the same order', async ({
		page
	}) => {
		await page.goto(DIRECTORY);
		await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(
			'Annuaire des assistantes maternelles'
		);
		await expect(main(page).getByText(/assistantes? maternelles? correspond/)).toBeVisible();
		const seed = await main(page).locator('input[name="graine"]').inputValue();
		expect(Number(seed)).toBeGreaterThan(0);
		await expectNoA11yViolations(page);

		// The order of a seed is reproducible from its address.
		await page.goto(`${DIRECTORY}?ordre=rotation&graine=${seed}`);
		const first = await names(page);
		expect(first.length).toBeGreaterThan(0);
		await page.goto(`${DIRECTORY}?ordre=rotation&graine=${seed}`);
		expect(await names(page)).toEqual(first);
	});
});

test.describe('the directory search', () => {
	test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest'), javaScriptEnabled: false });

	test('filters by commune and order by name, then opens her page', async ({ page }) => {
		// A spare: the correction spec changes only her phone, never her availability.
		const her = spareChildminders[0];
		await page.goto(DIRECTORY);
		await main(page).getByLabel('Commune', { exact: true }).selectOption(her.communeInsee);
		await main(page).getByRole('radio', { name: 'Nom' }).check();
		await main(page).getByRole('button', { name: 'Rechercher' }).click();
		await expect(page).toHaveURL(new RegExp(`commune=${her.communeInsee}`));
		await expect(page).toHaveURL(/graine=\d+/);
		const listed = await names(page);
		expect(listed).toContain(her.name);
		await results(page).getByRole('link', { name: her.name }).click();
		await expect(main(page).getByRole('heading', { level: 1 })).toHaveText(her.name);
		await expect(main(page).getByText(her.licenceNumber)).toBeVisible();
		// The seed never declared her availability: "à confirmer", with the reason.
		await expect(main(page).getByText('À confirmer : jamais déclarées')).toBeVisible();
		await expect(main(page).getByRole('link', { name: 'Corriger ses données' })).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('a wrong filter is shown next to its field and at the top, nothing searched', async ({
		page
	}) => {
		await page.goto(`${DIRECTORY}?km=15&debut=31/02/2027`);
		await expect(main(page).getByRole('heading', { name: /erreur/i })).toBeVisible();
		await expect(
			main(page).getByText('Indiquez une date valide, par exemple 15/03/2027.').first()
		).toBeVisible();
		await expect(
			main(page).getByText('Corrigez les critères signalés pour lancer la recherche.')
		).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('another relay’s childminder is not found', async ({ page }) => {
		const response = await page.goto(
			`${DIRECTORY}/assistantes-maternelles/00000000-0000-4000-8000-000000000000`
		);
		expect(response?.status()).toBe(404);
	});

	test('usable at 320 px', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(`${DIRECTORY}?mon_start=08:00&mon_end=17:00&ordre=name`);
		await expectNoHorizontalScroll(page);
		await results(page).getByRole('link').first().click();
		await expectNoHorizontalScroll(page);
	});
});
