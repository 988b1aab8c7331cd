import { addMonths, addYears } from '../../src/lib/time/calendar-date';
import { todayInParis } from '../../src/lib/time/paris';
import {
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test,
	useOwnClientAddress
} from './fixtures';
import type { Page } from '@playwright/test';
import { expectNoFrench, frenchIn } from './helpers/french-text';
import { linkIn, waitForMailTo } from './helpers/outbox';

/**
 * Issue 14's journey: a family that reads Arabic (or English) finds the relay's home page in
 * its language, sends its request on a phone without JavaScript, receives the confirmation in
 * its language, and the tracking link from that mail opens in its language, on any browser.
 * Every page: `<html lang dir>`, no horizontal scroll at 375 px, axe clean, no French left.
 * Tagged @phone: only the mobile project runs it. Each run sends a request of its own.
 */
const VIEWPORT = { width: 375, height: 800 };
test.use({ javaScriptEnabled: false, viewport: VIEWPORT });

const today = todayInParis();
const ARABIC = /\p{Script=Arabic}/u;
const main = (page: Page) => page.getByRole('main');
const next = (page: Page) => page.locator('button[name="intent"][value="next"]:not([hidden])');

const languages = [
	{ locale: 'ar', dir: 'rtl', name: 'Arabic' },
	{ locale: 'en', dir: 'ltr', name: 'English' }
] as const;

for (const { locale, dir, name } of languages) {
	/** The page is in the family's language, readable at 375 px, and axe finds nothing. */
	async function expectFamilyPage(page: Page, what: string): Promise<void> {
		await expect(page.locator('html'), what).toHaveAttribute('lang', locale);
		await expect(page.locator('html'), what).toHaveAttribute('dir', dir);
		expect
			.soft(new URL(page.url()).pathname, `${what}: the address keeps the language`)
			.toMatch(new RegExp(`^/${locale}(/|$)`));
		const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
		if (locale === 'ar') expect.soft(heading, `${what}: the heading in Arabic`).toMatch(ARABIC);
		else expect.soft(heading, `${what}: the heading in English`).not.toMatch(ARABIC);
		await expectNoFrench(page, what);
		await expectNoHorizontalScroll(page);
		await expectNoA11yViolations(page);
	}

	test(`a family sends its request in ${name} without JavaScript at 375 px, and its mail and tracking link are in ${name} @phone`, async ({
		page,
		context,
		browser
	}) => {
		// Nine pages checked with axe (each a copy in a second page: JavaScript is off) and a mail
		// to wait for: about 50 s here, so three minutes for a machine twice as slow and busy.
		test.setTimeout(180_000);
		await useOwnClientAddress(context);
		const email = `famille-${locale}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@exemple.test`;

		// The home page in the family's language, and its way to the form.
		await page.goto(`/${locale}`);
		await expectFamilyPage(page, 'the home page');
		const toForm = main(page).locator(`a[href="/${locale}/demande"]`).first();
		await expect(toForm, 'the home page links to the form in the language').toBeVisible();
		await toForm.click();
		await expect.poll(() => new URL(page.url()).pathname).toBe(`/${locale}/demande`);
		await expectFamilyPage(page, 'the start page');
		await main(page).getByRole('button').click();

		// Step 1.
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/coordonnees$/);
		await expectFamilyPage(page, 'step 1');
		await page.locator('input[name="parentNames"]').fill('Amina Haddad');
		await page.locator('input[name="email"]').fill(email);
		await page.locator('input[name="appointmentMode"][value="phone"]').check();
		await page.locator('input[name="phone"]').fill('06 12 34 56 78');
		await next(page).click();

		// Step 2.
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/commune$/);
		await expectFamilyPage(page, 'step 2');
		await page.locator('input[name="residence"]').fill('Bruz (35170)');
		await next(page).click();

		// Step 3, refused once: the errors, at the top and at the fields, in the language.
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/enfants$/);
		await expectFamilyPage(page, 'step 3');
		await next(page).click();
		await expect(page.getByRole('alert').getByRole('link').first()).toBeVisible();
		await expectFamilyPage(page, 'step 3 with its errors');
		await page.locator('input[name="child1_status"][value="born"]').check();
		await page.locator('input[name="child1_date"]').fill(addYears(today, -1));
		await next(page).click();

		// Step 4.
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/besoin$/);
		await expectFamilyPage(page, 'step 4');
		await page.locator('input[name="desiredStart"]').fill(addMonths(today, 3));
		await page.locator('input[name="regularity"][value="regular"]').check();
		await page.locator('input[name="mon_start"]').fill('08:30');
		await page.locator('input[name="mon_end"]').fill('17:30');
		await page.locator('input[name="careKinds"][value="creche"]').check();
		await next(page).click();

		// Step 5, then the confirmation.
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/envoi$/);
		await expectFamilyPage(page, 'step 5');
		await page.locator('input[name="consent"]').check();
		await next(page).click();
		await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/demande\/envoyee\//);
		await expectFamilyPage(page, 'the sent page');
		const reference = /[A-Z]{2,4}-\d{4}-\d{5,}/.exec(await main(page).innerText())?.[0];
		expect(reference, 'the reference on the sent page').toBeTruthy();

		// The confirmation mail, in the language, with a tracking link that names it.
		const mail = await waitForMailTo(email);
		const mailText = `${mail.subject ?? ''}\n${mail.text ?? ''}`;
		expect.soft(frenchIn(mailText), 'French in the confirmation mail').toEqual([]);
		if (locale === 'ar') {
			expect(mail.subject ?? '', 'the subject in Arabic').toMatch(ARABIC);
			expect(mail.text ?? '', 'the text in Arabic').toMatch(ARABIC);
		} else expect(mailText, 'the mail in English').not.toMatch(ARABIC);
		expect(mail.text ?? '').toContain(reference ?? 'no reference');
		const link = linkIn(mail, '/suivi/');
		expect(link.pathname, 'the mailed link names the language').toMatch(
			new RegExp(`^/${locale}/suivi/`)
		);

		// Opened on another browser (no cookie, a French browser): the family's language still.
		const elsewhere = await browser.newContext({
			javaScriptEnabled: false,
			viewport: VIEWPORT,
			locale: 'fr-FR',
			extraHTTPHeaders: { 'accept-language': 'fr-FR,fr;q=0.9' }
		});
		try {
			const tracking = await elsewhere.newPage();
			const opened = await tracking.goto(`${link.pathname}${link.search}`);
			expect(opened?.status()).toBe(200);
			await expect(tracking.getByRole('main')).toContainText(reference ?? 'no reference');
			await expectFamilyPage(tracking, 'the tracking page opened from the mail');
		} finally {
			await elsewhere.close();
		}
	});
}
