import type { Page } from '@playwright/test';
import {
	demoCoordinator,
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	relayNames,
	relaySlugs,
	signInWith,
	test,
	type RelaySlug
} from './fixtures';
import { sendFamilyRequest } from './helpers/requests';

/**
 * The coordinator gives a commune to another relay (issue 10): new requests of that commune
 * then land in the new relay's queue. Each project moves a commune of its own that no other
 * test uses, so that the desktop and phone runs never race for one; the test moves it away
 * from whichever relay has it now, so that it can run again on the same database.
 */
const communeOf: Record<string, { name: string; inseeCode: string; typed: string }> = {
	desktop: { name: 'Acigné', inseeCode: '35001', typed: 'acigne' },
	mobile: { name: 'Thorigné-Fouillard', inseeCode: '35334', typed: 'THORIGNE fouillard' }
};

const main = (page: Page) => page.getByRole('main');

/** WCAG 1.4.10: the page reflows at 320 CSS pixels (the table scrolls in its own region). */
async function fitsAt320(page: Page): Promise<void> {
	const size = page.viewportSize();
	await page.setViewportSize({ width: 320, height: size?.height ?? 740 });
	await expectNoHorizontalScroll(page);
	if (size) await page.setViewportSize(size);
}

test('the coordinator moves a commune to another relay, and its next request lands there', async ({
	page,
	pageAs,
	request
}) => {
	test.slow();
	const commune = communeOf[test.info().project.name] ?? communeOf.desktop;
	if (!commune) throw new Error('no commune for this project');

	await signInWith(page, demoCoordinator, { redirectTo: '/territoire/communes' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Communes du territoire');
	await expect(
		page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', {
			name: 'Communes'
		})
	).toHaveAttribute('aria-current', 'page');
	await expectNoA11yViolations(page);
	await fitsAt320(page);

	// Filter by a typed name, without its accents or case.
	await main(page)
		.getByLabel(/^Nom ou code postal/)
		.fill(commune.typed);
	await main(page).getByRole('button', { name: 'Rechercher' }).click();
	await expect(page).toHaveURL(/texte=/);
	const table = main(page).getByRole('table', { name: 'Communes trouvées' });
	const row = table.getByRole('row').filter({ hasText: commune.inseeCode });
	await expect(row).toHaveCount(1);
	await expect(table.getByRole('row')).toHaveCount(2);
	await expectNoA11yViolations(page);
	await fitsAt320(page);

	// Whichever demo relay has it now, give it to the other one.
	const rowText = await row.innerText();
	const from = relaySlugs.find((slug) => rowText.includes(relayNames[slug]));
	if (!from) throw new Error(`${commune.name} is served by no demo relay: ${rowText}`);
	const to: RelaySlug = relaySlugs.find((slug) => slug !== from) ?? 'vilaine-ouest';

	// Sent without a relay: the error is at the field and in the summary.
	await main(page).getByLabel(`Sélectionner ${commune.name}`).check();
	await main(page).getByRole('button', { name: 'Confier les communes cochées' }).click();
	const summary = main(page).getByRole('alert').filter({ hasText: 'Le formulaire contient' });
	await expect(summary).toContainText('Choisissez un relais');
	await expect(main(page).getByLabel(`Sélectionner ${commune.name}`)).toBeChecked();
	await expectNoA11yViolations(page);

	await main(page)
		.getByLabel(/^Relais auquel les confier/)
		.selectOption({ label: relayNames[to] });
	await main(page).getByRole('button', { name: 'Confier les communes cochées' }).click();
	await expect(
		main(page).getByRole('status').filter({ hasText: '1 commune confiée' })
	).toContainText(`${relayNames[to]} : ${commune.name}`);
	await expect(row).toContainText(relayNames[to]);
	await expectNoA11yViolations(page);

	// The commune's own page says so, and checks what is typed for its centre.
	await row.getByRole('link', { name: commune.name }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(commune.name);
	await expect(main(page).getByLabel(/^Relais/)).toHaveValue(/[0-9a-f-]{36}/);
	await expect(main(page).getByText(relayNames[to]).first()).toBeVisible();
	await expectNoA11yViolations(page);
	await fitsAt320(page);
	await main(page)
		.getByLabel(/^Latitude/)
		.fill('95');
	await main(page).getByRole('button', { name: 'Enregistrer le centre' }).click();
	await expect(
		main(page).getByRole('alert').filter({ hasText: 'Le formulaire contient' })
	).toContainText('entre -90 et 90');
	await expectNoA11yViolations(page);

	// A family of that commune asks: the request is in the new relay's queue.
	const family = await sendFamilyRequest(request, to, { commune });
	const animator = await pageAs(demoAccount('animator', to));
	await animator.goto(`/relais/file?commune=${commune.inseeCode}`);
	await expect(
		animator.getByRole('main').getByRole('link', { name: new RegExp(family.reference) })
	).toBeVisible();
	const before = await pageAs(demoAccount('animator', from));
	const response = await before.goto(`/relais/demandes/${family.reference}`);
	expect(response?.status()).toBe(404);
});

test('an admin of a relay is refused the coordinator’s pages', async ({ pageAs }) => {
	const admin = await pageAs(demoAccount('admin', 'vilaine-ouest'));
	const response = await admin.goto('/territoire/communes');
	expect(response?.status()).toBe(403);
	const commune = await admin.goto('/territoire/communes/35047');
	expect(commune?.status()).toBe(403);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the coordinator filters by postal code and gives a commune to a relay @desktop', async ({
		page
	}) => {
		// A commune of its own (this test runs on the desktop project only).
		const commune = { name: 'Vezin-le-Coquet', inseeCode: '35353', postalCode: '35132' };
		await signInWith(page, demoCoordinator, { redirectTo: '/territoire/communes' });

		await main(page)
			.getByLabel(/^Nom ou code postal/)
			.fill(commune.postalCode);
		await main(page).getByRole('button', { name: 'Rechercher' }).click();
		const row = main(page)
			.getByRole('table', { name: 'Communes trouvées' })
			.getByRole('row')
			.filter({ hasText: commune.inseeCode });
		await expect(row).toHaveCount(1);
		const rowText = await row.innerText();
		const from = relaySlugs.find((slug) => rowText.includes(relayNames[slug]));
		const to: RelaySlug = relaySlugs.find((slug) => slug !== from) ?? 'vilaine-ouest';

		await main(page).getByLabel(`Sélectionner ${commune.name}`).check();
		await main(page)
			.getByLabel(/^Relais auquel les confier/)
			.selectOption({ label: relayNames[to] });
		await main(page).getByRole('button', { name: 'Confier les communes cochées' }).click();
		await expect(main(page).getByText('1 commune confiée')).toContainText(relayNames[to]);
		await expect(row).toContainText(relayNames[to]);
		await expectNoA11yViolations(page);
	});
});
