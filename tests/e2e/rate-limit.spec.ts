import { randomUUID } from 'node:crypto';
import type { Page, Response } from '@playwright/test';
import {
	INVALID_CREDENTIALS,
	SIGN_IN_PATH,
	TOO_MANY_ATTEMPTS,
	demoAccount,
	expect,
	expectNoA11yViolations,
	expectPath,
	formAlert,
	signOutButton,
	submitSignIn,
	test,
	useOwnClientAddress
} from './fixtures';
import { addTeamMember, choosePasswordFromMail, newStaffAccount } from './helpers/team';

// Native form posts: the browser then gets the action's real status. An enhanced (JavaScript)
// submission always gets 200, with the status inside SvelteKit's JSON.
test.use({ javaScriptEnabled: false });

const FAILURES_ALLOWED = 5;

/** Submits the sign-in form and returns the server's answer to the POST. */
async function attemptSignIn(page: Page, email: string, password: string): Promise<Response> {
	await page.goto(SIGN_IN_PATH);
	const [response] = await Promise.all([
		page.waitForResponse(
			(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === SIGN_IN_PATH
		),
		submitSignIn(page, email, password)
	]);
	return response;
}

async function failSignInTimes(page: Page, email: string, times: number): Promise<void> {
	for (let attempt = 1; attempt <= times; attempt += 1) {
		const response = await attemptSignIn(page, email, `mauvais-mot-de-passe-${attempt}`);
		expect(response.status(), `attempt ${attempt} is not blocked yet`).not.toBe(429);
		await expect(formAlert(page, INVALID_CREDENTIALS)).toBeVisible();
	}
}

async function expectBlocked(page: Page, response: Response): Promise<void> {
	expect(response.status()).toBe(429);
	await expect(formAlert(page, TOO_MANY_ATTEMPTS)).toBeVisible();
	await expectPath(page, SIGN_IN_PATH);
	await expect(signOutButton(page)).toHaveCount(0);
}

test('an account is locked after 5 failures: even its right password is refused, from anywhere', async ({
	page,
	context,
	pageAs
}) => {
	// Six to eight password checks (argon2) and page loads: more than 30 s on a loaded machine.
	test.slow();
	const member = newStaffAccount('animator');
	await addTeamMember(await pageAs(demoAccount('admin', 'vilaine-ouest')), member);
	await choosePasswordFromMail(page, member);

	// The password works before the lock.
	await attemptSignIn(page, member.email, member.password);
	await expectPath(page, '/relais');
	await context.clearCookies();

	await useOwnClientAddress(context);
	await failSignInTimes(page, member.email, FAILURES_ALLOWED);
	await expectBlocked(page, await attemptSignIn(page, member.email, 'encore-un-mauvais'));
	await expectNoA11yViolations(page);

	// The lock is on the account, not only on the address that failed.
	await useOwnClientAddress(context);
	await expectBlocked(page, await attemptSignIn(page, member.email, member.password));
});

test('an unknown email is limited the same way, so the answer never reveals who has an account', async ({
	page,
	context
}) => {
	// Six to eight password checks (argon2) and page loads: more than 30 s on a loaded machine.
	test.slow();
	const email = `inconnu-${randomUUID()}@rpe-demo.test`;
	await useOwnClientAddress(context);
	await failSignInTimes(page, email, FAILURES_ALLOWED);
	await expectBlocked(page, await attemptSignIn(page, email, 'encore-un-mauvais'));

	await useOwnClientAddress(context);
	await expectBlocked(page, await attemptSignIn(page, email, 'encore-un-mauvais'));
});

test('an address that failed 5 times is refused even a right password for another account', async ({
	page,
	context
}) => {
	// Six to eight password checks (argon2) and page loads: more than 30 s on a loaded machine.
	test.slow();
	await useOwnClientAddress(context);
	for (let attempt = 1; attempt <= FAILURES_ALLOWED; attempt += 1) {
		await attemptSignIn(page, `inconnu-${randomUUID()}@rpe-demo.test`, 'mauvais');
		await expect(formAlert(page, INVALID_CREDENTIALS)).toBeVisible();
	}
	// The right password of a real account, from the blocked address. (Were the refusal
	// counted against the account, the desktop and mobile runs would still stay under 5.)
	const account = demoAccount('animator', 'vilaine-est');
	await expectBlocked(page, await attemptSignIn(page, account.email, account.password));
});
