import { requestStatuses, type RequestStatus } from '$lib/childcare-request-options';
import type { RequestEventKind } from '$lib/requests/request-events';

/**
 * The life of a request, as data. Every status change is an edge of this machine, written by
 * change-status.ts and nowhere else (a spec reads the code for other writers).
 *
 * - `cancelled_by_family` is allowed from every open status, `appointment_held` included:
 *   finding a place elsewhere after the appointment is the most common reason to cancel.
 * - `appointment_booked → in_progress`: the appointment was cancelled; the request can be
 *   booked again.
 * - An outcome (`solution_recorded`, `closed_without_solution`) may be recorded once the
 *   request is worked on, before or after the appointment (not while one is booked: cancel or
 *   hold it first), and reopened (`→ in_progress`) while the family is still looking.
 */
export const requestTransitions: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
	received: ['in_progress', 'cancelled_by_family', 'closed_by_relay'],
	in_progress: [
		'appointment_booked',
		'solution_recorded',
		'closed_without_solution',
		'cancelled_by_family',
		'closed_by_relay'
	],
	appointment_booked: ['appointment_held', 'in_progress', 'cancelled_by_family', 'closed_by_relay'],
	appointment_held: [
		'solution_recorded',
		'closed_without_solution',
		'cancelled_by_family',
		'closed_by_relay'
	],
	solution_recorded: ['in_progress'],
	closed_without_solution: ['in_progress'],
	cancelled_by_family: [],
	closed_by_relay: []
};

export const canTransition = (from: RequestStatus, to: RequestStatus): boolean =>
	requestTransitions[from].includes(to);

/** Taking a request (received → in progress) assigns it too: only take-next.ts does it. */
export const isTakeEdge = (from: RequestStatus, to: RequestStatus): boolean =>
	from === 'received' && to === 'in_progress';

/** The statuses an outcome closes a request with. */
export const outcomeStatuses = [
	'solution_recorded',
	'closed_without_solution'
] as const satisfies readonly RequestStatus[];
export type OutcomeStatus = (typeof outcomeStatuses)[number];

export const isOutcomeStatus = (status: RequestStatus): status is OutcomeStatus =>
	(outcomeStatuses as readonly RequestStatus[]).includes(status);

/** Reopening an outcome: the family is still looking. */
export const isReopenEdge = (from: RequestStatus, to: RequestStatus): boolean =>
	isOutcomeStatus(from) && to === 'in_progress';

/**
 * A transfer to another relay puts a request back in the new relay's queue as `received`,
 * before any appointment: not an edge of the machine but a move of its own.
 */
export const transferableStatuses = [
	'received',
	'in_progress'
] as const satisfies readonly RequestStatus[];
export type TransferableStatus = (typeof transferableStatuses)[number];

export const isTransferable = (status: string): status is TransferableStatus =>
	(transferableStatuses as readonly string[]).includes(status);

/** Every allowed edge, for tests and for the page's list of actions. */
export const allowedTransitions = (): [RequestStatus, RequestStatus][] =>
	requestStatuses.flatMap((from) =>
		requestTransitions[from].map((to) => [from, to] as [RequestStatus, RequestStatus])
	);

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
