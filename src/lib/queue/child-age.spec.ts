import { describe, expect, it } from 'vitest';
import { ageAtStart } from './child-age';

const born = (birthDate: string) => ({ birthDate, expectedBirthDate: null });

describe('ageAtStart', () => {
	it('says months under two years, then years and months', () => {
		expect(ageAtStart(born('2026-05-10'), '2026-05-10')).toEqual({ kind: 'months', months: 0 });
		expect(ageAtStart(born('2026-05-10'), '2026-09-09')).toEqual({ kind: 'months', months: 3 });
		expect(ageAtStart(born('2026-05-10'), '2028-05-09')).toEqual({ kind: 'months', months: 23 });
		expect(ageAtStart(born('2026-05-10'), '2028-05-10')).toEqual({
			kind: 'years',
			years: 2,
			months: 0
		});
		expect(ageAtStart(born('2026-05-10'), '2029-09-01')).toEqual({
			kind: 'years',
			years: 3,
			months: 3
		});
	});

	it('uses the expected date of a child not born yet, and says "not born" before it', () => {
		const expected = { birthDate: null, expectedBirthDate: '2027-02-01' };
		expect(ageAtStart(expected, '2027-01-15')).toEqual({ kind: 'unborn' });
		expect(ageAtStart(expected, '2027-06-01')).toEqual({ kind: 'months', months: 4 });
	});
});
