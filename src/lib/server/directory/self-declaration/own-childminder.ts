import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { childminders, communes } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { SIGN_IN_STATUSES } from '../childminder-auth/childminder-session';

/**
 * Locks her own row for a change, scoped by her session's id: every write of this folder
 * starts here, so a form can never reach another childminder's data. Null when her activity
 * stopped since she signed in.
 */
export async function lockOwnChildminder(
	tx: Db,
	childminderId: string
): Promise<{ id: string; relayId: string | null } | null> {
	const [row] = await tx
		.select({ id: childminders.id, relayId: communes.relayId })
		.from(childminders)
		.innerJoin(communes, eq(communes.inseeCode, childminders.communeInsee))
		.where(
			and(eq(childminders.id, childminderId), inArray(childminders.status, [...SIGN_IN_STATUSES]))
		)
		.for('update', { of: childminders });
	return row ?? null;
}

/** Her own changes, audited with the actor kind 'childminder' on her own record. */
export async function recordOwnChange(
	tx: Db,
	own: { id: string; relayId: string | null },
	action: string,
	details: Record<string, unknown> = {}
): Promise<void> {
	await recordAudit(tx, {
		actor: { kind: 'childminder' },
		relayId: own.relayId,
		action,
		entityType: 'childminder',
		entityId: own.id,
		details
	});
}
