import { expect, expectNoA11yViolations, expectNoHorizontalScroll, test } from './fixtures';

test.describe('public home page', () => {
	test('has one main heading and no accessibility violation', async ({ page }) => {
		const response = await page.goto('/');
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('reflows at 320 px wide without a horizontal scroll bar', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoHorizontalScroll(page);
		await expectNoA11yViolations(page);
	});

	test('offers a skip link as the first Tab stop, which moves focus to the main content', async ({
		page
	}) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skipLink = page.getByRole('link', { name: 'Aller au contenu' });
		await expect(skipLink).toBeFocused();
		await expect(skipLink).toBeVisible();

		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null))
			.toBe(true);
	});
});
