import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isoWeekday, monthsBetween, parseDateInput } from './calendar-date';

describe('calendar dates', () => {
	it('reads a date input and a date typed the French way, and refuses a day that does not exist', () => {
		expect(parseDateInput('2026-03-15')).toBe('2026-03-15');
		expect(parseDateInput(' 1/3/2026 ')).toBe('2026-03-01');
		expect(parseDateInput('30/02/2026')).toBeNull();
		expect(parseDateInput('demain')).toBeNull();
	});

	it('adds calendar days across a month, a year and the March clock change', () => {
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
	});

	it('counts ISO weekdays and whole months', () => {
		expect(isoWeekday('2026-03-30')).toBe(1);
		expect(isoWeekday('2026-03-29')).toBe(7);
		expect(monthsBetween('2025-06-15', '2026-06-14')).toBe(11);
		expect(monthsBetween('2025-06-15', '2026-06-15')).toBe(12);
	});
});
