import { addDays, addMonths, addYears } from '../../src/lib/time/calendar-date';
import { todayInParis } from '../../src/lib/time/paris';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoFrench, frenchIn, readableTextOf } from './helpers/french-text';
import { languageFamily, languageFamilyToken } from './helpers/language-families';
import { waitForMailTo } from './helpers/outbox';

/**
 * No French on an English or Arabic family page (issue 14): every family page, in each
 * language, with its error messages shown, scanned against the French family catalogue
 * (helpers/french-text.ts). Read-only on the seeded requests (server/seed-language-families.ts):
 * every form posted here is refused, or makes a request of its own.
 *
 * One browser context, JavaScript off: every page comes from the server, as a family without
 * JavaScript reads it, and nothing waits on hydration. Only the desktop project runs it: the
 * text does not depend on the screen's width.
 */
test.use({ javaScriptEnabled: false });

const today = todayInParis();
const main = (page: Page) => page.getByRole('main');
/** The step's "continue" (or "send") button: the visible one, not the hidden default. */
const next = (page: Page) => page.locator('button[name="intent"][value="next"]:not([hidden])');

/** The error summary at the top, with a link to the field (any field when none named). */
const summaryLink = (page: Page, field = '') =>
	page.getByRole('alert').locator(`a[href^="#${field}"]`).first();

async function visit(page: Page, path: string, status = 200): Promise<void> {
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(status);
}

async function expectStepPath(page: Page, step: string): Promise<void> {
	await expect
		.poll(() => new URL(page.url()).pathname, { message: `on the step ${step}` })
		.toMatch(new RegExp(`/demande/[0-9a-f-]{36}/${step}$`));
}

// The text is the same at every width: the desktop project runs the scan (@desktop).
test('the scan finds the French catalogue on a French page (control) @desktop', async ({
	page
}) => {
	await visit(page, '/fr/demande');
	const found = frenchIn(await readableTextOf(page));
	// The start page's title, lead, lists and button are all French catalogue values.
	expect(found.length, found.join('\n')).toBeGreaterThan(5);
});

