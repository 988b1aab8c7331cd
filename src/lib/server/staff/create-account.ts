import type { Database } from '../db/types';
import { staffUsers, type StaffRole } from '../db/schema';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import { sendPasswordLink } from './password-link-mail';

/**
 * Where the account belongs: a relay (admins, animators, an official of one relay), an EPCI
 * (an official), or neither (the coordinator, a deployment-wide official). The database's
 * `staff_users_scope` check refuses a combination the role does not allow.
 */
export interface AccountScope {
	relayId?: string | null;
	epciCode?: string | null;
}

/**
 * Creates an account without a password, in one transaction with the mail carrying the
 * single-use link to choose it. A duplicate email fails on the unique index (23505).
 */
export async function createAccount(
	db: Database,
	input: AccountScope & { actor: AuditActor; name: string; email: string; role: StaffRole }
): Promise<{ userId: string; link: string }> {
	const relayId = input.relayId ?? null;
	const epciCode = input.epciCode ?? null;
	return db.transaction(async (tx) => {
		const email = input.email.trim().toLowerCase();
		const [user] = await tx
			.insert(staffUsers)
			.values({ name: input.name, email, role: input.role, relayId, epciCode })
			.returning({ id: staffUsers.id });
		if (!user) throw new Error('staff insert returned nothing');
		const link = await sendPasswordLink(tx, { id: user.id, name: input.name, email, relayId });
		await recordAudit(tx, {
			actor: input.actor,
			relayId,
			action: 'staff.created',
			entityType: 'staff_user',
			entityId: user.id,
			details: epciCode ? { role: input.role, epciCode } : { role: input.role }
		});
		return { userId: user.id, link };
	});
}
