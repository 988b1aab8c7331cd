import { expect, expectNoA11yViolations, test } from './fixtures';

test('an unknown address answers 404 with a calm page and a reference', async ({ page }) => {
	const response = await page.goto('/page-qui-n-existe-pas');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();

	// The reference a person reads out to the relay is the one the logs carry.
	const reference = response?.headers()['x-request-id'];
	expect(reference, 'the response carries an x-request-id').toBeTruthy();
	await expect(page.getByRole('main')).toContainText(reference ?? 'missing x-request-id');

	await expect(page.getByRole('link', { name: 'Revenir à l’accueil' })).toBeVisible();
	await expectNoA11yViolations(page);
});
