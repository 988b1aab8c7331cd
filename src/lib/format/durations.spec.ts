import { describe, expect, it } from 'vitest';
import { formatDuration } from './durations';

describe('formatDuration', () => {
	it('writes minutes under an hour, then hours and two-digit minutes', () => {
		expect(formatDuration(45)).toBe('45 min');
		expect(formatDuration(60)).toBe('1 h');
		expect(formatDuration(84)).toBe('1 h 24');
		expect(formatDuration(125)).toBe('2 h 05');
		expect(formatDuration(0)).toBe('0 min');
	});
});
