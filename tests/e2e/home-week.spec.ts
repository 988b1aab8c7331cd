import type { Page } from '@playwright/test';
import {
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';
import { sendFamilyRequest } from './helpers/requests';

/**
 * The staff home's "your appointments of the week" (issue 9, item 4): it said "Aucun
 * rendez-vous cette semaine" while the agenda listed three. Whatever the day of the run, the
 * home lists exactly the appointments the agenda shows for this week.
 */

test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest') });

const main = (page: Page) => page.getByRole('main');

/** The requests a page links to, once each (the agenda shows a table and a list). */
const requestLinks = async (page: Page, scope = main(page)) =>
	[
		...new Set(
			await scope
				.locator('a[href^="/relais/demandes/"]')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
		)
	].sort();

test('the home lists the appointments of the agenda’s week', async ({ page, request }) => {
	test.slow();
	const sent = await sendFamilyRequest(request, 'vilaine-ouest');
	await page.goto(`/relais/demandes/${sent.reference}`);
	const take = main(page).locator('form[action="?/take"]');
	const reason = take.getByLabel(/^Pourquoi la prendre avant son tour/);
	if ((await reason.count()) > 0) await reason.fill('Rendez-vous à fixer pour le test');
	await take.getByRole('button', { name: 'Prendre la demande' }).click();
	await expect(main(page).getByText('La demande vous est attribuée.')).toBeVisible();

	// The earliest free slot of the relay, whoever holds it.
	await page.goto(`/relais/demandes/${sent.reference}/rendez-vous`);
	await main(page).getByRole('checkbox').first().check();
	await main(page).getByRole('button', { name: 'Réserver ce créneau' }).click();
	await expect(main(page).getByText(/Rendez-vous réservé/)).toBeVisible();

	// Other tests book with the same animator meanwhile: read both pages again until they agree.
	const section = main(page).getByRole('region', { name: 'Vos rendez-vous de la semaine' });
	let agenda: string[] = [];
	await expect(async () => {
		await page.goto('/relais/agenda');
		agenda = await requestLinks(page);
		await page.goto('/relais');
		expect(await requestLinks(page, section)).toEqual(agenda);
	}).toPass();
	if (agenda.length > 0) {
		await expect(section).not.toContainText('Aucun rendez-vous cette semaine');
		await expect(section).toContainText(/\d+ rendez-vous du/);
	}
	await expectNoA11yViolations(page);
	await page.setViewportSize({ width: 320, height: 740 });
	await expectNoHorizontalScroll(page);
});
