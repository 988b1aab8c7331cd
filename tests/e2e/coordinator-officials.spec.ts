import type { Page } from '@playwright/test';
import {
	demoCoordinator,
	signInWith,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	expectPath,
	submitSignIn,
	test
} from './fixtures';
import { choosePasswordFromMail, newStaffAccount } from './helpers/team';

const OFFICIALS_PATH = '/territoire/elus';

const signInAsCoordinator = (page: Page) =>
	signInWith(page, demoCoordinator, { redirectTo: OFFICIALS_PATH });

/** The create form, found by its heading. */
const createForm = (page: Page) => page.getByRole('form', { name: 'Ajouter un élu' });

test('a coordinator creates an official of an EPCI, who chooses a password and sees the observatory of that EPCI', async ({
	page,
	browser
}) => {
	test.slow();
	const official = newStaffAccount('official');
	await signInAsCoordinator(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Élus du territoire' })).toBeVisible();
	await expectNoA11yViolations(page);

	const form = createForm(page);
	await form.getByLabel(/^Nom et prénom/).fill(official.name);
	await form.getByLabel(/^Adresse électronique/).fill(official.email);
	await form
		.getByRole('group', { name: /^Territoire que l’élu verra/ })
		.getByLabel('Une intercommunalité (EPCI)')
		.check();
	await form.getByLabel(/^Intercommunalité/).selectOption({ label: 'Rennes Métropole' });
	await form.getByRole('button', { name: 'Créer le compte et envoyer le lien' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Le compte est créé' })).toBeVisible();
	const row = page.getByRole('row').filter({ hasText: official.email });
	await expect(row).toContainText('Intercommunalité : Rennes Métropole');
	await expect(row).toContainText('En attente du mot de passe');
	await expectNoHorizontalScroll(page);
	await expectNoA11yViolations(page);

	// The official, on a browser of their own.
	const context = await browser.newContext();
	try {
		const officialPage = await context.newPage();
		await choosePasswordFromMail(officialPage, official);
		await submitSignIn(officialPage, official.email, official.password);
		await expectPath(officialPage, '/observatoire');
		await expect(officialPage.getByRole('heading', { level: 1 })).toBeVisible();
		// The figures are the EPCI's, and say so.
		await expect(officialPage.getByRole('main')).toContainText(
			'Intercommunalité : Rennes Métropole'
		);
		await expectNoHorizontalScroll(officialPage);
		await expectNoA11yViolations(officialPage);
	} finally {
		await context.close();
	}

	// The coordinator closes the account: the row says so.
	await page.goto(OFFICIALS_PATH);
	await page.getByRole('button', { name: `Désactiver ${official.name}` }).click();
	await expect(page.getByRole('status').filter({ hasText: 'est désactivé' })).toBeVisible();
	await expect(page.getByRole('row').filter({ hasText: official.email })).toContainText(
		'Désactivé'
	);
	await expectNoA11yViolations(page);
});

test('an EPCI official without an EPCI chosen is refused, the error next to the list and in the summary', async ({
	page
}) => {
	const official = newStaffAccount('official');
	await signInAsCoordinator(page);
	const form = createForm(page);
	await form.getByLabel(/^Nom et prénom/).fill(official.name);
	await form.getByLabel(/^Adresse électronique/).fill(official.email);
	await form
		.getByRole('group', { name: /^Territoire que l’élu verra/ })
		.getByLabel('Une intercommunalité (EPCI)')
		.check();
	await form.getByRole('button', { name: 'Créer le compte et envoyer le lien' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient une erreur' });
	await expect(summary).toContainText('Choisissez l’intercommunalité.');
	await expect(form.getByLabel(/^Intercommunalité/)).toHaveAccessibleDescription(
		/Choisissez l’intercommunalité\./
	);
	// What was typed is still there.
	await expect(form.getByLabel(/^Adresse électronique/)).toHaveValue(official.email);
	await expect(page.getByRole('row').filter({ hasText: official.email })).toHaveCount(0);
	await expectNoA11yViolations(page);
});
