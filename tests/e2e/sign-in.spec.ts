import {
	INVALID_CREDENTIALS,
	SIGN_IN_PATH,
	allDemoAccounts,
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	expectPath,
	formAlert,
	signInForm,
	signInWith,
	submitSignIn,
	territoryOfficials,
	test,
	useOwnClientAddress
} from './fixtures';

test.describe('sign-in page', () => {
	test('shows a labelled form and has no accessibility violation', async ({ page }) => {
		const response = await page.goto(SIGN_IN_PATH);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const form = signInForm(page);
		await expect(form.email).toBeVisible();
		await expect(form.password).toBeVisible();
		await expect(form.submit).toBeVisible();
		await expectNoHorizontalScroll(page);
		await expectNoA11yViolations(page);
	});

	for (const account of allDemoAccounts) {
		test(`signs in ${account.email} and lands on ${account.home}`, async ({ page }) => {
			await signInWith(page, account);
			await expect(page.getByRole('banner')).toContainText(account.relayName);
		});
	}

	// Officials of an EPCI or of the whole deployment: no relay, their territory's name.
	for (const account of territoryOfficials) {
		test(`signs in ${account.email}, official of ${account.territoryName}`, async ({ page }) => {
			await page.goto(SIGN_IN_PATH);
			await submitSignIn(page, account.email, account.password);
			await expectPath(page, account.home);
			await expect(page.getByRole('banner')).toContainText(account.territoryName);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(account.territoryName);
		});
	}

	test('gives the same generic message, at the top, for a wrong password and an unknown email', async ({
		page,
		context
	}) => {
		await useOwnClientAddress(context);
		const known = demoAccount('animator', 'vilaine-ouest');
		const attempts = [
			{ email: known.email, password: 'pas-le-bon-mot-de-passe' },
			{ email: `personne-${Date.now()}@rpe-demo.test`, password: known.password }
		];
		const messages: string[] = [];
		for (const { email, password } of attempts) {
			await page.goto(SIGN_IN_PATH);
			await submitSignIn(page, email, password);
			const alert = formAlert(page, INVALID_CREDENTIALS);
			await expect(alert).toBeVisible();
			await expectPath(page, SIGN_IN_PATH);
			messages.push((await alert.innerText()).trim());

			// At the top: above the first field, where a screen-magnifier user starts reading.
			const alertBox = await alert.boundingBox();
			const emailBox = await signInForm(page).email.boundingBox();
			expect(alertBox && emailBox && alertBox.y < emailBox.y).toBe(true);
			await expectNoA11yViolations(page);
		}
		expect(messages[0]).toBe(messages[1]);
	});
});
