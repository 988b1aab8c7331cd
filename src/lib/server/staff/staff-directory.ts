import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import { isUuid } from '$lib/ids';
import { staffUsers } from '../db/schema';

/** Whether the person has chosen a password yet, as every list of accounts shows it. */
export const hasPasswordColumn = sql<boolean>`${staffUsers.passwordHash} is not null`;

/** A member as the team page shows them: never the password hash. */
export const staffMemberColumns = {
	id: staffUsers.id,
	name: staffUsers.name,
	email: staffUsers.email,
	role: staffUsers.role,
	relayId: staffUsers.relayId,
	active: staffUsers.active,
	createdAt: staffUsers.createdAt
};

export async function listRelayStaff(db: Db, relayId: string) {
	return db
		.select({ ...staffMemberColumns, hasPassword: hasPasswordColumn })
		.from(staffUsers)
		.where(eq(staffUsers.relayId, relayId))
		.orderBy(asc(staffUsers.name));
}

/** A member of this relay; another relay's member is `null`, as if it did not exist. */
export async function findRelayStaffMember(db: Db, relayId: string, userId: string) {
	if (!isUuid(userId)) return null;
	const [member] = await db
		.select({ ...staffMemberColumns, hasPassword: hasPasswordColumn })
		.from(staffUsers)
		.where(and(eq(staffUsers.id, userId), eq(staffUsers.relayId, relayId)));
	return member ?? null;
}
export type StaffMember = NonNullable<Awaited<ReturnType<typeof findRelayStaffMember>>>;
