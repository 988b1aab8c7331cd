import { and, count, eq, ne } from 'drizzle-orm';
import type { RequestStatus } from '$lib/childcare-request-options';
import type { RelayClosureReason } from '$lib/requests/outcome-options';
import { UNREACHABLE_MIN_ATTEMPTS } from '$lib/queue/rules';
import { childcareRequests, requestContacts } from '../db/schema';
import type { Db } from '../db/types';
import { hasStartedAppointment } from '../appointments/appointment-started';
import { changeRequestStatus } from '../requests/lifecycle/change-status';
import {
	canTransition,
	isOutcomeStatus,
	isReopenEdge,
	isTakeEdge
} from '../requests/lifecycle/state-machine';
import { findRelayRequest } from './relay-request';
import { auditActorOf, type StaffActor } from './staff-actor';

/**
 * The status changes an animator makes from the request's page: appointment held, closing
 * by the relay (with its reason). Taking goes through take-next.ts (the turn rule), an
 * outcome and its reopening through requests/outcomes (they need their facts), a cancelled
 * appointment through appointments/; all of them write through requests/lifecycle.
 */

export interface TransitionDetails {
	/** The status the person saw when they pressed the button: if it changed since, refused. */
	expectedFrom?: RequestStatus;
	/** Required to close by the relay. */
	reason?: RelayClosureReason;
	/** Free text kept in the request's story, never in the audit log (it outlives retention).
	 *  Required for reason `other`. */
	comment?: string;
	/** For reason `duplicate`: the reference of the request that is kept. */
	duplicateOf?: string;
}

export type TransitionRefusal =
	/** No such request in the actor's relay. */
	| 'not_found'
	/** The machine has no such edge from the current status. */
	| 'forbidden'
	/** received → in progress: take the request instead (the turn rule applies). */
	| 'take_required'
	/** The status changed since the person saw it (another animator, the family). */
	| 'stale'
	| 'reason_required'
	| 'comment_required'
	| 'duplicate_required'
	| 'duplicate_not_found'
	| 'too_few_attempts'
	/** An outcome (solution or none) is recorded with its facts: requests/outcomes. */
	| 'outcome_required'
	/** Appointment held: only once the request's appointment has begun. */
	| 'not_started';

export type TransitionResult =
	| { ok: true; request: { id: string; reference: string; from: RequestStatus; to: RequestStatus } }
	| { ok: false; refusal: TransitionRefusal; current?: RequestStatus };

/** Refusals about what the person typed (400), as opposed to the request's state (409). */
export const isInputRefusal = (refusal: TransitionRefusal) =>
	refusal === 'reason_required' ||
	refusal === 'comment_required' ||
	refusal === 'duplicate_required' ||
	refusal === 'duplicate_not_found';

/**
 * Moves a request of the actor's relay to `to`. Allowed: one conditional UPDATE (`WHERE id
 * AND relay_id AND status = <the status read>`) so that of two animators pressing at once the
 * second finds the status changed and is refused; then one event and one audit entry, in the
 * same transaction. Refused: nothing is written.
 */
export async function transitionRequest(
	db: Db,
	actor: StaffActor,
	requestId: string,
	to: RequestStatus,
	details: TransitionDetails = {},
	now = new Date()
): Promise<TransitionResult> {
	return db.transaction(async (tx) => {
		const current = await findRelayRequest(tx, actor, requestId);
		if (!current) return { ok: false, refusal: 'not_found' };
		const from = current.status;
		const refuse = (refusal: TransitionRefusal): TransitionResult => ({
			ok: false,
			refusal,
			current: from
		});
		if (details.expectedFrom && details.expectedFrom !== from) return refuse('stale');
		if (!canTransition(from, to)) return refuse('forbidden');
		if (isTakeEdge(from, to)) return refuse('take_required');
		if (isOutcomeStatus(to) || isReopenEdge(from, to)) return refuse('outcome_required');
		// Back to "in progress" from a booking: only by cancelling the appointment.
		if (from === 'appointment_booked' && to === 'in_progress') return refuse('forbidden');
		if (to === 'appointment_held' && !(await hasStartedAppointment(tx, current.id, now)))
			return refuse('not_started');

		const comment = details.comment?.trim() ?? '';
		let duplicateOf: { id: string; reference: string } | undefined;
		if (to === 'closed_by_relay') {
			if (!details.reason) return refuse('reason_required');
			if (details.reason === 'other' && !comment) return refuse('comment_required');
			if (details.reason === 'duplicate') {
				const reference = details.duplicateOf?.trim().toUpperCase();
				if (!reference) return refuse('duplicate_required');
				const [kept] = await tx
					.select({ id: childcareRequests.id, reference: childcareRequests.reference })
					.from(childcareRequests)
					.where(
						and(
							eq(childcareRequests.reference, reference),
							eq(childcareRequests.relayId, actor.relayId),
							ne(childcareRequests.id, current.id)
						)
					);
				if (!kept) return refuse('duplicate_not_found');
				duplicateOf = kept;
			}
			if (details.reason === 'unreachable') {
				const [attempts] = await tx
					.select({ n: count() })
					.from(requestContacts)
					.where(
						and(eq(requestContacts.requestId, current.id), ne(requestContacts.outcome, 'reached'))
					);
				if ((attempts?.n ?? 0) < UNREACHABLE_MIN_ATTEMPTS) return refuse('too_few_attempts');
			}
		}

		const reason = to === 'closed_by_relay' ? details.reason : undefined;
		const moved = await changeRequestStatus(tx, {
			request: current.id,
			from,
			to,
			actor: auditActorOf(actor),
			auditRelayId: actor.relayId,
			where: eq(childcareRequests.relayId, actor.relayId),
			set: {
				...(reason ? { closureReason: reason } : {}),
				...(duplicateOf ? { duplicateOfId: duplicateOf.id } : {})
			},
			event: {
				details: {
					...(reason ? { reason } : {}),
					...(comment ? { comment } : {}),
					...(duplicateOf
						? { duplicateOf: duplicateOf.reference, duplicateOfId: duplicateOf.id }
						: {})
				}
			},
			audit: {
				details: {
					...(reason ? { reason } : {}),
					...(duplicateOf ? { duplicateOf: duplicateOf.reference } : {})
				}
			},
			now
		});
		if (!moved) return refuse('stale');
		return { ok: true, request: { id: current.id, reference: current.reference, from, to } };
	});
}
