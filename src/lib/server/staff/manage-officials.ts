import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../db/types';
import { staffUsers } from '../db/schema';
import { PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, pgErrorCode } from '../db/errors';
import { isUuid } from '$lib/ids';
import { recordAudit } from '../audit/record-audit';
import { invalidateUserSessions, type CoordinatorUser } from '../auth/session';
import type { OfficialScope } from '../territory/official-scope';
import { createAccount } from './create-account';

export type CreateOfficialResult =
	{ ok: true; userId: string } | { ok: false; reason: 'email_taken' | 'unknown_scope' };

/**
 * The coordinator opens an official's account for one relay, one EPCI or the whole deployment;
 * the person chooses a password from the mailed link (one transaction with the account).
 */
export async function createOfficial(
	db: Database,
	coordinator: CoordinatorUser,
	input: { name: string; email: string; scope: OfficialScope }
): Promise<CreateOfficialResult> {
	const { scope } = input;
	try {
		const { userId } = await createAccount(db, {
			actor: { kind: 'staff', userId: coordinator.id },
			role: 'official',
			name: input.name,
			email: input.email,
			relayId: scope.kind === 'relay' ? scope.relayId : null,
			epciCode: scope.kind === 'epci' ? scope.epciCode : null
		});
		return { ok: true, userId };
	} catch (error) {
		const code = pgErrorCode(error);
		if (code === PG_UNIQUE_VIOLATION) return { ok: false, reason: 'email_taken' };
		// A relay or EPCI that does not exist (a forged or stale form): the foreign key says so.
		if (code === PG_FOREIGN_KEY_VIOLATION) return { ok: false, reason: 'unknown_scope' };
		throw error;
	}
}

export type OfficialActiveResult =
	{ ok: true; name: string; changed: boolean } | { ok: false; reason: 'not_found' };

/**
 * Deactivates (closing every session at once) or reactivates an official's account. One
 * conditional UPDATE: only an official, only if the state changes, so a form sent twice
 * writes and audits once. Other roles are not the coordinator's to switch off here.
 */
export async function setOfficialActive(
	db: Database,
	coordinator: CoordinatorUser,
	userId: string,
	active: boolean
): Promise<OfficialActiveResult> {
	if (!isUuid(userId)) return { ok: false, reason: 'not_found' };
	return db.transaction(async (tx) => {
		const official = and(eq(staffUsers.id, userId), eq(staffUsers.role, 'official'));
		const [changed] = await tx
			.update(staffUsers)
			.set({ active })
			.where(and(official, ne(staffUsers.active, active)))
			.returning({ id: staffUsers.id, name: staffUsers.name, relayId: staffUsers.relayId });
		if (!changed) {
			const [same] = await tx.select({ name: staffUsers.name }).from(staffUsers).where(official);
			return same
				? { ok: true as const, name: same.name, changed: false }
				: { ok: false as const, reason: 'not_found' as const };
		}
		if (!active) await invalidateUserSessions(tx, changed.id);
		await recordAudit(tx, {
			actor: { kind: 'staff', userId: coordinator.id },
			relayId: changed.relayId,
			action: active ? 'staff.reactivated' : 'staff.deactivated',
			entityType: 'staff_user',
			entityId: changed.id
		});
		return { ok: true as const, name: changed.name, changed: true };
	});
}
