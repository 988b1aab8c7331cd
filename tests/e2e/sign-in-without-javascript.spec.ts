import {
	INVALID_CREDENTIALS,
	SIGN_IN_PATH,
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectPath,
	formAlert,
	signInForm,
	signOutButton,
	submitSignIn,
	test,
	useOwnClientAddress
} from './fixtures';

test.use({ javaScriptEnabled: false });

test.describe('sign-in without JavaScript', () => {
	test('works with the keyboard alone: Tab to the fields, type, Enter', async ({ page }) => {
		const account = demoAccount('admin', 'vilaine-est');
		await page.goto(SIGN_IN_PATH);
		await expectNoA11yViolations(page);
		const form = signInForm(page);

		// The email field is reachable by Tab from the top of the page.
		let tabs = 0;
		while (!(await form.email.evaluate((field) => field === document.activeElement)) && tabs < 25) {
			await page.keyboard.press('Tab');
			tabs += 1;
		}
		await expect(form.email).toBeFocused();
		await page.keyboard.type(account.email);
		await page.keyboard.press('Tab');
		await expect(form.password).toBeFocused();
		await page.keyboard.type(account.password);
		await page.keyboard.press('Enter');

		await expectPath(page, account.home);
		await expect(signOutButton(page)).toBeVisible();
		await expect(page.getByRole('banner')).toContainText(account.relayName);
	});

	test('shows the generic message after a wrong password', async ({ page, context }) => {
		await useOwnClientAddress(context);
		await page.goto(SIGN_IN_PATH);
		await submitSignIn(page, `personne-${Date.now()}@rpe-demo.test`, 'pas-le-bon-mot-de-passe');
		await expectPath(page, SIGN_IN_PATH);
		await expect(formAlert(page, INVALID_CREDENTIALS)).toBeVisible();
		// The email typed so far is kept, so the person only retypes the password.
		await expect(signInForm(page).email).toHaveValue(/^personne-\d+@rpe-demo\.test$/);
		await expectNoA11yViolations(page);
	});
});
