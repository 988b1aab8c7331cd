import { and, asc, eq, exists } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { communes, relays } from '../../db/schema';
import { communeInScope } from '../../territory/official-scope';
import type { ObservatoryScope } from '../observatory-scope';

export interface ScopeRelay {
	id: string;
	slug: string;
	name: string;
}

/**
 * The relays serving at least one commune of the territory, by name: those whose CAF report
 * someone of that territory may open (the predefined list of the report's relay choice).
 */
export async function relaysInScope(db: Db, scope: ObservatoryScope): Promise<ScopeRelay[]> {
	return db
		.select({ id: relays.id, slug: relays.slug, name: relays.name })
		.from(relays)
		.where(
			exists(
				db
					.select({ one: communes.inseeCode })
					.from(communes)
					.where(and(eq(communes.relayId, relays.id), communeInScope(scope)))
			)
		)
		.orderBy(asc(relays.name), asc(relays.id));
}

/**
 * The territory's code in the open-data file: the EPCI's SIREN code, the relay's slug, or
 * `deploiement` for the whole territory served. Codes only, nothing about a person.
 */
export async function territoryCodeOf(db: Db, scope: ObservatoryScope): Promise<string> {
	switch (scope.kind) {
		case 'epci':
			return scope.epciCode;
		case 'deployment':
			return 'deploiement';
		case 'relay': {
			const [relay] = await db
				.select({ slug: relays.slug })
				.from(relays)
				.where(eq(relays.id, scope.relayId));
			return relay?.slug ?? scope.relayId;
		}
	}
}
