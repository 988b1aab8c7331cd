import { and, asc, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { OUT_OF_TURN_REASON_MAX } from '$lib/queue/rules';
import { childcareRequests } from '../db/schema';
import type { Db } from '../db/types';
import { changeRequestStatus } from '../requests/lifecycle/change-status';
import { findRelayRequest } from './relay-request';
import { auditActorOf, type StaffActor } from './staff-actor';

/**
 * Taking a request: it is assigned to the animator and moves from `received` to
 * `in_progress` (the one edge of the state machine that only this file takes). The queue is
 * neutral: the next request is the oldest unassigned one, and taking any other needs a
 * written reason, kept in the request's story (the audit log records that it was out of turn).
 */

export interface TakenRequest {
	id: string;
	reference: string;
}

/** The oldest waiting request of the relay: received, nobody on it. */
const waitingIn = (relayId: string) =>
	and(
		eq(childcareRequests.relayId, relayId),
		eq(childcareRequests.status, 'received'),
		isNull(childcareRequests.assignedTo)
	);

/**
 * Assigns the oldest unassigned request of the animator's relay to them, in ONE statement:
 * the subquery picks and locks the oldest row no one else holds (`FOR UPDATE SKIP LOCKED`),
 * the UPDATE takes it. Twenty animators pressing at the same moment get twenty different
 * requests, never one twice, and nobody waits on another. Null: nothing is waiting.
 */
export async function takeNextRequest(
	db: Db,
	actor: StaffActor,
	now = new Date()
): Promise<TakenRequest | null> {
	return db.transaction(async (tx) => {
		const oldest = tx
			.select({ id: childcareRequests.id })
			.from(childcareRequests)
			.where(waitingIn(actor.relayId))
			.orderBy(asc(childcareRequests.receivedAt), asc(childcareRequests.id))
			.limit(1)
			.for('update', { skipLocked: true });
		// The conditions again: the row the subquery locked is re-read before the update.
		const taken = await take(tx, actor, sql`(${oldest})`, { outOfTurn: false }, now);
		return taken ? { id: taken.id, reference: taken.reference } : null;
	});
}

export type TakeResult =
	| { ok: true; request: TakenRequest; outOfTurn: boolean }
	| {
			ok: false;
			/** `reason_required`: an older request is waiting, say why this one first. */
			refusal: 'not_found' | 'already_taken' | 'reason_required' | 'reason_too_long';
	  };

/**
 * Takes a given request, opened from the queue or found by its reference. When an older
 * request is still waiting, this is out of turn: refused without a reason; with one, the
 * reason goes to the request's event, the number of older requests left waiting to both.
 */
export async function takeRequest(
	db: Db,
	actor: StaffActor,
	requestId: string,
	reason: string | undefined,
	now = new Date()
): Promise<TakeResult> {
	const why = reason?.trim() ?? '';
	if (why.length > OUT_OF_TURN_REASON_MAX) return { ok: false, refusal: 'reason_too_long' };
	return db.transaction(async (tx) => {
		const request = await findRelayRequest(tx, actor, requestId, { lock: true });
		if (!request) return { ok: false, refusal: 'not_found' };
		if (request.status !== 'received' || request.assignedTo !== null) {
			return { ok: false, refusal: 'already_taken' };
		}
		const olderWaiting = await countOlderWaiting(tx, actor.relayId, request.id);
		const outOfTurn = olderWaiting > 0;
		if (outOfTurn && !why) return { ok: false, refusal: 'reason_required' };

		const taken = await take(
			tx,
			actor,
			request.id,
			outOfTurn ? { outOfTurn, reason: why, olderWaiting } : { outOfTurn },
			now
		);
		if (!taken) return { ok: false, refusal: 'already_taken' };
		return { ok: true, request: { id: taken.id, reference: taken.reference }, outOfTurn };
	});
}

/** Waiting requests of the relay that arrived before this one (same order as the queue). */
export async function countOlderWaiting(
	db: Db,
	relayId: string,
	requestId: string
): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(childcareRequests)
		.where(
			and(
				waitingIn(relayId),
				sql`(${childcareRequests.receivedAt}, ${childcareRequests.id}) < (select received_at, id from childcare_requests where id = ${requestId})`
			)
		);
	return row?.n ?? 0;
}

/** Assigns a waiting request to the animator, with its event and its audit entry. */
function take(
	db: Db,
	actor: StaffActor,
	request: string | SQL,
	details: { outOfTurn: boolean; reason?: string; olderWaiting?: number },
	now: Date
) {
	return changeRequestStatus(db, {
		request,
		from: 'received',
		to: 'in_progress',
		actor: auditActorOf(actor),
		auditRelayId: actor.relayId,
		where: waitingIn(actor.relayId),
		set: { assignedTo: actor.id },
		// The reason is words a person wrote: kept in the request's story, which the erasure of
		// its personal data empties; the append-only audit log keeps only who, when and codes.
		event: { details },
		audit: {
			action: 'request.taken',
			details: {
				outOfTurn: details.outOfTurn,
				...(details.olderWaiting !== undefined ? { olderWaiting: details.olderWaiting } : {})
			}
		},
		now
	});
}
