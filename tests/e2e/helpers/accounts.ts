/**
 * The demo accounts the server seeds on the first start of an empty embedded database
 * (src/lib/server/seed/demo-territory.ts). The passwords are public: they are printed at the
 * console too. Each relay has an admin, an animator and an official; the territory has a
 * coordinator and officials of the whole deployment and of each EPCI (below).
 */
export type StaffRole = 'admin' | 'animator' | 'official';
export type RelaySlug = 'vilaine-ouest' | 'vilaine-est' | 'rennes' | 'val-d-ille-aubigne';

export interface DemoAccount {
	email: string;
	password: string;
	role: StaffRole;
	relay: RelaySlug;
	relayName: string;
	/** Where this role lands after signing in. */
	home: '/relais' | '/observatoire';
}

export const relayNames: Record<RelaySlug, string> = {
	'vilaine-ouest': 'Relais Petite Enfance Vilaine Ouest',
	'vilaine-est': 'Relais Petite Enfance Vilaine Est',
	rennes: 'Relais Petite Enfance de Rennes',
	'val-d-ille-aubigne': 'Relais Petite Enfance Val d’Ille-Aubigné'
};

const mailbox: Record<StaffRole, string> = {
	admin: 'admin',
	animator: 'animation',
	official: 'elu'
};
const passwordWord: Record<StaffRole, string> = {
	admin: 'Admin',
	animator: 'Animation',
	official: 'Elu'
};
const relayWord: Record<RelaySlug, { mail: string; password: string }> = {
	'vilaine-ouest': { mail: 'ouest', password: 'Ouest' },
	'vilaine-est': { mail: 'est', password: 'Est' },
	rennes: { mail: 'rennes', password: 'Rennes' },
	'val-d-ille-aubigne': { mail: 'via', password: 'Via' }
};

export const staffRoles: readonly StaffRole[] = ['admin', 'animator', 'official'];
export const relaySlugs: readonly RelaySlug[] = [
	'vilaine-ouest',
	'vilaine-est',
	'rennes',
	'val-d-ille-aubigne'
];

export function demoAccount(role: StaffRole, relay: RelaySlug): DemoAccount {
	const words = relayWord[relay];
	return {
		email: `${mailbox[role]}.${words.mail}@rpe-demo.test`,
		password: `Demo-${passwordWord[role]}-${words.password}-2026`,
		role,
		relay,
		relayName: relayNames[relay],
		home: role === 'official' ? '/observatoire' : '/relais'
	};
}

export const allDemoAccounts: readonly DemoAccount[] = relaySlugs.flatMap((relay) =>
	staffRoles.map((role) => demoAccount(role, relay))
);

/** An account of the territory rather than of one relay: the coordinator, some officials. */
export interface TerritoryDemoAccount {
	email: string;
	password: string;
	role: 'coordinator' | 'official';
	/** What the header shows: the deployment's name (DEPLOYMENT_NAME) or the EPCI's. */
	territoryName: string;
	home: '/territoire' | '/observatoire';
}

/** The demo's coordinator: sets up relays and communes of the whole deployment. */
export const demoCoordinator: TerritoryDemoAccount = {
	email: 'coordination@rpe-demo.test',
	password: 'Demo-Coordination-2026',
	role: 'coordinator',
	territoryName: 'Ille-et-Vilaine',
	home: '/territoire'
};

/** Officials of the whole deployment and of each EPCI of the demo (not of one relay). */
export const territoryOfficials: readonly TerritoryDemoAccount[] = [
	{
		email: 'elu.departement@rpe-demo.test',
		password: 'Demo-Elu-Departement-2026',
		role: 'official',
		territoryName: 'Ille-et-Vilaine',
		home: '/observatoire'
	},
	{
		email: 'elu.metropole@rpe-demo.test',
		password: 'Demo-Elu-Metropole-2026',
		role: 'official',
		territoryName: 'Rennes Métropole',
		home: '/observatoire'
	},
	{
		email: 'elu.val-d-ille@rpe-demo.test',
		password: 'Demo-Elu-ValDIlle-2026',
		role: 'official',
		territoryName: "CC Val d'Ille-Aubigné",
		home: '/observatoire'
	}
];
