import type { RequestEventKind } from './request-events';

/**
 * The family's view of where a request stands: six steps, each done (with its date) or not
 * yet, read from the request's events. Only `received` is written today; the appointment,
 * list and outcome features write the others under these kinds.
 */
export const timelineSteps = [
	'received',
	'appointment_proposed',
	'appointment_booked',
	'list_given',
	'solution_recorded',
	'closed'
] as const;
export type TimelineStep = (typeof timelineSteps)[number];

/** The event kinds that mark each step as done. */
const eventKindsOf: Record<TimelineStep, readonly RequestEventKind[]> = {
	received: ['received'],
	appointment_proposed: ['appointment_proposed'],
	appointment_booked: ['appointment_booked'],
	list_given: ['list_given'],
	solution_recorded: ['solution_recorded'],
	closed: ['closed', 'cancelled_by_family']
};

export interface TimelineEntry {
	step: TimelineStep;
	/** `skipped`: the request closed without going through this step. */
	state: 'done' | 'todo' | 'skipped';
	/** When the step was last reached. */
	at: Date | null;
}

export function buildTimeline(
	events: { kind: string; at: Date }[],
	closure: { open: boolean; closedAt: Date | null }
): TimelineEntry[] {
	return timelineSteps.map((step) => {
		const kinds = eventKindsOf[step];
		const reached = events.filter((event) => (kinds as readonly string[]).includes(event.kind));
		const last = reached.at(-1);
		if (last) return { step, state: 'done', at: last.at };
		// A request closed by a status change that wrote no event is still shown as closed.
		if (step === 'closed' && !closure.open) return { step, state: 'done', at: closure.closedAt };
		return { step, state: closure.open ? 'todo' : 'skipped', at: null };
	});
}
