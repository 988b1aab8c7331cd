import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, expectNoHorizontalScroll, test } from './fixtures';

/**
 * Issue 14: a family chooses its language on every family page with plain links (no
 * JavaScript needed); the address names it, a cookie remembers it; `<html lang dir>` follows,
 * right to left in Arabic. Staff pages stay French.
 */

const html = (page: Page) => page.locator('html');
const languages = (page: Page) =>
	page.getByRole('navigation', { name: /^(Langue|Language|اللغة)$/ });

test.describe('language links without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the English link shows the page in English, the Arabic one right to left, and the choice is remembered', async ({
		page
	}) => {
		await page.goto('/');
		await expect(html(page)).toHaveAttribute('lang', 'fr');
		await expect(html(page)).toHaveAttribute('dir', 'ltr');
		await expect(languages(page).getByRole('link', { name: 'Français' })).toHaveAttribute(
			'aria-current',
			'true'
		);

		// Each link is named in its own language and says which language it leads to.
		const english = languages(page).getByRole('link', { name: 'English' });
		await expect(english).toHaveAttribute('lang', 'en');
		await expect(english).toHaveAttribute('hreflang', 'en');
		await english.click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/en');
		await expect(html(page)).toHaveAttribute('lang', 'en');
		await expect(html(page)).toHaveAttribute('dir', 'ltr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Find childcare for your child'
		);
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
		await expect(languages(page).getByRole('link', { name: 'English' })).toHaveAttribute(
			'aria-current',
			'true'
		);
		// The way into the form keeps the language.
		await expect(page.getByRole('link', { name: 'Make a request online' })).toHaveAttribute(
			'href',
			'/en/demande'
		);
		await expectNoA11yViolations(page);

		await languages(page).getByRole('link', { name: 'العربية' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/ar');
		await expect(html(page)).toHaveAttribute('lang', 'ar');
		await expect(html(page)).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('ابحثوا عن مكان لرعاية طفلكم');
		await expectNoA11yViolations(page);

		// The cookie remembers it: the plain address opens in Arabic.
		await page.goto('/');
		await expect(html(page)).toHaveAttribute('lang', 'ar');

		// French again, said by the address, and remembered in turn.
		await languages(page).getByRole('link', { name: 'Français' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/fr');
		await expect(html(page)).toHaveAttribute('lang', 'fr');
		await page.goto('/');
		await expect(html(page)).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeAttached();
	});

	test('an Arabic page reads right to left at 375 px without a horizontal scroll bar', async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 720 });
		await page.goto('/ar');
		await expect(html(page)).toHaveAttribute('dir', 'rtl');
		// The header starts on the right: the service's name is at the right edge.
		const brand = page.getByRole('link', { name: /^Guichet/ });
		const box = await brand.boundingBox();
		expect(box, 'the service name is shown').not.toBeNull();
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan(375 / 2);
		await expectNoHorizontalScroll(page);
		await expectNoA11yViolations(page);
	});

	test('a link keeps the query string, and staff pages have no language links', async ({
		page
	}) => {
		await page.goto('/?depuis=affiche');
		await expect(languages(page).getByRole('link', { name: 'English' })).toHaveAttribute(
			'href',
			'/en?depuis=affiche'
		);
		await expect(languages(page).getByRole('link', { name: 'Français' })).toHaveAttribute(
			'href',
			'/fr?depuis=affiche'
		);

		// A family that chose Arabic opens the staff sign-in page: French, no language links.
		await page.goto('/ar');
		await page.goto('/connexion');
		await expect(html(page)).toHaveAttribute('lang', 'fr');
		await expect(html(page)).toHaveAttribute('dir', 'ltr');
		await expect(languages(page)).toHaveCount(0);
	});

	test('the error page speaks the family’s language', async ({ page }) => {
		await page.goto('/en');
		const response = await page.goto('/page-qui-n-existe-pas');
		expect(response?.status()).toBe(404);
		await expect(html(page)).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('main')).toContainText(
			'This page does not exist or is no longer available.'
		);
		await expect(page.getByRole('link', { name: 'Go back to the home page' })).toHaveAttribute(
			'href',
			'/en'
		);

		await page.goto('/ar');
		await page.goto('/page-qui-n-existe-pas');
		await expect(html(page)).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible();
		await expectNoA11yViolations(page);
	});
});

test('after a client-side navigation to a staff page, lang and dir are French again', async ({
	page
}) => {
	await page.goto('/ar');
	await expect(html(page)).toHaveAttribute('dir', 'rtl');
	// The staff area's link in the header: SvelteKit navigates without reloading the document.
	await page.getByRole('link', { name: 'فضاء المهنيين (بالفرنسية)' }).click();
	await expect.poll(() => new URL(page.url()).pathname).toBe('/connexion');
	await expect(html(page)).toHaveAttribute('lang', 'fr');
	await expect(html(page)).toHaveAttribute('dir', 'ltr');
	await page.goBack();
	await expect.poll(() => new URL(page.url()).pathname).toBe('/ar');
	await expect(html(page)).toHaveAttribute('lang', 'ar');
	await expect(html(page)).toHaveAttribute('dir', 'rtl');
});
