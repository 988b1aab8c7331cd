import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { RequestStatus } from '$lib/childcare-request-options';
import { RELAY_TIME_ZONE } from '$lib/time/paris';
import type { AuditActor } from '../audit/record-audit';
import { appointments, childcareRequests, relays, requestEvents } from '../db/schema';
import type { Db } from '../db/types';
import { trackingTokenKey } from '../requests/tracking-link';
import { appointmentDeadlineSql } from '../queue/appointment-target';
import { changeRequestStatus } from '../requests/lifecycle/change-status';
import { canTransition } from '../requests/lifecycle/state-machine';
import { isUuid } from '$lib/ids';
import type { RequestEventKind } from '$lib/requests/request-events';

/**
 * The request's side of an appointment: which requests may get one, the status change a
 * booking (→ appointment booked) or a held appointment (→ appointment held) makes, and the
 * delay from arrival to the first appointment.
 *
 * Why not `transitionRequest`: it is for a signed-in staff member. Here the family may be
 * the one who books (by choosing an offered slot), and the event must carry the appointment
 * and the delay. The move itself goes through requests/lifecycle like every other.
 *
 * A request still `received` cannot get an appointment: it must be taken first (the queue's
 * turn rule applies, take-next.ts); the refusal is `take_required`.
 */

/** The statuses in which a request may get (or change) an appointment. */
export const appointmentRequestStatuses = [
	'in_progress',
	'appointment_booked',
	'appointment_held'
] as const satisfies readonly RequestStatus[];

export interface AppointmentRequest {
	id: string;
	relayId: string;
	reference: string;
	status: RequestStatus;
	phone: string | null;
	email: string | null;
}

const requestColumns = {
	id: childcareRequests.id,
	relayId: childcareRequests.relayId,
	reference: childcareRequests.reference,
	status: childcareRequests.status,
	phone: childcareRequests.phone,
	email: childcareRequests.email
};

/** A request of the relay, locked for the transaction (bookings of one request queue up). */
export async function lockRelayRequest(
	tx: Db,
	relayId: string,
	requestId: string
): Promise<AppointmentRequest | null> {
	if (!isUuid(requestId)) return null;
	const [row] = await tx
		.select(requestColumns)
		.from(childcareRequests)
		.where(and(eq(childcareRequests.id, requestId), eq(childcareRequests.relayId, relayId)))
		.for('update');
	return row ?? null;
}

/** The request a family's tracking token opens, locked for the transaction. */
export async function lockTrackedRequest(
	tx: Db,
	token: string
): Promise<AppointmentRequest | null> {
	const [row] = await tx
		.select(requestColumns)
		.from(childcareRequests)
		.where(eq(childcareRequests.trackingTokenHash, await trackingTokenKey(tx, token)))
		.for('update');
	return row ?? null;
}

export type RequestOpenness = 'ok' | 'take_required' | 'not_open';

export function requestOpenness(status: RequestStatus): RequestOpenness {
	if (status === 'received') return 'take_required';
	return (appointmentRequestStatuses as readonly RequestStatus[]).includes(status)
		? 'ok'
		: 'not_open';
}

export interface AppointmentDelay {
	/** The first appointment (booked, held or missed; cancelled ones do not count). */
	startsAt: Date;
	/** Paris calendar days from the arrival of the request to that appointment. */
	daysFromArrival: number;
	/** Later than the relay's target (7 days, on the Paris wall clock). */
	isLate: boolean;
}

const countedStatuses = ['booked', 'attended', 'no_show'] as const;

/** The delay of a request's first appointment, or null when none is booked. */
export async function firstAppointmentDelay(
	db: Db,
	requestId: string
): Promise<AppointmentDelay | null> {
	if (!isUuid(requestId)) return null;
	const [first] = await db
		.select({ startsAt: appointments.startsAt })
		.from(appointments)
		.where(
			and(eq(appointments.requestId, requestId), inArray(appointments.status, [...countedStatuses]))
		)
		.orderBy(asc(appointments.startsAt))
		.limit(1);
	if (!first) return null;
	return delayOf(db, requestId, first.startsAt);
}

/** The delay an appointment at `startsAt` would have for this request. */
export async function delayOf(
	db: Db,
	requestId: string,
	startsAt: Date
): Promise<AppointmentDelay | null> {
	const [relay] = await db
		.select({ targetDays: relays.targetDaysToAppointment })
		.from(childcareRequests)
		.innerJoin(relays, eq(relays.id, childcareRequests.relayId))
		.where(eq(childcareRequests.id, requestId));
	if (!relay) return null;
	const at = startsAt.toISOString();
	const [row] = await db
		.select({
			days: sql<number>`((${at}::timestamptz at time zone ${RELAY_TIME_ZONE})::date - (${childcareRequests.receivedAt} at time zone ${RELAY_TIME_ZONE})::date)`.mapWith(
				Number
			),
			late: sql<boolean>`(${at}::timestamptz > ${appointmentDeadlineSql(relay.targetDays)})`
		})
		.from(childcareRequests)
		.where(eq(childcareRequests.id, requestId));
	if (!row) return null;
	return { startsAt, daysFromArrival: row.days, isLate: row.late };
}

export interface AppointmentStep {
	/** The event's kind when the request's status does not change. */
	kind: RequestEventKind;
	visibleToFamily: boolean;
	/** The status the step moves the request to, when it is in `from`. */
	move?: { from: RequestStatus; to: RequestStatus };
	/** The step's own event even when it moves the request (a cancellation, back to "in progress"). */
	keepEvent?: boolean;
	details: Record<string, unknown>;
}

/**
 * Writes a step of the request's story: moves the request when the step's edge applies,
 * through requests/lifecycle (the event is then the state machine's, with `from` and
 * `status`, unless the step keeps its own), else only the event.
 */
export async function recordRequestStep(
	tx: Db,
	request: AppointmentRequest,
	actor: AuditActor,
	step: AppointmentStep,
	now: Date
): Promise<void> {
	const move =
		step.move && request.status === step.move.from && canTransition(step.move.from, step.move.to)
			? step.move
			: undefined;
	if (move) {
		const moved = await changeRequestStatus(tx, {
			request: request.id,
			from: move.from,
			to: move.to,
			actor,
			auditRelayId: request.relayId,
			// A step that names its own event keeps it (a cancellation back to "in progress").
			event: step.keepEvent
				? { kind: step.kind, visibleToFamily: step.visibleToFamily, details: step.details }
				: { details: step.details },
			now
		});
		// The row is locked by this transaction: it cannot have changed since it was read.
		if (!moved) throw new Error(`request ${request.id} changed under its lock`);
		return;
	}
	await tx.insert(requestEvents).values({
		requestId: request.id,
		kind: step.kind,
		at: now,
		actorKind: actor.kind,
		actorId: actor.kind === 'staff' ? actor.userId : null,
		visibleToFamily: step.visibleToFamily,
		details: step.details
	});
}
