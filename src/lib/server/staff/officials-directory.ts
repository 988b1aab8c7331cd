import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/types';
import { communes, epcis, relays, staffUsers } from '../db/schema';
import { config } from '../config';
import { hasPasswordColumn } from './staff-directory';
import { communeInScope, type OfficialScopeKind } from '../territory/official-scope';

export interface OfficialListing {
	id: string;
	name: string;
	email: string;
	active: boolean;
	hasPassword: boolean;
	scope: { kind: OfficialScopeKind; name: string };
}

/** Every official of the deployment with the territory each one sees; never a password hash. */
export async function listOfficials(db: Db): Promise<OfficialListing[]> {
	const rows = await db
		.select({
			id: staffUsers.id,
			name: staffUsers.name,
			email: staffUsers.email,
			active: staffUsers.active,
			hasPassword: hasPasswordColumn,
			relayName: relays.name,
			epciName: epcis.name
		})
		.from(staffUsers)
		.leftJoin(relays, eq(relays.id, staffUsers.relayId))
		.leftJoin(epcis, eq(epcis.code, staffUsers.epciCode))
		.where(eq(staffUsers.role, 'official'))
		.orderBy(asc(staffUsers.name), asc(staffUsers.email));
	return rows.map(({ relayName, epciName, ...official }) => ({
		...official,
		scope:
			relayName !== null
				? { kind: 'relay', name: relayName }
				: epciName !== null
					? { kind: 'epci', name: epciName }
					: { kind: 'deployment', name: config.deploymentName }
	}));
}

/** What the coordinator may attach an official to: the relays, the EPCIs of the deployment. */
export async function officialScopeChoices(db: Db) {
	const relayChoices = await db
		.select({ id: relays.id, name: relays.name })
		.from(relays)
		.orderBy(asc(relays.name));
	const epciChoices = await db
		.selectDistinct({ code: epcis.code, name: epcis.name })
		.from(epcis)
		.innerJoin(communes, eq(communes.epciCode, epcis.code))
		.where(communeInScope({ kind: 'deployment' }))
		.orderBy(asc(epcis.name), asc(epcis.code));
	return { relays: relayChoices, epcis: epciChoices, deploymentName: config.deploymentName };
}

/** The coordinator's officials page: the list and the choices of the form. */
export async function officialsPage(db: Db) {
	return { officials: await listOfficials(db), ...(await officialScopeChoices(db)) };
}
