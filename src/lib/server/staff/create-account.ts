import type { Database } from '../db/types';
import { staffUsers, type StaffRole } from '../db/schema';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import { sendPasswordLink } from './password-link-mail';

/**
 * Creates an account without a password, in one transaction with the mail carrying the
 * single-use link to choose it. A duplicate email fails on the unique index (23505). Where it
 * belongs: a relay, an EPCI (an official) or neither (the coordinator, an official of the
 * whole deployment); the database's `staff_users_scope` check refuses what the role does not.
 */
export async function createAccount(
	db: Database,
	input: {
		actor: AuditActor;
		relayId: string | null;
		epciCode?: string | null;
		name: string;
		email: string;
		role: StaffRole;
	}
): Promise<{ userId: string; link: string }> {
	return db.transaction(async (tx) => {
		const email = input.email.trim().toLowerCase();
		const [user] = await tx
			.insert(staffUsers)
			.values({
				name: input.name,
				email,
				role: input.role,
				relayId: input.relayId,
				epciCode: input.epciCode ?? null
			})
			.returning({ id: staffUsers.id });
		if (!user) throw new Error('staff insert returned nothing');
		const link = await sendPasswordLink(tx, {
			id: user.id,
			name: input.name,
			email,
			relayId: input.relayId
		});
		await recordAudit(tx, {
			actor: input.actor,
			relayId: input.relayId,
			action: 'staff.created',
			entityType: 'staff_user',
			entityId: user.id,
			details: input.epciCode
				? { role: input.role, epciCode: input.epciCode }
				: { role: input.role }
		});
		return { userId: user.id, link };
	});
}
