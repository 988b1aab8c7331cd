/**
 * The demo accounts the server seeds on the first start of an empty embedded database
 * (src/lib/server/seed). The passwords are public: they are printed at the console too.
 */
export type StaffRole = 'admin' | 'animator' | 'official';
export type RelaySlug = 'vilaine-ouest' | 'vilaine-est';

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
	'vilaine-est': 'Relais Petite Enfance Vilaine Est'
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
	'vilaine-est': { mail: 'est', password: 'Est' }
};

export const staffRoles: readonly StaffRole[] = ['admin', 'animator', 'official'];
export const relaySlugs: readonly RelaySlug[] = ['vilaine-ouest', 'vilaine-est'];

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

/** The deployment's coordinator (seeded with the demo; no relay). */
export const coordinatorAccount = {
	email: 'coordination@rpe-demo.test',
	password: 'Demo-Coordination-2026',
	home: '/territoire'
} as const;
