import { describe, expect, it } from 'vitest';
import { arabicCount } from './arabic-count';

const months = { one: 'شهر واحد', two: 'شهران', few: 'أشهر', many: 'شهرًا' };

describe('an Arabic count', () => {
	it('agrees its noun with the number', () => {
		expect(arabicCount(1, months)).toBe('شهر واحد');
		expect(arabicCount(2, months)).toBe('شهران');
		expect(arabicCount(3, months)).toBe('3 أشهر');
		expect(arabicCount(10, months)).toBe('10 أشهر');
		expect(arabicCount(11, months)).toBe('11 شهرًا');
		expect(arabicCount(99, months)).toBe('99 شهرًا');
		expect(arabicCount(100, months)).toBe('100 شهر');
		expect(arabicCount(103, months)).toBe('103 أشهر');
	});
});
