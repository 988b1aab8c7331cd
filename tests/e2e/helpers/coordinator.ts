import { expect, type Page } from '@playwright/test';
import { expectPath, signOutButton, submitSignIn, signInUrl } from './sign-in';

/**
 * The deployment's coordinator the demo seed creates (src/lib/server/seed/demo-coordinator.ts).
 * Not a DemoAccount: it belongs to no relay and lands on /territoire.
 */
export const demoCoordinator = {
	email: 'coordination@rpe-demo.test',
	password: 'Demo-Coordination-2026',
	home: '/territoire'
} as const;

/** Signs the coordinator in through the real form, and waits for the territory's page. */
export async function signInAsCoordinator(page: Page): Promise<void> {
	await page.goto(signInUrl());
	await submitSignIn(page, demoCoordinator.email, demoCoordinator.password);
	await expectPath(page, demoCoordinator.home);
	await expect(signOutButton(page)).toBeVisible();
}
