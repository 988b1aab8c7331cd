import { describe, expect, it } from 'vitest';
import { matchCommune, normaliseCommuneName } from './find-commune';
import type { Commune } from '../db/schema';

const commune = (inseeCode: string, name: string, postalCodes: string[]): Commune => ({
	inseeCode,
	name,
	postalCodes,
	relayId: 'r',
	departement: inseeCode.slice(0, 2),
	epciCode: null,
	population: null,
	missingFromReferentialSince: null,
	latitude: 0,
	longitude: 0,
	centroidEditedAt: null
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

	it('does not find a commune it does not know, nor accepts a choice outside the candidates', () => {
		expect(matchCommune(served, 'Quimper')).toEqual({ status: 'unknown', suggestions: [] });
		expect(matchCommune(served, '75001')).toEqual({ status: 'unknown', suggestions: [] });
		expect(matchCommune(served, '35760', '35047').status).toBe('ambiguous');
	});

	it('finds a known commune outside the territory (the caller says "not served")', () => {
		const outside = [...served, { ...commune('35238', 'Rennes', ['35000']), relayId: null }];
		const match = matchCommune(outside, 'rennes');
		expect(match.status === 'found' && match.commune.relayId).toBeNull();
	});

	it('suggests the closest names for a misspelt commune, and takes one of them when chosen', () => {
		const known = [...served, commune('35196', 'Mordelles', ['35310'])];
		const names = (query: string) => {
			const match = matchCommune(known, query);
			return match.status === 'unknown' ? match.suggestions.map((c) => c.name) : match.status;
		};
		expect(names('Mordel')).toEqual(['Mordelles']);
		expect(names('Mordeles')).toEqual(['Mordelles']);
		expect(names('Burz')).toEqual(['Bruz']);
		expect(names('Hermitage')).toEqual(['L’Hermitage']);
		expect(names('Saint Gregorie')).toEqual(['Saint-Grégoire']);
		expect(names('Montgermond')).toEqual(['Montgermont']);
		expect(names('Paris')).toEqual([]);
		const chosen = matchCommune(known, 'Mordel', '35196');
		expect(chosen.status === 'found' && chosen.commune.name).toBe('Mordelles');
		expect(matchCommune(known, 'Mordel', '35047').status).toBe('unknown');
	});

	it('normalises accents, apostrophes and abbreviations', () => {
		expect(normaliseCommuneName('  Sainte-Marie d’Été ')).toBe('sainte marie d ete');
		expect(normaliseCommuneName('Ste Marie')).toBe('sainte marie');
	});
});
