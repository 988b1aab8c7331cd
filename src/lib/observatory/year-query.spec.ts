import { describe, expect, it } from 'vitest';
import { requestedYear, withYear } from './year-query';

const asked = (query: string) => requestedYear(new URLSearchParams(query));

describe('the year asked for', () => {
	it('is read from ?annee=', () => {
		expect(asked('annee=2025')).toBe(2025);
	});

	it('is none when absent or not a year, so that the most recent is shown', () => {
		for (const query of [
			'',
			'annee=',
			'annee=deux',
			'annee=20255',
			'annee=1999',
			'annee=2025.5',
			'annee=+2025'
		])
			expect(asked(query), query).toBeNull();
	});

	it('travels with the links', () => {
		expect(withYear('/observatoire/demande', 2024)).toBe('/observatoire/demande?annee=2024');
	});
});
