import type { CancellationReason, RequestStatus } from '$lib/childcare-request-options';
import type { RequestEventKind } from '$lib/requests/request-events';
import type { Random } from './demo-random';

/**
 * What happened to a demo request: a status that fits its age, and the events that led there,
 * every date between its arrival and the anchor.
 */
const CANCEL_REASONS: CancellationReason[] = [
	'found_elsewhere',
	'found_elsewhere',
	'no_longer_needed',
	'other'
];

/** How far a request of that age has gone, and how it ended if it did. */
export function drawStatus(random: Random, ageDays: number): RequestStatus {
	const r = random.next();
	if (ageDays < 7) return r < 0.75 ? 'received' : 'in_progress';
	if (ageDays < 20) {
		return r < 0.3
			? 'in_progress'
			: r < 0.7
				? 'appointment_booked'
				: r < 0.95
					? 'appointment_held'
					: 'cancelled_by_family';
	}
	if (ageDays < 60) {
		return r < 0.5
			? 'appointment_held'
			: r < 0.8
				? 'solution_recorded'
				: r < 0.92
					? 'cancelled_by_family'
					: 'closed_without_solution';
	}
	return r < 0.65
		? 'solution_recorded'
		: r < 0.77
			? 'closed_without_solution'
			: r < 0.92
				? 'cancelled_by_family'
				: 'closed_by_relay';
}

export interface DemoEvent {
	kind: RequestEventKind;
	at: Date;
	staff: boolean;
	visible?: boolean;
	details?: Record<string, unknown>;
}

/** How many of the appointment steps (proposed, booked, held) each status went through. */
function appointmentDepth(random: Random, status: RequestStatus): number {
	switch (status) {
		case 'received':
			return 0;
		case 'in_progress':
			return random.int(0, 1);
		case 'appointment_booked':
			return 2;
		case 'appointment_held':
		case 'solution_recorded':
		case 'closed_without_solution':
			return 3;
		case 'closed_by_relay':
			return random.int(0, 1);
		case 'cancelled_by_family':
			return random.int(0, 3);
	}
}

/** The story behind a status; every date falls between the arrival and the anchor. */
export function drawEvents(
	random: Random,
	status: RequestStatus,
	receivedAt: Date,
	anchor: Date
): DemoEvent[] {
	const latest = anchor.getTime() - 3_600_000;
	let clock = receivedAt.getTime();
	const after = (minDays: number, maxDays: number) => {
		const step = random.int(minDays * 24, maxDays * 24) * 3_600_000;
		clock = Math.max(clock, Math.min(latest, clock + step));
		return new Date(clock);
	};
	const events: DemoEvent[] = [{ kind: 'received', at: receivedAt, staff: false }];
	const depth = appointmentDepth(random, status);
	if (depth >= 1) events.push({ kind: 'appointment_proposed', at: after(1, 4), staff: true });
	if (depth >= 2) events.push({ kind: 'appointment_booked', at: after(0, 2), staff: true });
	if (depth >= 3) {
		events.push({ kind: 'appointment_held', at: after(2, 6), staff: true, visible: false });
		events.push({ kind: 'list_given', at: new Date(clock), staff: true });
	}
	switch (status) {
		case 'solution_recorded':
			events.push({ kind: 'solution_recorded', at: after(10, 60), staff: true });
			events.push({ kind: 'closed', at: new Date(clock), staff: true });
			break;
		case 'closed_without_solution':
			events.push({
				kind: 'closed',
				at: after(30, 90),
				staff: true
				// Its details are the outcome's codes (demo-request-outcomes.ts).
			});
			break;
		case 'closed_by_relay':
			events.push({
				kind: 'closed',
				at: after(30, 60),
				staff: true,
				details: { from: 'in_progress', status: 'closed_by_relay', reason: 'unreachable' }
			});
			break;
		case 'cancelled_by_family':
			events.push({
				kind: 'cancelled_by_family',
				at: after(1, 30),
				staff: false,
				details: { reason: random.pick(CANCEL_REASONS) }
			});
			break;
		default:
			break;
	}
	return events;
}
