import type { Db } from '../db/types';
import { staffUsers } from '../db/schema';
import { hashPassword } from '../auth/password';

/**
 * The deployment's coordinator of the demo: sets up relays, their communes and their first
 * admins; no relay, no EPCI. The password is public, like the other demo accounts'.
 */
export const demoCoordinator = {
	role: 'coordinator',
	email: 'coordination@rpe-demo.test',
	name: 'Hélène Guillou',
	password: 'Demo-Coordination-2026'
} as const;

/** Idempotent: an existing account of that email is left as it is. */
export async function seedDemoCoordinator(tx: Db): Promise<void> {
	await tx
		.insert(staffUsers)
		.values({
			email: demoCoordinator.email,
			name: demoCoordinator.name,
			role: demoCoordinator.role,
			passwordHash: await hashPassword(demoCoordinator.password)
		})
		.onConflictDoNothing();
}
