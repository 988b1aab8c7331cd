import { randomBytes } from 'node:crypto';
import { staffUsers } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { hashPassword } from '../../src/lib/server/auth/password';
import { sessionUserOf, type CoordinatorUser } from '../../src/lib/server/auth/session';
import type { RelayInput } from '../../src/lib/forms/relay';
import { TEST_PASSWORD } from './fixtures';

/** The deployment's coordinator: no relay, no EPCI (the database's scope check). */
export async function makeCoordinator(db: Database): Promise<CoordinatorUser> {
	const id = randomBytes(4).toString('hex');
	const [user] = await db
		.insert(staffUsers)
		.values({
			email: `coordination-${id}@example.org`,
			name: `Coordination ${id}`,
			role: 'coordinator',
			passwordHash: await hashPassword(TEST_PASSWORD)
		})
		.returning();
	if (!user) throw new Error('coordinator not created');
	const session = sessionUserOf({ ...user, relay: null, epci: null });
	if (session.role !== 'coordinator') throw new Error('not a coordinator');
	return session;
}

/** Two to four capitals no other test uses (random: the tests of a file share a database). */
export const freshReferenceCode = () =>
	Array.from(randomBytes(4), (b) => String.fromCharCode(65 + (b % 26))).join('');

/** A relay's details as the form's schema gives them. */
export const relayInput = (overrides: Partial<RelayInput> = {}): RelayInput => ({
	name: `Relais Petite Enfance ${randomBytes(3).toString('hex')}`,
	referenceCode: freshReferenceCode(),
	address: '2 place de la Mairie, 35000 Rennes',
	phone: '+33299000000',
	email: 'rpe@exemple.test',
	targetDays: 7,
	...overrides
});
