import {
	SIGN_IN_PATH,
	expect,
	expectNoA11yViolations,
	expectPath,
	signInAs,
	signOutButton,
	test
} from './fixtures';

// Signs in afresh: signing out kills the session, which the shared fixtures must keep.
test('signing out kills the session on the server, not only in the browser', async ({
	page,
	context,
	browser
}) => {
	await signInAs(page, 'animator', 'vilaine-est');
	const cookiesBefore = await context.cookies();
	expect(cookiesBefore.length, 'signing in sets a cookie').toBeGreaterThan(0);

	await signOutButton(page).click();
	await expectPath(page, SIGN_IN_PATH);
	await expect(signOutButton(page)).toHaveCount(0);
	await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();
	await expectNoA11yViolations(page);

	await page.goto('/relais');
	await expectPath(page, SIGN_IN_PATH);

	// Someone who copied the cookie before the sign-out gets nothing from it.
	const replay = await browser.newContext({
		storageState: { cookies: cookiesBefore, origins: [] }
	});
	try {
		const replayPage = await replay.newPage();
		await replayPage.goto('/relais');
		await expectPath(replayPage, SIGN_IN_PATH);
		await expect(signOutButton(replayPage)).toHaveCount(0);
	} finally {
		await replay.close();
	}
});
