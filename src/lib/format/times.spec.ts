import { describe, expect, it } from 'vitest';
import { formatTime, formatTimeRange } from './times';

describe('formatTime', () => {
	it('writes hours unpadded and minutes on two digits, the French way', () => {
		expect(formatTime(new Date('2026-01-15T08:00:00Z'))).toBe('9 h 00');
		expect(formatTime(new Date('2026-07-15T12:05:00Z'))).toBe('14 h 05');
		expect(formatTime('09:00')).toBe('9 h 00');
		expect(formatTime('08:30:00')).toBe('8 h 30');
		expect(formatTime('18:00')).toBe('18 h 00');
	});

	it('writes midnight as 0 h 00 (not 24 h 00) in Paris', () => {
		expect(formatTime(new Date('2026-01-14T23:00:00Z'))).toBe('0 h 00');
		expect(formatTime(new Date('2026-07-14T22:24:00Z'))).toBe('0 h 24');
		expect(formatTime('00:00')).toBe('0 h 00');
	});

	it('is on Paris time on both sides of a clock change', () => {
		expect(formatTime(new Date('2026-03-28T08:00:00Z'))).toBe('9 h 00');
		expect(formatTime(new Date('2026-03-29T07:00:00Z'))).toBe('9 h 00');
		expect(formatTime(new Date('2026-10-25T08:00:00Z'))).toBe('9 h 00');
	});

	it('writes a range with a dash', () => {
		expect(formatTimeRange('14:00', '14:45')).toBe('14 h 00 – 14 h 45');
	});
});
