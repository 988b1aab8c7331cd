import { randomInt } from 'node:crypto';
import { communes, epcis, staffUsers } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { hashPassword } from '../../src/lib/server/auth/password';
import { sessionUserOf, type CoordinatorUser } from '../../src/lib/server/auth/session';
import { TEST_PASSWORD } from './fixtures';

let nextEpci = randomInt(100_000_000, 900_000_000);
let nextCommune = randomInt(0, 500);

/** An intercommunality with a SIREN of its own. */
export async function makeEpci(db: Database, name = 'CC Test') {
	const [epci] = await db
		.insert(epcis)
		.values({ code: String(nextEpci++), name, kind: 'CC' })
		.returning();
	if (!epci) throw new Error('EPCI not created');
	return epci;
}

/**
 * A commune of a département (35 by default, the deployment's in tests), in an EPCI or none,
 * served by a relay or none. Its INSEE code starts with the département's.
 */
export async function makeTerritoryCommune(
	db: Database,
	options: { name: string; relayId: string | null; epciCode: string | null; departement?: string }
) {
	const departement = options.departement ?? '35';
	const inseeCode = `${departement}${String(nextCommune++ % 1000).padStart(3, '0')}`;
	const [commune] = await db
		.insert(communes)
		.values({
			inseeCode,
			name: options.name,
			postalCodes: [`${departement}000`],
			departement,
			epciCode: options.epciCode,
			relayId: options.relayId,
			population: 1000,
			latitude: 48.1,
			longitude: -1.7
		})
		.returning();
	if (!commune) throw new Error('commune not created');
	return commune;
}

/** The deployment's coordinator, as pages see them. */
export async function makeCoordinator(db: Database): Promise<CoordinatorUser> {
	const [row] = await db
		.insert(staffUsers)
		.values({
			email: `coordination-${randomInt(1e9)}@example.org`,
			name: 'Coordination Test',
			role: 'coordinator',
			passwordHash: await hashPassword(TEST_PASSWORD)
		})
		.returning();
	if (!row) throw new Error('coordinator not created');
	const user = sessionUserOf({ ...row, relay: null, epci: null });
	if (user.role !== 'coordinator') throw new Error('not a coordinator');
	return user;
}
