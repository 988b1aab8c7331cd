/**
 * Coordinator accounts for the end-to-end tests. The server keeps its data in an embedded
 * PGlite that only its own process can open, so no test can create an account while it runs;
 * and a coordinator is created by nobody in the portal (the first one comes from the command
 * line). So `server/seed-coordinators.ts` writes these accounts into the e2e database before
 * the server starts (playwright.config.ts), and the tests sign in with them like with the
 * demo accounts.
 *
 * - `e2eCoordinator` is the one most tests use: `test.use({ signedInAs: e2eCoordinator })` or
 *   `pageAs(e2eCoordinator)`. Its sessions are shared by a worker's tests: never sign out with
 *   it, never change its password.
 * - `spareCoordinator(n)` (n = 1 … SPARE_COORDINATORS) is an account for one test file alone,
 *   for a test that signs out, changes the password or locks the account. Take the next free
 *   number and write it in the list below, so that two files never share one.
 *     1: tests/e2e/coordinator-access.spec.ts (signs in through the form)
 */
export interface CoordinatorAccount {
	email: string;
	password: string;
	name: string;
	role: 'coordinator';
	/** Where a coordinator lands after signing in. */
	home: '/territoire';
}

export const SPARE_COORDINATORS = 8;

function coordinatorAccount(label: string, name: string): CoordinatorAccount {
	return {
		email: `coordination.${label}@rpe-demo.test`,
		password: `Essai-Coordination-${label}-2026`,
		name,
		role: 'coordinator',
		home: '/territoire'
	};
}

export const e2eCoordinator: CoordinatorAccount = coordinatorAccount(
	'e2e',
	'Claude Coordination Essai'
);

export function spareCoordinator(n: number): CoordinatorAccount {
	if (!Number.isInteger(n) || n < 1 || n > SPARE_COORDINATORS)
		throw new Error(`spare coordinators are numbered 1 to ${SPARE_COORDINATORS}, not ${n}`);
	return coordinatorAccount(`e2e-${n}`, `Claude Coordination Essai ${n}`);
}

export const allE2eCoordinators: readonly CoordinatorAccount[] = [
	e2eCoordinator,
	...Array.from({ length: SPARE_COORDINATORS }, (_, i) => spareCoordinator(i + 1))
];
