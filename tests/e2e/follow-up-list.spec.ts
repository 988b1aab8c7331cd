import type { Page } from '@playwright/test';
import {
	demoAccount,
	e2eCoordinator,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';

/**
 * The animators' follow-up list (issue 12): the families met in an appointment whose outcome
 * is not recorded yet. An appointment is held only once it has begun, so no test here can
 * make one: the demo has none, and the list shows its empty state (or, should a held
 * appointment exist, its table). The rows themselves are tested on a real database
 * (tests/integration/follow-up-list.test.ts). Nothing here writes: both projects may share
 * the accounts.
 */

const FOLLOW_UPS = '/relais/suivis';
const main = (page: Page) => page.getByRole('main');
const navLink = (page: Page) =>
	page
		.getByRole('navigation', { name: 'Navigation principale' })
		.getByRole('link', { name: 'Suivi des familles' });

/** The list's table, or the sentence that says there is nobody to follow. */
async function expectListOrEmptyState(page: Page, emptySentence: string): Promise<void> {
	const table = main(page).getByRole('table', { name: /Demandes à suivre/ });
	const empty = main(page).getByRole('heading', { name: 'Aucune famille à suivre' });
	await expect(table.or(empty)).toBeVisible();
	if (await table.isVisible()) {
		await expect(
			table.getByRole('columnheader', { name: 'Premier rendez-vous tenu' })
		).toBeVisible();
		await expect(table.getByRole('link').first()).toHaveAttribute(
			'href',
			/^\/relais\/demandes\/[A-Z]{2,4}-\d{4}-\d{5,}$/
		);
	} else {
		await expect(main(page)).toContainText(emptySentence);
	}
}

test.describe('an animator', () => {
	test.use({ signedInAs: demoAccount('animator', 'vilaine-ouest') });

	test('reaches « Suivi des familles » from the navigation with the keyboard', async ({ page }) => {
		await page.goto('/relais');
		const link = navLink(page);
		await expect(link).not.toHaveAttribute('aria-current');
		// Tab through the page's first stops until the link has the focus.
		let reached = false;
		for (let stop = 0; stop < 20 && !reached; stop += 1) {
			await page.keyboard.press('Tab');
			reached = await link.evaluate((element) => element === document.activeElement);
		}
		expect(reached, 'the link is a Tab stop').toBe(true);
		await page.keyboard.press('Enter');

		await expect(page).toHaveURL(FOLLOW_UPS);
		await expect(page.getByRole('heading', { level: 1, name: 'Suivi des familles' })).toBeVisible();
		await expect(navLink(page)).toHaveAttribute('aria-current', 'page');
		await expectListOrEmptyState(page, 'Les familles apparaîtront ici');
		await expectNoA11yViolations(page);
	});

	test('narrows the list to the requests assigned to them, and the page fits 320 px', async ({
		page
	}) => {
		// Hydration sets the select back to its bound value: a choice made before it would be
		// lost (CI saw `?attribution=` once). Once the network is idle the page is hydrated.
		await page.goto(FOLLOW_UPS, { waitUntil: 'networkidle' });
		const filter = main(page).getByRole('combobox', { name: 'Demandes' });
		await expect(filter).toHaveValue('');
		await filter.selectOption({ label: 'Les miennes' });
		await main(page).getByRole('button', { name: 'Afficher' }).click();

		await expect(page).toHaveURL(`${FOLLOW_UPS}?attribution=moi`);
		await expect(filter).toHaveValue('moi');
		await expectListOrEmptyState(page, 'Aucune des demandes qui vous sont attribuées');
		await expectNoA11yViolations(page);

		await page.setViewportSize({ width: 320, height: 740 });
		await expectNoHorizontalScroll(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Suivi des familles' })).toBeVisible();
		await expectNoA11yViolations(page);
	});
});

for (const [who, account] of [
	['an official', demoAccount('official', 'vilaine-ouest')],
	['a coordinator', e2eCoordinator]
] as const) {
	test.describe(who, () => {
		test.use({ signedInAs: account });

		test('gets 403 on the follow-up list', async ({ page }) => {
			const response = await page.goto(FOLLOW_UPS);
			expect(response?.status()).toBe(403);
			await expect(
				page.getByRole('heading', { level: 1, name: 'Accès non autorisé' })
			).toBeVisible();
			await expect(
				page.getByRole('navigation').getByRole('link', { name: 'Suivi des familles' })
			).toHaveCount(0);
			await expectNoA11yViolations(page);
		});
	});
}
