import { randomBytes } from 'node:crypto';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	expectPath,
	test
} from './fixtures';

const LIST = '/relais/annuaire/structures';
const NEW = '/relais/annuaire/structures/nouvelle';

test.describe('an animator', () => {
	test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest') });

	test('sees the other care of the relay’s territory grouped by kind, and no way to change it', async ({
		page
	}) => {
		const response = await page.goto(LIST);
		expect(response?.status()).toBe(200);
		const main = page.getByRole('main');
		await expect(
			main.getByRole('heading', { level: 1, name: 'Autres modes d’accueil du territoire' })
		).toBeVisible();
		for (const kind of [
			'Crèches',
			'Multi-accueils',
			'Micro-crèches',
			'Maisons d’assistants maternels (MAM)',
			'Services de garde à domicile',
			'Accueils de loisirs'
		])
			await expect(main.getByRole('heading', { level: 2, name: kind, exact: true })).toBeVisible();
		// A demo structure of Vilaine Ouest, with its commune, ages and hours; none of Rennes.
		const row = main.getByRole('row', { name: /Multi-accueil Pirouette/ });
		await expect(row).toContainText('Bruz');
		await expect(row).toContainText('de 2 mois à 4 ans');
		await expect(row).toContainText('7 h 30 – 18 h 30');
		await expect(main.getByRole('row', { name: /MAM Les P’tits Loups/ })).toContainText('Bruz');
		await expect(main.getByText('Crèche municipale Les Lucioles')).toHaveCount(0);
		await expect(main.getByRole('link', { name: 'Ajouter une structure' })).toHaveCount(0);
		await expect(main.getByRole('link', { name: 'Multi-accueil Pirouette' })).toHaveCount(0);
		await expectNoA11yViolations(page);

		const forbidden = await page.goto(NEW);
		expect(forbidden?.status()).toBe(403);
	});

	test('the page fits a 320 px wide screen', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(LIST);
		await expectNoHorizontalScroll(page);
	});
});

test.describe('a relay admin without JavaScript', () => {
	test.use({ signedInAs: demoAccount('admin', 'vilaine-ouest'), javaScriptEnabled: false });

	test('adds a structure (errors at the fields and summarised first), then corrects it', async ({
		page
	}, testInfo) => {
		// axe analyses a page without JavaScript as a copy in a second browser: slower.
		test.slow();
		const name = `Micro-crèche Essai ${testInfo.project.name} ${randomBytes(3).toString('hex')}`;
		const main = page.getByRole('main');
		await page.goto(LIST);
		await main.getByRole('link', { name: 'Ajouter une structure' }).click();
		await expectPath(page, NEW);
		await expectNoA11yViolations(page);
		// The form fits a 320 px wide screen too.
		await page.setViewportSize({ width: 320, height: 640 });
		await expectNoHorizontalScroll(page);

		// Sent empty, with a bad phone: refused, said at each field and in the summary.
		await main.getByLabel(/^Téléphone/).fill('12');
		await main.getByRole('button', { name: 'Ajouter la structure' }).click();
		const summary = main.getByRole('alert').filter({ hasText: /erreur/i });
		await expect(summary).toBeVisible();
		await expect(
			summary.getByRole('link', { name: 'Choisissez le type de structure.' })
		).toBeVisible();
		await expect(main.getByLabel(/^Nom(?!bre)/)).toHaveAccessibleDescription(
			/Indiquez le nom de la structure/
		);
		await expect(main.getByLabel(/^Téléphone/)).toHaveAttribute('aria-invalid', 'true');
		await expect(main.getByLabel(/^Téléphone/)).toHaveValue('12');
		await expectNoA11yViolations(page);

		await main.getByLabel(/^Type de structure/).selectOption({ label: 'Micro-crèche' });
		await main.getByLabel(/^Nom(?!bre)/).fill(name);
		await main.getByLabel(/^Commune/).selectOption({ label: 'Le Rheu' });
		await main.getByLabel(/^Adresse(?! électronique)/).fill('2 rue des Essais');
		await main.getByLabel(/^Âge minimum/).fill('3');
		await main.getByLabel(/^Âge maximum/).fill('36');
		await main.getByLabel(/^Horaires/).fill('du lundi au vendredi, 7 h 30 – 19 h 00');
		await main.getByLabel(/^Nombre de places/).fill('10');
		await main.getByLabel(/^Téléphone/).fill('02 99 55 66 77');
		await main.getByRole('button', { name: 'Ajouter la structure' }).click();
		await expectPath(page, LIST);
		await expect(main.getByText(`La structure « ${name} » est ajoutée.`)).toBeVisible();
		const row = main.getByRole('row', { name: new RegExp(name) });
		await expect(row).toContainText('Le Rheu');
		await expect(row).toContainText('de 3 mois à 3 ans');
		await expect(row).toContainText('02 99 55 66 77');
		await expectNoA11yViolations(page);

		// Corrected: its capacity.
		await row.getByRole('link', { name }).click();
		await expect(main.getByRole('heading', { level: 1 })).toContainText(name);
		await expect(main.getByLabel(/^Nombre de places/)).toHaveValue('10');
		await main.getByLabel(/^Nombre de places/).fill('12');
		await main.getByRole('button', { name: 'Enregistrer la structure' }).click();
		await expect(main.getByText('La structure est modifiée.')).toBeVisible();
		await expect(main.getByLabel(/^Nombre de places/)).toHaveValue('12');
		await expectNoA11yViolations(page);
	});
});

test.describe('the admin of another relay', () => {
	test.use({ signedInAs: demoAccount('admin', 'rennes') });

	test('does not see Vilaine Ouest’s structures and cannot open one', async ({ page, pageAs }) => {
		const ouest = await pageAs(demoAccount('admin', 'vilaine-ouest'));
		await ouest.goto(LIST);
		const link = ouest.getByRole('main').getByRole('link', { name: 'Multi-accueil Pirouette' });
		const href = await link.getAttribute('href');
		expect(href).toMatch(/^\/relais\/annuaire\/structures\/[0-9a-f-]{36}$/);
		await ouest.close();

		await page.goto(LIST);
		await expect(page.getByRole('main').getByText('Multi-accueil Pirouette')).toHaveCount(0);
		await expect(page.getByRole('main').getByText('Crèche municipale Les Lucioles')).toBeVisible();
		const response = await page.goto(href ?? '');
		expect(response?.status()).toBe(404);
	});
});
