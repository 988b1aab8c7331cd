import { describe, expect, it } from 'vitest';
import { countdownTo, countdownTone, parisDaysBetween } from './countdown';

const paris = (local: string, offset: '+01:00' | '+02:00') => new Date(`${local}:00${offset}`);

describe('countdownTo', () => {
	const deadline = paris('2027-03-31T10:00', '+02:00');

	it('counts Paris calendar days, not 24-hour periods', () => {
		// Friday 26 March at 23:30: Wednesday is five days away, though less than 5 × 24 h.
		expect(countdownTo(deadline, paris('2027-03-26T23:30', '+01:00'))).toEqual({
			state: 'remaining',
			days: 5,
			deadline
		});
		expect(countdownTo(deadline, paris('2027-03-30T23:59', '+02:00'))).toEqual({
			state: 'remaining',
			days: 1,
			deadline
		});
	});

	it('is due today until the minute, then late since today, then late by whole days', () => {
		expect(countdownTo(deadline, paris('2027-03-31T00:00', '+02:00'))).toEqual({
			state: 'due_today',
			deadline
		});
		expect(countdownTo(deadline, paris('2027-03-31T09:59', '+02:00'))).toEqual({
			state: 'due_today',
			deadline
		});
		expect(countdownTo(deadline, deadline)).toEqual({ state: 'overdue', days: 0, deadline });
		expect(countdownTo(deadline, paris('2027-03-31T23:59', '+02:00'))).toEqual({
			state: 'overdue',
			days: 0,
			deadline
		});
		expect(countdownTo(deadline, paris('2027-04-01T00:00', '+02:00'))).toEqual({
			state: 'overdue',
			days: 1,
			deadline
		});
		expect(countdownTo(deadline, paris('2027-04-02T08:00', '+02:00'))).toEqual({
			state: 'overdue',
			days: 2,
			deadline
		});
	});

	it('uses the Paris date, not the UTC one, around midnight', () => {
		// 00:30 in Paris on 1 April is still 31 March in UTC.
		expect(parisDaysBetween(deadline, paris('2027-04-01T00:30', '+02:00'))).toBe(1);
	});
});

describe('countdownTone', () => {
	it('goes with the words: calm, then warning, then danger', () => {
		const deadline = new Date();
		expect(countdownTone({ state: 'remaining', days: 5, deadline })).toBe('info');
		expect(countdownTone({ state: 'remaining', days: 2, deadline })).toBe('warning');
		expect(countdownTone({ state: 'due_today', deadline })).toBe('warning');
		expect(countdownTone({ state: 'overdue', days: 0, deadline })).toBe('danger');
		expect(countdownTone({ state: 'met' })).toBe('success');
	});
});
