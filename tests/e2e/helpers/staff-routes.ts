import { demoAccount, type DemoAccount, type RelaySlug, type StaffRole } from './accounts';

/** The staff pages and who may open them; every other role gets 403. */
export interface StaffRoute {
	path: string;
	allowed: readonly StaffRole[];
}

export const staffRoutes: readonly StaffRoute[] = [
	{ path: '/relais', allowed: ['admin', 'animator'] },
	{ path: '/relais/file', allowed: ['admin', 'animator'] },
	{ path: '/relais/agenda', allowed: ['admin', 'animator'] },
	{ path: '/relais/suivis', allowed: ['admin', 'animator'] },
	{ path: '/relais/annuaire', allowed: ['admin', 'animator'] },
	{ path: '/relais/equipe', allowed: ['admin'] },
	{ path: '/relais/lieux', allowed: ['admin'] },
	{ path: '/relais/disponibilites', allowed: ['admin'] },
	{ path: '/relais/courriels', allowed: ['admin'] },
	{ path: '/relais/annuaire/structures', allowed: ['admin', 'animator'] },
	{ path: '/relais/annuaire/structures/nouvelle', allowed: ['admin'] },
	// Every role reads the observatory, each for its own territory (the coordinator too:
	// tests/e2e/coordinator-access.spec.ts).
	{ path: '/observatoire', allowed: ['official', 'admin', 'animator'] }
];

const roles: readonly StaffRole[] = ['admin', 'animator', 'official'];

export function forbiddenRoles(route: StaffRoute): StaffRole[] {
	return roles.filter((role) => !route.allowed.includes(role));
}

/** A demo account of `relay` allowed on the route. */
export function allowedAccount(route: StaffRoute, relay: RelaySlug): DemoAccount {
	const role = route.allowed[0];
	if (!role) throw new Error(`${route.path} allows nobody`);
	return demoAccount(role, relay);
}
