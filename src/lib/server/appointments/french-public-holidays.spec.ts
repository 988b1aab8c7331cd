import { describe, expect, it } from 'vitest';
import {
	easterSunday,
	frenchPublicHolidays,
	isFrenchPublicHoliday
} from './french-public-holidays';

describe('frenchPublicHolidays', () => {
	it('lists the 11 holidays of 2026', () => {
		expect(frenchPublicHolidays(2026)).toEqual([
			'2026-01-01',
			'2026-04-06', // Easter Monday
			'2026-05-01',
			'2026-05-08',
			'2026-05-14', // Ascension
			'2026-05-25', // Whit Monday
			'2026-07-14',
			'2026-08-15',
			'2026-11-01',
			'2026-11-11',
			'2026-12-25'
		]);
	});

	it('lists the 11 holidays of 2027, with Easter in March', () => {
		expect(frenchPublicHolidays(2027)).toEqual([
			'2027-01-01',
			'2027-03-29',
			'2027-05-01',
			'2027-05-06',
			'2027-05-08',
			'2027-05-17',
			'2027-07-14',
			'2027-08-15',
			'2027-11-01',
			'2027-11-11',
			'2027-12-25'
		]);
	});

	it('finds Easter Sunday for known years, including the earliest and latest cases', () => {
		expect(easterSunday(2024)).toBe('2024-03-31');
		expect(easterSunday(2025)).toBe('2025-04-20');
		expect(easterSunday(2026)).toBe('2026-04-05');
		expect(easterSunday(2027)).toBe('2027-03-28');
		expect(easterSunday(2285)).toBe('2285-03-22');
		expect(easterSunday(2038)).toBe('2038-04-25');
	});

	it('tells a holiday from an ordinary day', () => {
		expect(isFrenchPublicHoliday('2026-05-25')).toBe(true);
		expect(isFrenchPublicHoliday('2026-05-26')).toBe(false);
	});
});
