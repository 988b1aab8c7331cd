import { and, eq } from 'drizzle-orm';
import type { Database, Db } from '../db/types';
import { staffUsers, type StaffRole } from '../db/schema';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../db/errors';
import { recordAudit } from '../audit/record-audit';
import { invalidateUserSessions } from '../auth/session';
import { createAccount } from './create-account';
import { sendPasswordLink } from './password-link-mail';
import type { RelayStaffUser } from '../auth/session';

export type StaffChangeResult =
	{ ok: true } | { ok: false; reason: 'not_found' | 'email_taken' | 'yourself' };

/** Creates an account in the admin's relay; the person chooses a password from the mailed link. */
export async function createStaffMember(
	db: Database,
	admin: RelayStaffUser,
	input: { name: string; email: string; role: StaffRole }
): Promise<StaffChangeResult & { userId?: string }> {
	try {
		const { userId } = await createAccount(db, {
			actor: { kind: 'staff', userId: admin.id },
			relayId: admin.relayId,
			...input
		});
		return { ok: true, userId };
	} catch (error) {
		if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) return { ok: false, reason: 'email_taken' };
		throw error;
	}
}

/** A fresh password link for a member of the admin's relay (lost mail, expired link). */
export async function resendPasswordLink(db: Database, admin: RelayStaffUser, userId: string) {
	return changeMember(db, admin, userId, 'staff.password_link_sent', async (tx, member) => {
		await sendPasswordLink(tx, member);
	});
}

export async function changeStaffRole(
	db: Database,
	admin: RelayStaffUser,
	userId: string,
	role: StaffRole
) {
	return changeMember(db, admin, userId, 'staff.role_changed', async (tx, member) => {
		await tx.update(staffUsers).set({ role }).where(eq(staffUsers.id, member.id));
		return { from: member.role, to: role };
	});
}

/** Deactivation also closes every open session at once: the person is out now, not in 30 days. */
export async function setStaffActive(
	db: Database,
	admin: RelayStaffUser,
	userId: string,
	active: boolean
) {
	return changeMember(
		db,
		admin,
		userId,
		active ? 'staff.reactivated' : 'staff.deactivated',
		async (tx, member) => {
			await tx.update(staffUsers).set({ active }).where(eq(staffUsers.id, member.id));
			if (!active) await invalidateUserSessions(tx, member.id);
		}
	);
}

type Member = { id: string; name: string; email: string; role: StaffRole; relayId: string };

/** Shared frame of every change to a member: relay scoping, not on oneself, audit, one transaction. */
async function changeMember(
	db: Database,
	admin: RelayStaffUser,
	userId: string,
	action: string,
	change: (tx: Db, member: Member) => Promise<Record<string, unknown> | void>
): Promise<StaffChangeResult> {
	if (userId === admin.id) return { ok: false, reason: 'yourself' };
	return db.transaction(async (tx) => {
		const [member] = await tx
			.select({
				id: staffUsers.id,
				name: staffUsers.name,
				email: staffUsers.email,
				role: staffUsers.role,
				relayId: staffUsers.relayId
			})
			.from(staffUsers)
			.where(and(eq(staffUsers.id, userId), eq(staffUsers.relayId, admin.relayId)))
			.for('update');
		if (!member) return { ok: false as const, reason: 'not_found' as const };
		const details = (await change(tx, { ...member, relayId: admin.relayId })) ?? {};
		await recordAudit(tx, {
			actor: { kind: 'staff', userId: admin.id },
			relayId: admin.relayId,
			action,
			entityType: 'staff_user',
			entityId: member.id,
			details
		});
		return { ok: true as const };
	});
}
