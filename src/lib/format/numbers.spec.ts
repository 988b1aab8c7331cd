import { describe, expect, it } from 'vitest';
import {
	formatCoordinate,
	formatCount,
	formatDecimal,
	formatPercent,
	formatShare
} from './numbers';

describe('numbers', () => {
	it('groups thousands the French way', () => {
		expect(formatCount(12345)).toBe('12\u202f345');
		expect(formatCount(227_830)).toBe('227\u202f830');
		expect(formatCount(0)).toBe('0');
	});

	it('writes a share as a whole percentage, and none of nothing', () => {
		expect(formatShare(5, 6)).toBe('83\u00a0%');
		expect(formatShare(0, 0)).toBeNull();
	});

	it('writes a coordinate with a decimal comma, as the form accepts it back', () => {
		expect(formatCoordinate(48.1147)).toBe('48,1147');
		expect(formatCoordinate(-1.6794001)).toBe('-1,6794');
	});

	it('writes a share already taken as a whole percentage, and a statistic with one decimal', () => {
		expect(formatPercent(0.42)).toBe('42\u00a0%');
		expect(formatPercent(0.996)).toBe('100\u00a0%');
		expect(formatDecimal(3.5)).toBe('3,5');
		expect(formatDecimal(1234.04)).toBe('1\u202f234');
	});
});
