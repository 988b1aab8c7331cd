import { expect, type Locator, type Page } from '@playwright/test';
import { demoAccount, type DemoAccount, type RelaySlug, type StaffRole } from './accounts';

export const SIGN_IN_PATH = '/connexion';

/** Any account a test signs in with: a demo account, a coordinator, a person just added. */
export interface SignInAccount {
	email: string;
	password: string;
	/** Where the account lands after signing in. */
	home: string;
}
export const INVALID_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect.';
export const TOO_MANY_ATTEMPTS = 'Trop de tentatives';

export interface SignInForm {
	email: Locator;
	password: Locator;
	submit: Locator;
}

/**
 * The sign-in form's fields, found by their visible labels. Anchored at the start so that a
 * "show the password" button labelled "Afficher le mot de passe" never matches.
 */
export function signInForm(page: Page): SignInForm {
	const main = page.getByRole('main');
	return {
		email: main.getByLabel(/^Adresse électronique/),
		password: main.getByLabel(/^Mot de passe/),
		submit: main.getByRole('button', { name: 'Se connecter' })
	};
}

export function signInUrl(redirectTo?: string): string {
	return redirectTo ? `${SIGN_IN_PATH}?redirectTo=${encodeURIComponent(redirectTo)}` : SIGN_IN_PATH;
}

/** Fills and submits the form on the current page; does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
	const form = signInForm(page);
	await form.email.fill(email);
	await form.password.fill(password);
	await form.submit.click();
}

/** Expects the current page to be `path` (query string ignored). */
export async function expectPath(page: Page, path: string): Promise<void> {
	await expect
		.poll(() => new URL(page.url()).pathname, { message: `expected to be on ${path}` })
		.toBe(path);
}

/**
 * Signs in through the real form, the way a person does, and waits until the role's home
 * (or `redirectTo`) is shown.
 */
export async function signInAs(
	page: Page,
	role: StaffRole,
	relay: RelaySlug,
	options: { redirectTo?: string } = {}
): Promise<DemoAccount> {
	const account = demoAccount(role, relay);
	await signInWith(page, account, options);
	return account;
}

export async function signInWith(
	page: Page,
	account: SignInAccount,
	options: { redirectTo?: string } = {}
): Promise<void> {
	await page.goto(signInUrl(options.redirectTo));
	await submitSignIn(page, account.email, account.password);
	await expectPath(page, options.redirectTo ?? account.home);
	await expect(signOutButton(page)).toBeVisible();
}

/** The "Se déconnecter" button of the header, shown only to a signed-in person. */
export function signOutButton(page: Page): Locator {
	return page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' });
}

/** The message at the top of the sign-in form, announced to screen readers (role alert). */
export function formAlert(page: Page, text: string | RegExp): Locator {
	return page.getByRole('alert').filter({ hasText: text });
}
