import { describe, expect, it } from 'vitest';
import { arrivalInstant } from './arrival';

describe('arrivalInstant', () => {
	// Wednesday 25 November 2026, 10:15 in Paris (UTC+1).
	const now = new Date('2026-11-25T09:15:00Z');

	it('is now for a request sent or entered today', () => {
		expect(arrivalInstant(null, now)).toEqual(now);
		expect(arrivalInstant('2026-11-25', now)).toEqual(now);
	});

	it('is the day made on monenfant.fr, at the hour of entry in Paris', () => {
		expect(arrivalInstant('2026-11-20', now)).toEqual(new Date('2026-11-20T09:15:00Z'));
	});

	it('keeps the Paris hour across a change of clock', () => {
		// 10:15 in Paris on 20 October was still summer time (UTC+2).
		expect(arrivalInstant('2026-10-20', now)).toEqual(new Date('2026-10-20T08:15:00Z'));
	});
});
