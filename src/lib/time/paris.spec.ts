import { describe, expect, it } from 'vitest';
import {
	parisClock,
	parisDate,
	parisOffsetMinutes,
	parisToUtc,
	parisWallClock,
	todayInParis
} from './paris';

describe('parisToUtc', () => {
	it('is one hour ahead of UTC in winter and two in summer', () => {
		expect(parisToUtc('2026-01-15', '09:00').toISOString()).toBe('2026-01-15T08:00:00.000Z');
		expect(parisToUtc('2026-07-15', '09:00:00').toISOString()).toBe('2026-07-15T07:00:00.000Z');
	});

	it('switches on the last Sunday of March and of October, not a day early or late', () => {
		// 2026: clocks go forward on 29 March at 02:00, back on 25 October at 03:00.
		expect(parisToUtc('2026-03-28', '09:00').toISOString()).toBe('2026-03-28T08:00:00.000Z');
		expect(parisToUtc('2026-03-29', '09:00').toISOString()).toBe('2026-03-29T07:00:00.000Z');
		expect(parisToUtc('2026-03-29', '01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
		expect(parisToUtc('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
		expect(parisToUtc('2026-10-24', '09:00').toISOString()).toBe('2026-10-24T07:00:00.000Z');
		expect(parisToUtc('2026-10-25', '09:00').toISOString()).toBe('2026-10-25T08:00:00.000Z');
		expect(parisToUtc('2026-10-26', '09:00').toISOString()).toBe('2026-10-26T08:00:00.000Z');
	});

	it('moves the nonexistent 02:30 of the March change forward by the gap (03:30 summer time)', () => {
		const instant = parisToUtc('2026-03-29', '02:30');
		expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
		expect(parisWallClock(instant)).toEqual({ date: '2026-03-29', time: '03:30:00' });
	});

	it('takes the first of the two 02:30 of the October change (still summer time)', () => {
		expect(parisToUtc('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
		// The second 02:30 exists too, one hour later: the choice is real.
		expect(parisWallClock(new Date('2026-10-25T01:30:00Z'))).toEqual({
			date: '2026-10-25',
			time: '02:30:00'
		});
	});

	it('refuses what is not a time', () => {
		expect(() => parisToUtc('2026-02-30', '25:00')).toThrow(RangeError);
	});
});

describe('Paris calendar helpers', () => {
	it('gives the Paris date of an instant, not the UTC one', () => {
		expect(parisDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(parisDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
		expect(parisDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
	});

	it('gives the offset in minutes', () => {
		expect(parisOffsetMinutes(new Date('2026-01-01T12:00:00Z'))).toBe(60);
		expect(parisOffsetMinutes(new Date('2026-08-01T12:00:00Z'))).toBe(120);
	});

	it('gives today in Paris, which is tomorrow in UTC late in the evening', () => {
		expect(todayInParis(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
	});

	it('reads a Paris clock, midnight as 0 and across the clock changes', () => {
		expect(parisClock(new Date('2026-01-14T23:00:00Z'))).toEqual({ hours: 0, minutes: 0 });
		expect(parisClock(new Date('2026-03-29T01:30:00Z'))).toEqual({ hours: 3, minutes: 30 });
		expect(parisClock(new Date('2026-10-25T00:30:00Z'))).toEqual({ hours: 2, minutes: 30 });
		expect(parisClock(new Date('2026-10-25T01:30:00Z'))).toEqual({ hours: 2, minutes: 30 });
	});
});
