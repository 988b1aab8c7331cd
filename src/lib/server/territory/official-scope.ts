import { and, asc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/types';
import { childcareRequests, communes } from '../db/schema';
import type { OfficialUser } from '../auth/session';
import { config } from '../config';

/**
 * What an elected official sees: the communes one relay serves, the communes of one
 * intercommunality (EPCI), or the whole deployment. The observatory cuts every count by it.
 */
export type OfficialScope =
	{ kind: 'relay'; relayId: string } | { kind: 'epci'; epciCode: string } | { kind: 'deployment' };

export type OfficialScopeKind = OfficialScope['kind'];

/**
 * The scope of an official's account. A row with both a relay and an EPCI is refused by the
 * database (`staff_users_scope`); should one ever be read, it is an error, never "both", and
 * never the whole deployment: a scope may only be as wide as the account says.
 */
export function officialScopeOf(user: Pick<OfficialUser, 'relayId' | 'epciCode'>): OfficialScope {
	if (user.relayId !== null && user.epciCode !== null)
		throw new Error('an official is attached to a relay or an EPCI, not both');
	if (user.relayId !== null) return { kind: 'relay', relayId: user.relayId };
	if (user.epciCode !== null) return { kind: 'epci', epciCode: user.epciCode };
	return { kind: 'deployment' };
}

/**
 * The deployment's communes: every commune a relay serves, wherever it is, and the unserved
 * communes of the configured départements (the référentiel loads them; no relay covers them
 * yet, but requests from them are part of the territory's demand).
 */
function inDeployment(): SQL {
	const served = isNotNull(communes.relayId);
	const departements = config.departements;
	return or(served, inArray(communes.departement, departements)) ?? served;
}

/** The condition on `communes` that keeps the communes of the scope. */
export function communeInScope(scope: OfficialScope): SQL {
	switch (scope.kind) {
		case 'relay':
			return eq(communes.relayId, scope.relayId);
		case 'epci':
			// Whichever relays serve them: an EPCI may be split between relays.
			return and(eq(communes.epciCode, scope.epciCode), inDeployment()) ?? inDeployment();
		case 'deployment':
			return inDeployment();
	}
}

/**
 * The condition on `childcare_requests` that keeps the requests of the scope, by the family's
 * commune of residence (where the demand is), not by the relay that holds the file now: a
 * request transferred to another relay still counts where the family lives.
 */
export function requestInScope(scope: OfficialScope): SQL {
	return sql`${childcareRequests.residenceInsee} in (select ${communes.inseeCode} from ${communes} where ${communeInScope(scope)})`;
}

export interface ScopeCommune {
	inseeCode: string;
	name: string;
}

/** The communes an official of this scope sees, by name. */
export async function communesInScope(db: Db, scope: OfficialScope): Promise<ScopeCommune[]> {
	return db
		.select({ inseeCode: communes.inseeCode, name: communes.name })
		.from(communes)
		.where(communeInScope(scope))
		.orderBy(asc(communes.name), asc(communes.inseeCode));
}
