import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { communes, relays, staffUsers } from '../../db/schema';
import { hasPasswordColumn } from '../../staff/staff-directory';
import { relayHasRequests } from './update-relay';

/**
 * What the coordinator's page of one relay shows: its details, whether its reference code is
 * still free to change, its accounts (name, role, state: nothing about families) and the
 * communes it serves. Null for an unknown slug.
 */
export async function loadRelayDetails(db: Db, slug: string) {
	const [relay] = await db.select().from(relays).where(eq(relays.slug, slug));
	if (!relay) return null;
	const [hasRequests, staff, served] = await Promise.all([
		relayHasRequests(db, relay.id),
		db
			.select({
				id: staffUsers.id,
				name: staffUsers.name,
				role: staffUsers.role,
				active: staffUsers.active,
				hasPassword: hasPasswordColumn
			})
			.from(staffUsers)
			.where(eq(staffUsers.relayId, relay.id))
			.orderBy(asc(staffUsers.name)),
		db
			.select({
				inseeCode: communes.inseeCode,
				name: communes.name,
				postalCodes: communes.postalCodes,
				population: communes.population
			})
			.from(communes)
			.where(eq(communes.relayId, relay.id))
			.orderBy(asc(communes.name))
	]);
	return { relay, referenceCodeLocked: hasRequests, staff, communes: served };
}
export type RelayDetails = NonNullable<Awaited<ReturnType<typeof loadRelayDetails>>>;
