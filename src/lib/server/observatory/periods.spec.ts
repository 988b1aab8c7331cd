import { describe, expect, it } from 'vitest';
import { completeMonths, quartersOf, yearsBetween } from './periods';

describe('the observatory periods', () => {
	it('counts a past year whole, the current one through last month, a future one not at all', () => {
		expect(completeMonths(2025, '2026-12-02')).toHaveLength(12);
		expect(completeMonths(2026, '2026-12-02')).toEqual([
			'2026-01',
			'2026-02',
			'2026-03',
			'2026-04',
			'2026-05',
			'2026-06',
			'2026-07',
			'2026-08',
			'2026-09',
			'2026-10',
			'2026-11'
		]);
		expect(completeMonths(2026, '2026-01-15')).toEqual([]);
		expect(completeMonths(2027, '2026-12-02')).toEqual([]);
	});

	it('groups months into their quarters, a partial quarter holding only its complete months', () => {
		expect(quartersOf(completeMonths(2026, '2026-12-02')).map((q) => q.months.length)).toEqual([
			3, 3, 3, 2
		]);
	});

	it('offers the years from the first count to the last with a complete month', () => {
		expect(yearsBetween('2023-12-01', '2026-12-02')).toEqual([2026, 2025, 2024, 2023]);
		expect(yearsBetween('2023-12-01', '2026-01-10')).toEqual([2025, 2024, 2023]);
		expect(yearsBetween(null, '2026-12-02')).toEqual([2026]);
	});
});
