import {
	allDemoAccounts,
	expect,
	expectNoA11yViolations,
	expectNoHorizontalScroll,
	test
} from './fixtures';

for (const account of allDemoAccounts) {
	test.describe(`home of ${account.email}`, () => {
		test.use({ signedInAs: account });

		test(`${account.home} fits the screen and has no accessibility violation`, async ({ page }) => {
			const response = await page.goto(account.home);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('banner')).toContainText(account.relayName);
			await expectNoHorizontalScroll(page);
			await expectNoA11yViolations(page);
		});
	});
}
