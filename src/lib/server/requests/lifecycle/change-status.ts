import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { RequestStatus } from '$lib/childcare-request-options';
import type { RelayClosureReason } from '$lib/requests/outcome-options';
import type { RequestEventKind } from '$lib/requests/request-events';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import { addMonths } from '$lib/time/calendar-date';
import { todayInParis } from '$lib/time/paris';
import { recordAudit, type AuditActor } from '../../audit/record-audit';
import { config } from '../../config';
import { childcareRequests, requestEvents } from '../../db/schema';
import type { Db } from '../../db/types';
import { canTransition, eventKindOf, isTransferable } from './state-machine';

/** The audit log's entity for everything done to a request (notes and calls included). */
export const REQUEST_ENTITY = 'childcare_request';

export interface StatusMove {
	/** The request, or a subquery picking it (take-next's `FOR UPDATE SKIP LOCKED`). */
	request: string | SQL;
	/**
	 * The status the caller read (under lock, or as the person saw it): the update is
	 * conditional on it, so of two people acting at once the second gets null.
	 */
	from: RequestStatus;
	to: RequestStatus;
	/** A transfer to another relay: back to `received` from any open status. */
	transfer?: boolean;
	actor: AuditActor;
	/** The relay the audit entry belongs to; by default the request's (after the move). */
	auditRelayId?: string | null;
	/** Conditions on the row besides its id and status (the actor's relay, "not assigned"…). */
	where?: SQL;
	/** Columns written with the status. */
	set?: {
		assignedTo?: string | null;
		relayId?: string;
		closureReason?: RelayClosureReason;
		duplicateOfId?: string;
	};
	/** The story's event: by default the machine's event for `to`, with `from` and `status`. */
	event?: { kind?: RequestEventKind; visibleToFamily?: boolean; details?: Record<string, unknown> };
	/** The audit entry: by default `request.status_changed` with `from` and `to`. No free text. */
	audit?: { action?: string; details?: Record<string, unknown> };
	now: Date;
}

export interface MovedRequest {
	id: string;
	reference: string;
	relayId: string;
}

/** The date a request closed at `closedAt` loses its personal data. */
export const retentionUntilOf = (closedAt: Date): string =>
	addMonths(todayInParis(closedAt), config.retentionMonths);

/**
 * THE writer of `childcare_requests.status` (a spec fails if another file writes it): one
 * conditional UPDATE (`WHERE id AND status = from`, plus the caller's conditions), then the
 * story's event and one audit entry, in the caller's transaction. Closing sets `closed_at`
 * and the retention date; reopening clears them with the closure reason. Null: the row was
 * not in `from` any more (or failed the caller's conditions); nothing is written.
 *
 * An edge the machine does not have is a bug of the caller, thrown: callers check the edge
 * first and answer the person (requests/lifecycle/state-machine.ts).
 */
export async function changeRequestStatus(tx: Db, move: StatusMove): Promise<MovedRequest | null> {
	const allowed = move.transfer
		? move.to === 'received' && isTransferable(move.from)
		: canTransition(move.from, move.to);
	if (!allowed) throw new Error(`no request transition ${move.from} → ${move.to}`);

	const closing = !isOpenRequestStatus(move.to);
	const lifetime = closing
		? { closedAt: move.now, retentionUntil: retentionUntilOf(move.now) }
		: { closedAt: null, retentionUntil: null };
	const [moved] = await tx
		.update(childcareRequests)
		.set({
			status: move.to,
			updatedAt: move.now,
			...lifetime,
			closureReason: move.set?.closureReason ?? null,
			duplicateOfId: move.set?.duplicateOfId ?? null,
			...(move.set?.assignedTo !== undefined ? { assignedTo: move.set.assignedTo } : {}),
			...(move.set?.relayId !== undefined ? { relayId: move.set.relayId } : {})
		})
		.where(
			and(
				eq(childcareRequests.id, move.request),
				eq(childcareRequests.status, move.from),
				// An erased request is history: nothing moves it any more, not even a reopening.
				isNull(childcareRequests.anonymisedAt),
				move.where
			)
		)
		.returning({
			id: childcareRequests.id,
			reference: childcareRequests.reference,
			relayId: childcareRequests.relayId
		});
	if (!moved) return null;

	const event = { ...eventKindOf(move.to), ...move.event };
	await tx.insert(requestEvents).values({
		requestId: moved.id,
		kind: event.kind,
		at: move.now,
		actorKind: move.actor.kind,
		actorId: move.actor.kind === 'staff' ? move.actor.userId : null,
		visibleToFamily: event.visibleToFamily,
		details: { from: move.from, status: move.to, ...move.event?.details }
	});
	await recordAudit(tx, {
		actor: move.actor,
		relayId: move.auditRelayId === undefined ? moved.relayId : move.auditRelayId,
		action: move.audit?.action ?? 'request.status_changed',
		entityType: REQUEST_ENTITY,
		entityId: moved.id,
		details: { from: move.from, to: move.to, ...move.audit?.details }
	});
	return moved;
}
