import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';
import { linkIn, waitForMailTo } from './helpers/outbox';
import { sendFamilyRequest } from './helpers/requests';
import type { Page } from '@playwright/test';

/** The childminders' names of the list on the page, in the list's order. */
const childminderNames = (page: Page, within = page.locator('body')) =>
	within
		.getByTestId('family-list-entries')
		.locator(':scope > li')
		.locator('.entry__name')
		.allTextContents();
const structureNames = (page: Page, within = page.locator('body')) =>
	within
		.getByTestId('family-list-structures')
		.locator(':scope > li')
		.locator('.entry__name')
		.allTextContents();

test.describe('the list handed to a family', () => {
	test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest') });

	test('an animator prepares and gives the list; the family sees the same list, in the same order, with the other care beside it', async ({
		page,
		request
	}) => {
		// Three pages of a hundred childminders each checked by axe: a long test by nature.
		test.setTimeout(180_000);
		// A request of its own per project and per try: giving a list changes it.
		const sent = await sendFamilyRequest(request, 'vilaine-ouest');
		await page.goto(`/relais/demandes/${sent.reference}`);
		await page
			.getByRole('link', { name: 'Préparer la liste des assistantes et assistants maternels' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: /Préparer la liste/ })).toBeVisible();
		// Filled from the request: around Bruz, the child's birth date, the start.
		await expect(page.getByLabel('Autour de la commune')).toHaveValue('35047');
		await expect(page.getByLabel('Distance maximale (km)')).toHaveValue('10');
		await expectNoA11yViolations(page);

		// The animator widens the search (a bigger radius) and sees how many match.
		await page.getByLabel('Distance maximale (km)').fill('25');
		await page.getByRole('button', { name: 'Mettre à jour le nombre' }).click();
		await expect(page.getByLabel('Distance maximale (km)')).toHaveValue('25');
		await expect(page).toHaveURL(/autour=35047&km=25/);
		const count = page.getByRole('heading', { level: 2, name: /correspond/ });
		await expect(count).toBeVisible();
		const prepared = await childminderNames(page);
		expect(prepared.length).toBeGreaterThan(0);
		const structures = await structureNames(page);
		expect(structures.length).toBeGreaterThan(0);

		await page.getByRole('button', { name: 'Remettre la liste à la famille' }).click();
		await expect(page.getByText(/La liste est remise à la famille/)).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name: /Liste remise le/ })).toBeVisible();
		expect(await childminderNames(page)).toEqual(prepared);
		expect(await structureNames(page)).toEqual(structures);
		await expectNoA11yViolations(page);
		const listAddress = page.url();

		// The printable version: the portal's header and navigation are not printed.
		await expect(page.getByText('utilisez la fonction imprimer de votre navigateur')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-nav')).toBeHidden();
		await expect(page.getByText('utilisez la fonction imprimer de votre navigateur')).toBeHidden();
		await expect(page.getByTestId('family-list-entries')).toBeVisible();
		await page.emulateMedia({ media: 'screen' });

		// The request page keeps the history of the lists given.
		await page.goto(`/relais/demandes/${sent.reference}`);
		const history = page.getByRole('region', { name: 'Listes remises', exact: true });
		await expect(
			history.getByRole('cell', { name: String(prepared.length), exact: true })
		).toBeVisible();
		await history.getByRole('link', { name: /Voir la liste du/ }).click();
		await expect(page).toHaveURL(listAddress.replace('?remise=1', ''));

		// The family gets the list by mail, and finds the same list on its tracking page.
		const listMail = await waitForMailTo(sent.email, (mail) =>
			(mail.subject ?? '').includes('liste des modes d’accueil')
		);
		expect(listMail.text).toContain(prepared[0]);
		await page.goto(linkIn(listMail, '/suivi/').pathname);
		const lists = page.getByRole('region', { name: 'Les listes remises par le relais' });
		await expect(lists).toBeVisible();
		expect(await childminderNames(page, lists)).toEqual(prepared);
		expect(await structureNames(page, lists)).toEqual(structures);
		await expect(lists.getByText(/L’ordre de la liste ne traduit aucune préférence/)).toBeVisible();
		await expectNoA11yViolations(page);
		await page.setViewportSize({ width: 320, height: 640 });
		await expectNoHorizontalScroll(page);
	});
});
