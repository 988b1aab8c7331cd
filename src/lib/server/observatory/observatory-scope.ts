import type { SessionUser } from '../auth/session';
import { officialScopeOf, type OfficialScope } from '../territory/official-scope';

/** Whose figures the observatory shows: the same territories as an official's. */
export type ObservatoryScope = OfficialScope;

/**
 * Each role sees the observatory of its own territory: an official theirs (a relay, an EPCI or
 * the deployment), the relay's staff their relay, the coordinator the whole deployment.
 */
export function observatoryScopeOf(user: SessionUser): ObservatoryScope {
	switch (user.role) {
		case 'official':
			return officialScopeOf(user);
		case 'admin':
		case 'animator':
			return { kind: 'relay', relayId: user.relayId };
		case 'coordinator':
			return { kind: 'deployment' };
	}
}

/** The key of a territory in `observatory_counts.scope`. */
export function scopeKeyOf(scope: ObservatoryScope): string {
	switch (scope.kind) {
		case 'relay':
			return `relay:${scope.relayId}`;
		case 'epci':
			return `epci:${scope.epciCode}`;
		case 'deployment':
			return 'deployment';
	}
}
