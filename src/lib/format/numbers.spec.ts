import { describe, expect, it } from 'vitest';
import { formatCount, formatShare } from './numbers';

describe('numbers', () => {
	it('groups thousands the French way', () => {
		expect(formatCount(12345)).toBe('12\u202f345');
		expect(formatCount(0)).toBe('0');
	});

	it('writes a share as a whole percentage, and none of nothing', () => {
		expect(formatShare(5, 6)).toBe('83\u00a0%');
		expect(formatShare(0, 0)).toBeNull();
	});
});
