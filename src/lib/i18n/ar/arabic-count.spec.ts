import { describe, expect, it } from 'vitest';
import { days, letters } from './arabic-count';

describe('Arabic counts', () => {
	it('give the noun the form its number asks', () => {
		expect([1, 2, 7, 15, 200].map(days)).toEqual([
			'يوم واحد',
			'يومين',
			'7 أيام',
			'15 يومًا',
			'200 يوم'
		]);
		expect(letters(2000)).toBe('2000 حرف');
	});
});
