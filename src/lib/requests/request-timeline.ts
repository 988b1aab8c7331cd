import type { RequestEventKind } from './request-events';

/**
 * The family's view of where a request stands: six steps, each done (with its date) or not
 * yet, read from the request's events (oldest first). An outcome writes `solution_recorded`
 * or `closed`; a `reopened` event after it puts those steps back to come.
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

/** The steps a reopening undoes. */
const closingSteps: readonly TimelineStep[] = ['solution_recorded', 'closed'];

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
	// A reopened request (the family still looks) is not closed any more: its earlier outcome
	// and closing no longer count, and those steps are to come again.
	const reopenedAt = events.findLastIndex((event) => event.kind === 'reopened');
	return timelineSteps.map((step) => {
		const kinds = eventKindsOf[step];
		const since = closingSteps.includes(step) ? reopenedAt + 1 : 0;
		const reached = events
			.slice(since)
			.filter((event) => (kinds as readonly string[]).includes(event.kind));
		const last = reached.at(-1);
		if (last) return { step, state: 'done', at: last.at };
		// A request closed by a status change that wrote no event is still shown as closed.
		if (step === 'closed' && !closure.open) return { step, state: 'done', at: closure.closedAt };
		return { step, state: closure.open ? 'todo' : 'skipped', at: null };
	});
}
