import { describe, expect, it } from 'vitest';
import { matchCommune, normaliseCommuneName } from './find-commune';
import type { Commune } from '../db/schema';

const commune = (inseeCode: string, name: string, postalCodes: string[]): Commune => ({
	inseeCode,
	name,
	postalCodes,
	relayId: 'r',
	latitude: 0,
	longitude: 0
});
const served = [
	commune('35131', 'L’Hermitage', ['35590']),
	commune('35278', 'Saint-Grégoire', ['35760']),
	commune('35189', 'Montgermont', ['35760']),
	commune('35047', 'Bruz', ['35170'])
];

describe('matchCommune', () => {
	it.each([
		['Bruz', '35047'],
		['bruz ', '35047'],
		['35170', '35047'],
		["l'hermitage", '35131'],
		['L HERMITAGE', '35131'],
		['st gregoire', '35278'],
		['Saint-Grégoire (35760)', '35278'],
		['Montgermont (35760)', '35189']
	])('finds %s', (query, insee) => {
		const match = matchCommune(served, query);
		expect(match.status === 'found' && match.commune.inseeCode).toBe(insee);
	});

	it('asks to choose when a postal code is shared, then takes the choice', () => {
		const match = matchCommune(served, '35760');
		expect(match.status === 'ambiguous' && match.candidates.map((c) => c.inseeCode).sort()).toEqual(
			['35189', '35278']
		);
		const chosen = matchCommune(served, '35760', '35189');
		expect(chosen.status === 'found' && chosen.commune.name).toBe('Montgermont');
	});

	it('does not find a commune that is not served, nor accepts a choice outside the candidates', () => {
		expect(matchCommune(served, 'Rennes')).toEqual({ status: 'not_found' });
		expect(matchCommune(served, '75001')).toEqual({ status: 'not_found' });
		expect(matchCommune(served, '35760', '35047').status).toBe('ambiguous');
	});

	it('normalises accents, apostrophes and abbreviations', () => {
		expect(normaliseCommuneName('  Sainte-Marie d’Été ')).toBe('sainte marie d ete');
		expect(normaliseCommuneName('Ste Marie')).toBe('sainte marie');
	});
});
