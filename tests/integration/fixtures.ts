import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/lib/server/db/types';
import { relays, staffUsers } from '../../src/lib/server/db/schema';
import type { RelayTeamRole } from '../../src/lib/staff-roles';
import { hashPassword } from '../../src/lib/server/auth/password';
import {
	sessionUserOf,
	type OfficialUser,
	type RelayStaffUser,
	type SessionUser
} from '../../src/lib/server/auth/session';

const unique = () => randomBytes(4).toString('hex');
/** Four random capitals: a relay's reference code. */
const referenceCode = () =>
	Array.from(randomBytes(4), (b) => String.fromCharCode(65 + (b % 26))).join('');

export async function makeRelay(db: Database, name = 'Relais Test') {
	const [relay] = await db
		.insert(relays)
		.values({
			slug: `relais-${unique()}`,
			referenceCode: referenceCode(),
			name,
			address: '1 rue Test',
			phone: '0200000000',
			email: 'relais@example.org'
		})
		.returning();
	if (!relay) throw new Error('relay not created');
	return relay;
}

export const TEST_PASSWORD = 'une phrase de passe solide';

/** A staff member of a relay with a password, as the SessionUser pages would see. */
export async function makeStaff(
	db: Database,
	relay: { id: string; name: string },
	role: RelayStaffUser['role'],
	options?: StaffOptions
): Promise<RelayStaffUser>;
export async function makeStaff(
	db: Database,
	relay: { id: string; name: string },
	role: 'official',
	options?: StaffOptions
): Promise<OfficialUser>;
export async function makeStaff(
	db: Database,
	relay: { id: string; name: string },
	role: RelayTeamRole,
	options: StaffOptions = {}
): Promise<SessionUser> {
	const password = options.password === undefined ? TEST_PASSWORD : options.password;
	const [user] = await db
		.insert(staffUsers)
		.values({
			email: `${role}-${unique()}@example.org`,
			name: `${role} ${unique()}`,
			role,
			relayId: relay.id,
			active: options.active ?? true,
			passwordHash: password ? await hashPassword(password) : null
		})
		.returning();
	if (!user) throw new Error('staff not created');
	return sessionUserOf({ ...user, relay: { name: relay.name }, epci: null });
}

interface StaffOptions {
	password?: string | null;
	active?: boolean;
}
