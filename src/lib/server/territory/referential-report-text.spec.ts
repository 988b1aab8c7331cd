import { describe, expect, it } from 'vitest';
import { describeReferentialReport } from './referential-report-text';
import type { ReferentialReport } from './load-referential';

const quiet: ReferentialReport = {
	departements: ['35'],
	version: '6.0.0',
	epcis: { added: 0, updated: 0, unchanged: 18 },
	communes: { added: 0, updated: 1, unchanged: 331 },
	missing: [],
	back: [],
	withoutCentroid: []
};

describe('the load report, in French', () => {
	it('says what changed, and nothing more when nothing needs a decision', () => {
		expect(describeReferentialReport(quiet)).toEqual([
			'Référentiel @etalab/decoupage-administratif 6.0.0, département 35.',
			'Intercommunalités — ajoutées : 0, mises à jour : 0, inchangées : 18.',
			'Communes — ajoutées : 0, mises à jour : 1, inchangées : 331.'
		]);
	});

	it('lists the communes gone from the référentiel with the relay serving them, and those without centroid', () => {
		const lines = describeReferentialReport({
			...quiet,
			departements: ['35', '56'],
			missing: [
				{
					inseeCode: '35099',
					name: 'Ancienne',
					since: new Date('2027-01-01T08:00:00Z'),
					relay: { id: 'r', name: 'Relais Vilaine Ouest' }
				},
				{
					inseeCode: '35100',
					name: 'Oubliée',
					since: new Date('2027-01-01T08:00:00Z'),
					relay: null
				}
			],
			back: ['35101'],
			withoutCentroid: [{ inseeCode: '56001', name: 'Nouvelle' }]
		});
		expect(lines[0]).toContain('départements 35, 56');
		expect(lines).toContain('Communes de nouveau présentes dans le référentiel : 35101.');
		expect(lines).toContain(
			'  35099 Ancienne, absente depuis le 1er janvier 2027, desservie par Relais Vilaine Ouest'
		);
		expect(lines).toContain(
			'  35100 Oubliée, absente depuis le 1er janvier 2027, desservie par aucun relais'
		);
		expect(lines.at(-1)).toBe('  56001 Nouvelle');
	});
});
