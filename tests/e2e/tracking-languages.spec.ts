import { expect, expectNoA11yViolations, expectNoHorizontalScroll, test } from './fixtures';
import { demoTrackingToken, openDemoRequests } from './helpers/demo-requests';
import { E2E_BASE_URL } from './helpers/server';

/** The demo requests were made in French; these tests only read them. */
const tokenFor = (projectName: string) =>
	demoTrackingToken(openDemoRequests[projectName === 'mobile' ? 'mobile' : 'desktop'].viewed.rank);

test.describe('the tracking pages in the family’s language', () => {
	test.use({ locale: 'en-GB' });

	test('an English address shows English words, and its links keep the language', async ({
		page
	}, info) => {
		const token = tokenFor(info.project.name);
		const response = await page.goto(`/en/suivi/${token}`);

		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1, name: 'Your request' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Where is your request?' })).toBeVisible();
		await expect(
			page.getByText(/^Request (?:VO|VE|RN|VIA)-2026-\d{5}, received on \d+ November 2026\.$/)
		).toBeVisible();
		const steps = page.getByRole('list').filter({ hasText: 'Request received' });
		await expect(steps.getByRole('listitem')).toHaveCount(6);
		await expect(page.getByRole('button', { name: 'Save my contact details' })).toBeVisible();
		await expect(page.getByText('Où en est votre demande ?')).toHaveCount(0);
		await expect(page.getByText('Vos coordonnées')).toHaveCount(0);
		await expectNoA11yViolations(page);

		const data = page.getByRole('link', { name: 'My data', exact: true });
		await expect(data).toHaveAttribute('href', `/en/suivi/${token}/donnees`);
		await data.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'The request', exact: true })).toBeVisible();
		await expect(page.getByRole('rowheader', { name: 'Reference' })).toBeVisible();
		await expect(page.getByText('Demande déposée')).toHaveCount(0);
		await expectNoA11yViolations(page);

		await page.getByRole('link', { name: 'Ask for my data to be erased' }).click();
		await expect(page).toHaveURL(new RegExp(`/en/suivi/${token}/effacer$`));
		await expect(page.getByRole('heading', { level: 1, name: 'Erase your data' })).toBeVisible();
		await page.getByRole('button', { name: 'Erase my data' }).click();
		await expect(page.getByRole('link', { name: 'Tick the box to confirm.' })).toBeVisible();
	});

	test('an Arabic address reads right to left and fits a phone', async ({ page }, info) => {
		const token = tokenFor(info.project.name);
		await page.goto(`/ar/suivi/${token}`);

		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: 'متابعة طلبكم' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'حفظ معلومات الاتصال' })).toBeVisible();
		await expectNoA11yViolations(page);
		await page.setViewportSize({ width: 320, height: 640 });
		await expectNoHorizontalScroll(page);
	});

	test('an address without a language opens in the request’s language, then keeps it', async ({
		page
	}, info) => {
		const token = tokenFor(info.project.name);
		// The browser asks for English, no cookie: the request, made in French, speaks French.
		const response = await page.goto(`/suivi/${token}`);

		expect(response?.status()).toBe(200);
		expect(new URL(page.url()).pathname).toBe(`/fr/suivi/${token}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Suivi de votre demande' })
		).toBeVisible();

		// Remembered now: a plain address of the same request stays where it is, in French.
		await page.goto(`/suivi/${token}/donnees`);
		expect(new URL(page.url()).pathname).toBe(`/suivi/${token}/donnees`);
		await expect(page.getByRole('heading', { level: 1, name: 'Vos données' })).toBeVisible();
	});

	test('the language the family chose wins over the request’s', async ({ page, context }, info) => {
		const token = tokenFor(info.project.name);
		await context.addCookies([{ name: 'guichet_langue', value: 'en', url: E2E_BASE_URL }]);
		await page.goto(`/suivi/${token}/nouvelles`);

		expect(new URL(page.url()).pathname).toBe(`/suivi/${token}/nouvelles`);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Have you found childcare?' })
		).toBeVisible();
	});
});