for (const locale of ['en', 'ar'] as const) {
	test(`no French on the ${locale} family pages, their errors shown @desktop`, async ({ page }) => {
		test.slow();
		const at = (path: string) => (path === '/' ? `/${locale}` : `/${locale}${path}`);

		// The home page and the request form's start.
		await visit(page, at('/'));
		await expectNoFrench(page);
		await visit(page, at('/demande'));
		await expectNoFrench(page);
		await main(page).getByRole('button').click();

		// Step 1, refused empty, then filled.
		await expectStepPath(page, 'coordonnees');
		await expectNoFrench(page);
		await next(page).click();
		await expect(summaryLink(page)).toBeVisible();
		await expectNoFrench(page, 'step 1 with its errors');
		await page.locator('input[name="parentNames"]').fill('Amina Haddad');
		await page.locator('input[name="email"]').fill('pas une adresse');
		await page.locator('input[name="appointmentMode"][value="phone"]').check();
		await next(page).click();
		await expect(summaryLink(page, 'phone')).toBeVisible();
		await expectNoFrench(page, 'step 1 with its errors (phone, email)');
		await page.locator('input[name="email"]').fill(`langues-${locale}-${Date.now()}@exemple.test`);
		await page.locator('input[name="phone"]').fill('06 12 34 56 78');
		await next(page).click();

		// Step 2: empty, misspelt, outside the territory, then a served commune.
		await expectStepPath(page, 'commune');
		await expectNoFrench(page);
		await next(page).click();
		await expect(summaryLink(page)).toBeVisible();
		await expectNoFrench(page, 'step 2, empty');
		await page.locator('input[name="residence"]').fill('Mordel');
		await next(page).click();
		await expect(summaryLink(page, 'residence')).toBeVisible();
		await expectNoFrench(page, 'step 2, a misspelt commune');
		await page.locator('input[name="residence"]').fill('Vitré');
		await next(page).click();
		await expect(summaryLink(page, 'residence')).toBeVisible();
		await expectNoFrench(page, 'step 2, a commune not served');
		await page.locator('input[name="residence"]').fill('35760');
		await next(page).click();
		await expect(page.locator('input[name="residenceInsee"][type="radio"]').first()).toBeVisible();
		await expectNoFrench(page, 'step 2, a postal code of two communes');
		await page.locator('input[name="residenceInsee"][type="radio"]').first().check();
		await next(page).click();

		// Step 3: empty, then one child born and one expected.
		await expectStepPath(page, 'enfants');
		await expectNoFrench(page);
		await next(page).click();
		await expect(summaryLink(page)).toBeVisible();
		await expectNoFrench(page, 'step 3 with its errors');
		await page.locator('input[name="child1_status"][value="born"]').check();
		await page.locator('input[name="child1_date"]').fill(addYears(today, -1));
		await page.locator('button[name="intent"][value="addChild"]').click();
		await expect(page.locator('input[name="child2_status"]').first()).toBeVisible();
		await expectNoFrench(page, 'step 3 with two children');
		await page.locator('input[name="child2_status"][value="expected"]').check();
		await page.locator('input[name="child2_date"]').fill(addMonths(today, 2));
		await next(page).click();

		// Step 4: a start in the past and a day ending before it starts, then put right.
		await expectStepPath(page, 'besoin');
		await expectNoFrench(page);
		await page.locator('input[name="desiredStart"]').fill(addDays(today, -3));
		await page.locator('input[name="tue_start"]').fill('18:00');
		await page.locator('input[name="tue_end"]').fill('08:00');
		await next(page).click();
		await expect(summaryLink(page, 'desiredStart')).toBeVisible();
		await expectNoFrench(page, 'step 4 with its errors');
		await page.locator('input[name="desiredStart"]').fill(addMonths(today, 3));
		await page.locator('input[name="tue_start"]').fill('06:30');
		await page.locator('input[name="tue_end"]').fill('18:00');
		await page.locator('input[name="sat_start"]').fill('09:00');
		await page.locator('input[name="sat_end"]').fill('12:00');
		await page.locator('input[name="regularity"][value="regular"]').check();
		await page.locator('input[name="careKinds"]').first().check();
		await next(page).click();

		// Step 5: the summary and the notice; refused without the consent, then sent.
		await expectStepPath(page, 'envoi');
		await expectNoFrench(page);
		await next(page).click();
		await expect(summaryLink(page, 'consent')).toBeVisible();
		await expectNoFrench(page, 'step 5 with its error');
		await page.locator('input[name="consent"]').check();
		await next(page).click();
		await expect
			.poll(() => new URL(page.url()).pathname, { message: 'on the sent page' })
			.toMatch(/\/demande\/envoyee\/[0-9a-f-]{36}$/);
		await expectNoFrench(page, 'the sent page');

		// The tracking lookup: refused empty, then answered (an address nobody used).
		await visit(page, at('/suivi'));
		await expectNoFrench(page);
		await main(page).locator('form').getByRole('button').click();
		await expect(summaryLink(page, 'email')).toBeVisible();
		await expectNoFrench(page, 'the lookup with its error');
		await page.locator('input[name="email"]').fill(`personne-${locale}@exemple.test`);
		await main(page).locator('form').getByRole('button').click();
		await expect(page.getByRole('alert').getByRole('link')).toHaveCount(0);
		await expectNoFrench(page, 'the lookup answered');

		// A request with a booked appointment: its page, its forms refused.
		const booked = at(`/suivi/${languageFamilyToken({ locale, kind: 'booked' })}`);
		await visit(page, booked);
		// The appointment is shown, with the ways to move or cancel it.
		await expect(page.locator('form[action*="cancelAppointment"]')).toHaveCount(1);
		await expectNoFrench(page);
		await page.locator('input[name="email"]').fill('pas une adresse');
		await page.locator('form[action*="contact"]').getByRole('button').click();
		await expect(summaryLink(page, 'email')).toBeVisible();
		await expectNoFrench(page, 'the contact details refused');
		await visit(page, booked);
		await page
			.locator('form[action*="cancel"]:has(input[name="reason"])')
			.getByRole('button')
			.click();
		await expect(summaryLink(page, 'reason')).toBeVisible();
		await expectNoFrench(page, 'the cancellation refused');

		// Its data and its erasure page, the erasure refused (the box not ticked).
		await visit(page, `${booked}/donnees`);
		await expectNoFrench(page);
		await visit(page, `${booked}/effacer`);
		await expectNoFrench(page);
		await main(page).locator('form:has(input[name="confirm"])').getByRole('button').click();
		await expect(summaryLink(page, 'confirm')).toBeVisible();
		await expectNoFrench(page, 'the erasure refused');
		await visit(page, at('/suivi/donnees-effacees'));
		await expectNoFrench(page);

		// A request whose appointment was held a month ago: its tracking page asks how it went,
		// and the follow-up page, its answer refused without a kind of care.
		const { email } = languageFamily(locale, 'followUp');
		await waitForMailTo(email, (mail) => (mail.text ?? '').includes('/nouvelles'));
		const heldPath = at(`/suivi/${languageFamilyToken({ locale, kind: 'followUp' })}`);
		await visit(page, heldPath);
		await expectNoFrench(page);
		await visit(page, `${heldPath}/nouvelles`);
		await expectNoFrench(page);
		await visit(page, `${heldPath}/nouvelles?reponse=found`);
		await expectNoFrench(page);
		await main(page).locator('form[action*="found"]').getByRole('button').click();
		await expect(summaryLink(page, 'careKind')).toBeVisible();
		await expectNoFrench(page, 'the follow-up answer refused');

		// Pages that do not exist: an unknown tracking link, an unknown address.
		await visit(page, at(`/suivi/${'a'.repeat(32)}`), 404);
		await expectNoFrench(page);
		await visit(page, '/page-qui-n-existe-pas', 404);
		await expectNoFrench(page, '(the language remembered)');
	});
}
