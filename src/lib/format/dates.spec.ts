import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('formatDate', () => {
	it('writes the first of the month as an ordinal, with or without the weekday', () => {
		expect(formatDate('2027-03-01')).toBe('1er mars 2027');
		expect(formatDate('2027-03-01', { weekday: true })).toBe('lundi 1er mars 2027');
		expect(formatDate('2027-03-01', { weekday: true, year: false })).toBe('lundi 1er mars');
		expect(formatDate('2027-03-11')).toBe('11 mars 2027');
		expect(formatDate('2027-03-21')).toBe('21 mars 2027');
	});

	it('reads an instant on a Paris clock: late on 30 June in UTC is already 1 July', () => {
		expect(formatDate(new Date('2026-06-30T22:30:00Z'))).toBe('1er juillet 2026');
		expect(formatDate(new Date('2026-06-30T21:59:00Z'))).toBe('30 juin 2026');
	});

	it('reads a calendar date as it is, whatever the time zone of the machine', () => {
		expect(formatDate('2026-12-31')).toBe('31 décembre 2026');
		expect(formatDate('2026-01-01', { weekday: true })).toBe('jeudi 1er janvier 2026');
	});
});

describe('formatDateTime', () => {
	it('writes midnight as 0 h 00 on the day it starts', () => {
		expect(formatDateTime(new Date('2026-12-31T23:00:00Z'))).toBe('1er janvier 2027 à 0 h 00');
	});

	it('follows the clock changes of March and October', () => {
		// 29 March 2026: 2:00 becomes 3:00; 25 October 2026: 3:00 becomes 2:00.
		expect(formatDateTime(new Date('2026-03-29T00:59:00Z'))).toBe('29 mars 2026 à 1 h 59');
		expect(formatDateTime(new Date('2026-03-29T01:00:00Z'))).toBe('29 mars 2026 à 3 h 00');
		expect(formatDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('25 octobre 2026 à 2 h 30');
		expect(formatDateTime(new Date('2026-10-25T01:30:00Z'))).toBe('25 octobre 2026 à 2 h 30');
		expect(formatDateTime(new Date('2026-10-25T08:00:00Z'))).toBe('25 octobre 2026 à 9 h 00');
	});
});
