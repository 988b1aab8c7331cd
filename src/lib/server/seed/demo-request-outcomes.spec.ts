import { describe, expect, it } from 'vitest';
import { seedFor } from './demo-random';
import { drawDemoOutcome } from './demo-request-outcomes';
import { drawDemoRequests } from './demo-requests-draw';

const anchor = new Date('2026-11-20T08:00:00Z');
const populations = [1000, 5000, 200, 12000];

describe('the demo outcomes', () => {
	it('are drawn from a stream of their own: the same for a rank, different between ranks', () => {
		expect(seedFor('outcome', 3)).toBe(seedFor('outcome', 3));
		expect(seedFor('outcome', 3)).not.toBe(seedFor('outcome', 4));
		expect(seedFor('outcome', 3)).not.toBe(seedFor('other', 3));
	});

	it('give every closed-with-outcome request one, at its closing date, and no other one', () => {
		const drawn = drawDemoRequests(anchor, 150, populations);
		const outcomes = drawn.map((demo, rank) =>
			drawDemoOutcome(rank, demo.status, demo.events, demo.desiredStart)
		);
		for (const [rank, demo] of drawn.entries()) {
			const outcome = outcomes[rank];
			if (demo.status === 'solution_recorded') {
				expect(outcome?.facts.found, `rank ${rank}`).toBe(true);
				expect(outcome?.at).toEqual(demo.events.find((e) => e.kind === 'solution_recorded')?.at);
			} else if (demo.status === 'closed_without_solution') {
				expect(outcome?.facts.found, `rank ${rank}`).toBe(false);
				expect(outcome?.at).toEqual(demo.events.find((e) => e.kind === 'closed')?.at);
			} else {
				expect(outcome, `rank ${rank}`).toBeNull();
			}
		}
		// Drawing them changes none of the requests' own draws.
		expect(drawDemoRequests(anchor, 150, populations)).toEqual(drawn);
		const kinds = new Set(outcomes.flatMap((o) => (o?.facts.found ? [o.facts.careKind] : [])));
		expect(kinds.size).toBeGreaterThan(3);
	});
});
