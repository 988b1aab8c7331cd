import type { Db } from '../db/types';
import type { OfficialUser } from '../auth/session';
import {
	communesInScope,
	officialScopeOf,
	type OfficialScopeKind,
	type ScopeCommune
} from './official-scope';

export interface OfficialTerritory {
	kind: OfficialScopeKind;
	/** The relay's, the EPCI's or the deployment's name. */
	name: string;
	communes: ScopeCommune[];
}

/** What an official's territory covers, as the observatory says it: names only, no request. */
export async function officialTerritory(db: Db, user: OfficialUser): Promise<OfficialTerritory> {
	const scope = officialScopeOf(user);
	return {
		kind: scope.kind,
		name: user.territoryName,
		communes: await communesInScope(db, scope)
	};
}
