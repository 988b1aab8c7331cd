import { randomBytes } from 'node:crypto';
import {
	demoCoordinator,
	signInWith,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	expectPath,
	submitSignIn,
	signInUrl,
	test
} from './fixtures';
import { sendFamilyRequest } from './helpers/requests';
import { choosePasswordFromMail, newStaffAccount } from './helpers/team';

/** Four capitals for this test only: the desktop and mobile runs share one server. */
const freshCode = () =>
	Array.from(randomBytes(4), (b) => String.fromCharCode(65 + (b % 26))).join('');

/**
 * A commune unserved in the demo and used by no other test, one per project: the desktop and
 * mobile runs share one server and would otherwise take it from each other.
 */
const communeOf: Record<string, { name: string; inseeCode: string }> = {
	desktop: { name: 'Cancale', inseeCode: '35049' },
	mobile: { name: 'Dinard', inseeCode: '35093' }
};

test('the coordinator creates a relay, gives it a commune and creates its admin, who finds the commune’s next request in the queue', async ({
	page,
	browser,
	request
}) => {
	test.slow();
	const id = randomBytes(3).toString('hex');
	const relayName = `Relais Petite Enfance Essai ${id}`;
	const code = freshCode();
	const main = page.getByRole('main');

	await signInWith(page, demoCoordinator);
	await expect(page.getByRole('heading', { level: 1, name: 'Relais du territoire' })).toBeVisible();
	await expectNoHorizontalScroll(page);
	await expectNoA11yViolations(page);

	// Create: an empty form is refused at each field, then the relay is created.
	await main.getByRole('link', { name: 'Créer un relais' }).click();
	await expectPath(page, '/territoire/relais/nouveau');
	await expectNoA11yViolations(page);
	await main.getByLabel(/^Délai visé/).fill('');
	await main.getByRole('button', { name: 'Créer le relais' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient' });
	await expect(summary).toContainText('Indiquez le nom du relais');
	await expect(summary).toContainText('Indiquez de 2 à 4 lettres majuscules');
	await expect(main.getByLabel(/^Nom du relais/)).toHaveAttribute('aria-invalid', 'true');
	await expectNoHorizontalScroll(page);
	await expectNoA11yViolations(page);

	await main.getByLabel(/^Nom du relais/).fill(relayName);
	await main.getByLabel(/^Code des références/).fill(code.toLowerCase());
	await main.getByLabel(/^Adresse du relais/).fill('4 rue des Essais, 35000 Rennes');
	await main.getByLabel(/^Téléphone du relais/).fill('02 99 12 34 56');
	await main.getByLabel(/^Adresse électronique du relais/).fill(`rpe-${id}@rpe-demo.test`);
	await main.getByLabel(/^Délai visé/).fill('7');
	await main.getByRole('button', { name: 'Créer le relais' }).click();
	const slug = `relais-petite-enfance-essai-${id}`;
	await expectPath(page, `/territoire/relais/${slug}`);
	await expect(main.getByText(`Le relais « ${relayName} » est créé.`)).toBeVisible();
	await expect(main.getByLabel(/^Code des références/)).toHaveValue(code);
	await expectNoHorizontalScroll(page);
	await expectNoA11yViolations(page);

	// Edit: the relay has no request yet, so its code may still change.
	const newCode = freshCode();
	await main.getByLabel(/^Code des références/).fill(newCode);
	await main.getByLabel(/^Délai visé/).fill('5');
	await main.getByRole('button', { name: 'Enregistrer les informations' }).click();
	await expect(main.getByText('Les informations du relais sont enregistrées.')).toBeVisible();
	await page.reload();
	await expect(main.getByLabel(/^Code des références/)).toHaveValue(newCode);
	await expect(main.getByLabel(/^Délai visé/)).toHaveValue('5');
	await expect(main.getByRole('link', { name: 'Gérer les communes de ce relais' })).toHaveAttribute(
		'href',
		`/territoire/communes?relais=${slug}`
	);

	// Its first admin: the coordinator names them, the portal mails the link.
	const admin = newStaffAccount('admin');
	const adminForm = main.getByRole('form', { name: 'Créer un administrateur du relais' });
	await adminForm.getByLabel(/^Nom et prénom/).fill(admin.name);
	await adminForm.getByLabel(/^Adresse électronique professionnelle/).fill(admin.email);
	await adminForm.getByRole('button', { name: 'Créer le compte et envoyer le lien' }).click();
	await expect(main.getByText(/Le compte administrateur est créé/)).toBeVisible();
	const row = main.getByRole('row').filter({ hasText: admin.name });
	await expect(row).toContainText('Administrateur du relais');
	await expect(row).toContainText('En attente du mot de passe');
	await expectNoA11yViolations(page);

	// The same email again is a field error.
	await adminForm.getByLabel(/^Nom et prénom/).fill('Autre Personne');
	await adminForm.getByLabel(/^Adresse électronique professionnelle/).fill(admin.email);
	await adminForm.getByRole('button', { name: 'Créer le compte et envoyer le lien' }).click();
	await expect(
		adminForm.getByText('Un compte existe déjà avec cette adresse électronique.')
	).toBeVisible();
	await expectNoA11yViolations(page);

	// It serves a commune, moved from whichever relay has it, so that the test runs again on
	// the same database.
	const commune = communeOf[test.info().project.name] ?? communeOf.desktop;
	if (!commune) throw new Error('no commune for this project');
	await page.goto(`/territoire/communes/${commune.inseeCode}`);
	await main.getByLabel(/^Relais/).selectOption({ label: relayName });
	await main.getByRole('button', { name: 'Enregistrer le relais' }).click();
	await expect(main.getByText(`La commune est confiée au ${relayName}.`)).toBeVisible();
	await expectNoHorizontalScroll(page);
	await expectNoA11yViolations(page);

	// The overview lists it.
	await page.goto('/territoire');
	const overviewRow = main.getByRole('row').filter({ hasText: relayName });
	await expect(overviewRow).toContainText(newCode);
	await expectNoHorizontalScroll(page);
	await expectNoA11yViolations(page);

	// The admin, in a browser of their own, chooses a password and lands on the relay's home.
	const context = await browser.newContext({
		storageState: { cookies: [], origins: [] },
		extraHTTPHeaders: test.info().project.use.extraHTTPHeaders
	});
	try {
		const adminPage = await context.newPage();
		await choosePasswordFromMail(adminPage, admin);
		await adminPage.goto(signInUrl());
		await submitSignIn(adminPage, admin.email, admin.password);
		await expectPath(adminPage, '/relais');
		await expect(adminPage.getByRole('banner')).toContainText(relayName);
		// A family of that commune asks: the request waits in the new relay's queue.
		const family = await sendFamilyRequest(request, 'vilaine-ouest', { commune });
		await adminPage.goto('/relais/file');
		await expect(
			adminPage.getByRole('main').getByRole('link', { name: new RegExp(family.reference) })
		).toBeVisible();
		expect(family.reference.startsWith(`${newCode}-`)).toBe(true);
		// A relay's admin never opens the coordinator's pages.
		const forbidden = await adminPage.goto('/territoire');
		expect(forbidden?.status()).toBe(403);
	} finally {
		await context.close();
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a code another relay has is refused at its field, what was typed stays; a relay with requests keeps its code', async ({
		page
	}) => {
		// axe analyses a page without JavaScript as a copy in a second browser: slower.
		test.slow();
		const id = randomBytes(3).toString('hex');
		const relayName = `Relais Sans Script ${id}`;
		const main = page.getByRole('main');
		await signInWith(page, demoCoordinator);

		await page.goto('/territoire/relais/nouveau');
		await main.getByLabel(/^Nom du relais/).fill(relayName);
		// VO: the demo relay Vilaine Ouest's code.
		await main.getByLabel(/^Code des références/).fill('VO');
		await main.getByLabel(/^Adresse du relais/).fill('5 rue des Essais, 35000 Rennes');
		await main.getByLabel(/^Téléphone du relais/).fill('02 99 12 34 57');
		await main.getByLabel(/^Adresse électronique du relais/).fill(`rpe-${id}@rpe-demo.test`);
		await main.getByRole('button', { name: 'Créer le relais' }).click();
		const code = main.getByLabel(/^Code des références/);
		await expect(code).toHaveAttribute('aria-invalid', 'true');
		await expect(code).toHaveAccessibleDescription(/déjà celui d’un autre relais/);
		await expect(main.getByLabel(/^Nom du relais/)).toHaveValue(relayName);
		await expectNoA11yViolations(page);

		await code.fill(freshCode());
		await main.getByRole('button', { name: 'Créer le relais' }).click();
		await expectPath(page, `/territoire/relais/relais-sans-script-${id}`);
		await expect(main.getByText(`Le relais « ${relayName} » est créé.`)).toBeVisible();

		// The demo relay has received requests: its code is shown, read-only, and why.
		await page.goto('/territoire/relais/vilaine-ouest');
		const locked = main.getByLabel(/^Code des références/);
		await expect(locked).toHaveValue('VO');
		await expect(locked).toHaveAttribute('readonly', '');
		await expect(locked).toHaveAccessibleDescription(/ne peut plus être changé/);
		await expectNoHorizontalScroll(page);
		await expectNoA11yViolations(page);
	});
});
