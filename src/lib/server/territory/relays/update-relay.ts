import { eq } from 'drizzle-orm';
import type { Database, Db } from '../../db/types';
import { childcareRequests, relays, requestReferenceCounters } from '../../db/schema';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import type { CoordinatorUser } from '../../auth/session';
import type { RelayInput } from '$lib/forms/relay';

export type UpdateRelayResult =
	| { ok: true }
	| { ok: false; reason: 'not_found' | 'reference_code_taken' | 'reference_code_locked' };

/**
 * Whether references were ever issued under the relay's code: its requests, or a reference
 * counter (bumped in the transaction that inserts a request). References already mailed to
 * families carry the code, so it is then fixed for good.
 */
export async function relayHasRequests(db: Db, relayId: string): Promise<boolean> {
	const [request] = await db
		.select({ id: childcareRequests.id })
		.from(childcareRequests)
		.where(eq(childcareRequests.relayId, relayId))
		.limit(1);
	if (request) return true;
	const [counter] = await db
		.select({ relayId: requestReferenceCounters.relayId })
		.from(requestReferenceCounters)
		.where(eq(requestReferenceCounters.relayId, relayId))
		.limit(1);
	return counter !== undefined;
}

/**
 * Changes the details of the relay of `slug`; the slug stays. The relay row is locked first (FOR UPDATE):
 * a request being submitted holds a key-share lock on it (the foreign key of its reference
 * counter), so the lock waits for that request to commit and the check that follows sees
 * it; a request arriving after waits for this change and takes the new code.
 */
export async function updateRelay(
	db: Database,
	coordinator: CoordinatorUser,
	slug: string,
	input: RelayInput
): Promise<UpdateRelayResult> {
	try {
		return await db.transaction(async (tx) => {
			const [current] = await tx.select().from(relays).where(eq(relays.slug, slug)).for('update');
			if (!current) return { ok: false as const, reason: 'not_found' as const };
			const relayId = current.id;
			const codeChanges = current.referenceCode !== input.referenceCode;
			if (codeChanges && (await relayHasRequests(tx, relayId)))
				return { ok: false as const, reason: 'reference_code_locked' as const };
			const next = {
				name: input.name,
				referenceCode: input.referenceCode,
				address: input.address,
				phone: input.phone,
				email: input.email,
				targetDaysToAppointment: input.targetDays
			};
			await tx.update(relays).set(next).where(eq(relays.id, relayId));
			const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
				(key) => next[key] !== current[key]
			);
			await recordAudit(tx, {
				actor: { kind: 'staff', userId: coordinator.id },
				relayId,
				action: 'relay.updated',
				entityType: 'relay',
				entityId: relayId,
				details: {
					changed,
					...(codeChanges
						? { referenceCode: { from: current.referenceCode, to: input.referenceCode } }
						: {})
				}
			});
			return { ok: true as const };
		});
	} catch (error) {
		if (pgErrorCode(error) === PG_UNIQUE_VIOLATION)
			return { ok: false, reason: 'reference_code_taken' };
		throw error;
	}
}
