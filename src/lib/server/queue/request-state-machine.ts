import { and, count, eq, ne } from 'drizzle-orm';
import { requestStatuses, type RequestStatus } from '$lib/childcare-request-options';
import { UNREACHABLE_MIN_ATTEMPTS } from '$lib/queue/rules';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import { recordAudit } from '../audit/record-audit';
import { childcareRequests, requestContacts, requestEvents } from '../db/schema';
import type { Db } from '../db/types';
import { hasStartedAppointment } from '../appointments/appointment-started';
import { findRelayRequest } from './relay-request';
import { auditActorOf, REQUEST_ENTITY, type StaffActor } from './staff-actor';
import type { RequestEventKind } from '$lib/requests/request-events';

/**
 * The life of a request, as data. Every status change goes through `transitionRequest` (or,
 * for the one edge marked `take`, through take-next.ts, which adds the turn rule); nothing
 * else writes `status`, except the family's own cancellation (requests/tracking.ts) and a
 * transfer to another relay (transfer-request.ts), which puts the request back in the new
 * relay's queue as `received`.
 *
 * `cancelled_by_family` is allowed from every open status, `appointment_held` included: the
 * family's side (requests/tracking.ts) already lets them cancel then, and finding a place
 * elsewhere after the appointment is the most common reason to.
 */
export const requestTransitions: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
	received: ['in_progress', 'cancelled_by_family', 'closed_by_relay'],
	in_progress: ['appointment_booked', 'cancelled_by_family', 'closed_by_relay'],
	appointment_booked: ['appointment_held', 'cancelled_by_family', 'closed_by_relay'],
	appointment_held: [
		'solution_recorded',
		'closed_without_solution',
		'cancelled_by_family',
		'closed_by_relay'
	],
	solution_recorded: [],
	closed_without_solution: [],
	cancelled_by_family: [],
	closed_by_relay: []
};

export const canTransition = (from: RequestStatus, to: RequestStatus): boolean =>
	requestTransitions[from].includes(to);

/** Taking a request (received → in progress) assigns it too: only take-next.ts does it. */
export const isTakeEdge = (from: RequestStatus, to: RequestStatus): boolean =>
	from === 'received' && to === 'in_progress';

/** Every allowed edge, for tests and for the page's list of actions. */
export const allowedTransitions = (): [RequestStatus, RequestStatus][] =>
	requestStatuses.flatMap((from) =>
		requestTransitions[from].map((to) => [from, to] as [RequestStatus, RequestStatus])
	);

export const relayClosureReasons = [
	'unreachable',
	'duplicate',
	'out_of_territory',
	'other'
] as const;
export type RelayClosureReason = (typeof relayClosureReasons)[number];

/**
 * The event each target writes in the request's story. The family's timeline
 * (requests/request-timeline.ts) reads `appointment_booked`, `solution_recorded`, `closed`
 * and `cancelled_by_family`; the others are the relay's.
 */
const eventOf: Record<RequestStatus, { kind: RequestEventKind; visibleToFamily: boolean }> = {
	received: { kind: 'received', visibleToFamily: true },
	in_progress: { kind: 'taken', visibleToFamily: false },
	appointment_booked: { kind: 'appointment_booked', visibleToFamily: true },
	appointment_held: { kind: 'appointment_held', visibleToFamily: true },
	solution_recorded: { kind: 'solution_recorded', visibleToFamily: true },
	closed_without_solution: { kind: 'closed', visibleToFamily: true },
	cancelled_by_family: { kind: 'cancelled_by_family', visibleToFamily: true },
	closed_by_relay: { kind: 'closed', visibleToFamily: true }
};
export const eventKindOf = (to: RequestStatus) => eventOf[to];

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

		const closing = !isOpenRequestStatus(to);
		const [moved] = await tx
			.update(childcareRequests)
			.set({ status: to, updatedAt: now, ...(closing ? { closedAt: now } : {}) })
			.where(
				and(
					eq(childcareRequests.id, current.id),
					eq(childcareRequests.relayId, actor.relayId),
					eq(childcareRequests.status, from)
				)
			)
			.returning({ id: childcareRequests.id });
		if (!moved) return refuse('stale');

		const reason = to === 'closed_by_relay' ? details.reason : undefined;
		const event = eventKindOf(to);
		await tx.insert(requestEvents).values({
			requestId: current.id,
			kind: event.kind,
			at: now,
			actorKind: 'staff',
			actorId: actor.id,
			visibleToFamily: event.visibleToFamily,
			details: {
				from,
				status: to,
				...(reason ? { reason } : {}),
				...(comment ? { comment } : {}),
				...(duplicateOf
					? { duplicateOf: duplicateOf.reference, duplicateOfId: duplicateOf.id }
					: {})
			}
		});
		await recordAudit(tx, {
			actor: auditActorOf(actor),
			relayId: actor.relayId,
			action: 'request.status_changed',
			entityType: REQUEST_ENTITY,
			entityId: current.id,
			details: {
				from,
				to,
				...(reason ? { reason } : {}),
				...(duplicateOf ? { duplicateOf: duplicateOf.reference } : {})
			}
		});
		return { ok: true, request: { id: current.id, reference: current.reference, from, to } };
	});
}
