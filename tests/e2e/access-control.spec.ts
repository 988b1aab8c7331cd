import {
	SIGN_IN_PATH,
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectPath,
	signInForm,
	signOutButton,
	submitSignIn,
	test
} from './fixtures';
import { allowedAccount, forbiddenRoles, staffRoutes } from './helpers/staff-routes';

test.describe('anonymous visitor', () => {
	staffRoutes.forEach((route, index) => {
		test(`is sent from ${route.path} to the sign-in page, then back after signing in`, async ({
			page
		}) => {
			await page.goto(route.path);
			await expectPath(page, SIGN_IN_PATH);
			expect(new URL(page.url()).searchParams.get('redirectTo')).toBe(route.path);
			await expect(signInForm(page).email).toBeVisible();

			const account = allowedAccount(route, index % 2 === 0 ? 'vilaine-ouest' : 'vilaine-est');
			await submitSignIn(page, account.email, account.password);

			await expectPath(page, route.path);
			await expect(signOutButton(page)).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoA11yViolations(page);
		});
	});
});

for (const route of staffRoutes) {
	for (const role of forbiddenRoles(route)) {
		test.describe(`${role} on ${route.path}`, () => {
			test.use({ signedInAs: demoAccount(role, 'vilaine-ouest') });

			test('gets a 403 page saying access is not allowed', async ({ page }) => {
				const response = await page.goto(route.path);
				expect(response?.status()).toBe(403);
				await expect(
					page.getByRole('heading', { level: 1, name: 'Accès non autorisé' })
				).toBeVisible();
				await expectNoA11yViolations(page);
			});
		});
	}
}

test.describe('an admin of another relay', () => {
	test.use({ signedInAs: demoAccount('admin', 'vilaine-ouest') });

	test('gets 404 on the staff page of a member of relay Est', async ({ page, pageAs }) => {
		// Two accounts signed in (argon2 each, on first use by the worker) and every action tried.
		test.slow();
		const adminEst = await pageAs(demoAccount('admin', 'vilaine-est'));
		await adminEst.goto('/relais/equipe');
		await expectNoA11yViolations(adminEst);
		const memberLink = adminEst.getByRole('main').locator('a[href*="/relais/equipe/"]').first();
		const href = await memberLink.getAttribute('href');
		expect(href, 'relay Est lists its members with links').toMatch(/\/relais\/equipe\/[^/?#]+$/);
		const memberPath = new URL(href ?? '', adminEst.url()).pathname;

		// The id is real: relay Est's admin opens it.
		const own = await adminEst.goto(memberPath);
		expect(own?.status()).toBe(200);
		await expectNoA11yViolations(adminEst);

		const response = await page.goto(memberPath);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
		await expect(page.getByRole('main')).not.toContainText(
			await adminEst.getByRole('heading', { level: 1 }).innerText()
		);
		await expectNoA11yViolations(page);
	});
});
