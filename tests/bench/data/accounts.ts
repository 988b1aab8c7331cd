import type { StaffRole } from '../../../src/lib/server/db/schema';

/**
 * The benchmark's accounts: real staff users whose passwords work on /connexion. The
 * passwords are public (the dataset is for measuring, never for people's data); every
 * account of a role shares its role's password.
 */
export const BENCH_EMAIL_DOMAIN = 'banc.guichet.test';

export const benchPasswords: Record<StaffRole, string> = {
	admin: 'Banc-Admin-2026',
	animator: 'Banc-Animation-2026',
	official: 'Banc-Elu-2026',
	coordinator: 'Banc-Coordination-2026'
};

/** The relay of rank `k` (1-based). */
export const relaySlug = (k: number) => `rpe-banc-${k}`;

export const benchEmails = {
	admin: (slug: string) => `admin.${slug}@${BENCH_EMAIL_DOMAIN}`,
	/** `index` from 1: the first animator of each relay is the one the manifest names. */
	animator: (slug: string, index: number) => `animation${index}.${slug}@${BENCH_EMAIL_DOMAIN}`,
	relayOfficial: (slug: string) => `elu.${slug}@${BENCH_EMAIL_DOMAIN}`,
	epciOfficial: (siren: string) => `elu.epci-${siren}@${BENCH_EMAIL_DOMAIN}`,
	departementOfficial: `elu.departement@${BENCH_EMAIL_DOMAIN}`,
	coordinator: `coordination@${BENCH_EMAIL_DOMAIN}`
};
