import { describe, expect, it } from 'vitest';
import { buildTimeline } from './request-timeline';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

describe('the family’s timeline', () => {
	it('marks the steps reached by an event as done, with the date, the others as not yet', () => {
		const timeline = buildTimeline(
			[
				{ kind: 'received', at: at(2) },
				{ kind: 'contact_updated', at: at(3) },
				{ kind: 'appointment_proposed', at: at(4) },
				{ kind: 'appointment_proposed', at: at(6) }
			],
			{ open: true, closedAt: null }
		);
		expect(timeline.map((e) => [e.step, e.state, e.at])).toEqual([
			['received', 'done', at(2)],
			['appointment_proposed', 'done', at(6)],
			['appointment_booked', 'todo', null],
			['list_given', 'todo', null],
			['solution_recorded', 'todo', null],
			['closed', 'todo', null]
		]);
	});

	it('closes with a cancellation, and shows the steps never reached as skipped', () => {
		const timeline = buildTimeline(
			[
				{ kind: 'received', at: at(2) },
				{ kind: 'cancelled_by_family', at: at(5) }
			],
			{ open: false, closedAt: at(5) }
		);
		expect(timeline.map((e) => e.state)).toEqual([
			'done',
			'skipped',
			'skipped',
			'skipped',
			'skipped',
			'done'
		]);
		expect(timeline.at(-1)?.at).toEqual(at(5));
	});

	it('shows a request closed without a closing event as closed on its closing date', () => {
		const timeline = buildTimeline([{ kind: 'received', at: at(2) }], {
			open: false,
			closedAt: at(9)
		});
		expect(timeline.at(-1)).toEqual({ step: 'closed', state: 'done', at: at(9) });
	});

	it('puts the outcome and the closing back to come once the request is reopened', () => {
		const reopened = buildTimeline(
			[
				{ kind: 'received', at: at(2) },
				{ kind: 'closed', at: at(5) },
				{ kind: 'reopened', at: at(7) }
			],
			{ open: true, closedAt: null }
		);
		expect(reopened.slice(-2).map((e) => [e.step, e.state])).toEqual([
			['solution_recorded', 'todo'],
			['closed', 'todo']
		]);
		const foundAfter = buildTimeline(
			[
				{ kind: 'received', at: at(2) },
				{ kind: 'closed', at: at(5) },
				{ kind: 'reopened', at: at(7) },
				{ kind: 'solution_recorded', at: at(9) }
			],
			{ open: false, closedAt: at(9) }
		);
		expect(foundAfter.slice(-2).map((e) => [e.step, e.state, e.at])).toEqual([
			['solution_recorded', 'done', at(9)],
			['closed', 'done', at(9)]
		]);
	});
});
