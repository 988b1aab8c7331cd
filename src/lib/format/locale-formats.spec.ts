import { describe, expect, it } from 'vitest';
import { formatsFor } from './locale-formats';

const march = new Date('2027-03-01T08:05:00Z'); // 9:05 in Paris (winter time)

describe('the formats of each language', () => {
	it('keep the French typography', () => {
		const f = formatsFor('fr');
		expect(f.dateTime(march)).toBe('1er mars 2027 à 9 h 05');
		expect(f.phone('+33684630554')).toBe('06 84 63 05 54');
	});

	it('write English dates and times on a Paris clock', () => {
		const f = formatsFor('en');
		expect(f.date(march, { weekday: true })).toBe('Monday, 1 March 2027');
		expect(f.dateTime(march)).toBe('1 March 2027 at 09:05');
		expect(f.date('2024-02-29')).toBe('29 February 2024');
		expect(f.count(1234)).toBe('1,234');
	});

	it('write Arabic with Western digits and keep numbers left to right', () => {
		const f = formatsFor('ar');
		expect(f.date(march)).toBe('1 مارس 2027');
		expect(f.time(march)).toBe('09:05');
		expect(f.phone('+33684630554')).toBe('\u206606 84 63 05 54\u2069');
		expect(f.ltr('RPE-2026-00042')).toBe('\u2066RPE-2026-00042\u2069');
	});
});
