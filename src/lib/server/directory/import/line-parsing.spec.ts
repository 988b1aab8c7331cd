import { describe, expect, it } from 'vitest';
import { childminderLine } from './childminder-line';
import { communeIndexOf, resolveCommune } from './commune-index';
import { listPhone } from './line-values';
import { parseAgeMonths } from './parse-age';
import { parseListDate } from './parse-date';
import { parseStructureKind } from './parse-structure-kind';
import { structureLine } from './structure-line';

const communes = communeIndexOf([
	{ inseeCode: '35238', name: 'Rennes', postalCodes: ['35000', '35200', '35700'] },
	{ inseeCode: '35278', name: 'Saint-Grégoire', postalCodes: ['35760'] },
	{ inseeCode: '35001', name: 'Acigné', postalCodes: ['35690'] },
	{ inseeCode: '22001', name: 'Acigné', postalCodes: ['22100'] }
]);

describe('parseListDate', () => {
	it('reads dd/mm/yyyy, yyyy-mm-dd and Excel day numbers', () => {
		expect(parseListDate('31/01/2024')).toBe('2024-01-31');
		expect(parseListDate('1/2/2024')).toBe('2024-02-01');
		expect(parseListDate('2024-01-31')).toBe('2024-01-31');
		expect(parseListDate('45322')).toBe('2024-01-31');
	});

	it('refuses what is not a real date', () => {
		for (const typed of ['31/02/2024', '2024-13-01', '12/2024', 'bientôt', '00/01/2024']) {
			expect(parseListDate(typed), typed).toBeNull();
		}
	});
});

describe('parseAgeMonths and parseStructureKind', () => {
	it('reads ages in months or years', () => {
		expect(parseAgeMonths('2 mois')).toBe(2);
		expect(parseAgeMonths('3 ans')).toBe(36);
		expect(parseAgeMonths('2 ans et demi')).toBe(30);
		expect(parseAgeMonths('18')).toBe(18);
		expect(parseAgeMonths('bébé')).toBeNull();
	});

	it('reads the kinds of structures from their French words', () => {
		expect(parseStructureKind('Micro-crèche')).toBe('micro_creche');
		expect(parseStructureKind('CRECHE FAMILIALE')).toBe('creche_familiale');
		expect(parseStructureKind('Multi-accueil')).toBe('multi_accueil');
		expect(parseStructureKind('Crèche collective')).toBe('creche');
		expect(parseStructureKind('Garde à domicile')).toBe('home_care_service');
		expect(parseStructureKind('ALSH')).toBe('accueil_loisirs');
		expect(parseStructureKind('Accueil périscolaire')).toBe('accueil_loisirs');
		expect(parseStructureKind('Piscine')).toBeNull();
	});
});

describe('resolveCommune', () => {
	it('finds a commune by INSEE code, or by name accent- and case-insensitively', () => {
		expect(resolveCommune(communes, { communeInsee: '35238' })).toEqual({
			ok: true,
			inseeCode: '35238'
		});
		expect(resolveCommune(communes, { commune: 'ST GREGOIRE' })).toEqual({
			ok: true,
			inseeCode: '35278'
		});
		expect(resolveCommune(communes, { commune: '35001' })).toEqual({
			ok: true,
			inseeCode: '35001'
		});
	});

	it('chooses among communes of one name by postal code, and says when it cannot', () => {
		expect(resolveCommune(communes, { commune: 'acigne', postalCode: '35690' })).toEqual({
			ok: true,
			inseeCode: '35001'
		});
		expect(resolveCommune(communes, { commune: 'Acigné' })).toMatchObject({ ok: false });
		expect(resolveCommune(communes, { commune: 'Atlantis' })).toEqual({
			ok: false,
			reason: 'Commune « Atlantis » inconnue.'
		});
		expect(resolveCommune(communes, { communeInsee: '99999' })).toEqual({
			ok: false,
			reason: 'Code INSEE « 99999 » inconnu.'
		});
	});
});

describe('listPhone', () => {
	it('stores E.164 like the rest of the portal, and refuses what is not a number', () => {
		expect(listPhone('02 99 00 11 22')).toBe('+33299001122');
		expect(listPhone('299001122')).toBe('+33299001122');
		expect(listPhone('')).toBeNull();
		expect(listPhone('pas de téléphone')).toBeUndefined();
	});
});

describe('childminderLine', () => {
	const good = {
		licenceNumber: ' AG 35-001 ',
		lastName: 'Le Gall',
		firstName: 'Anne',
		licenceGrantedOn: '15/03/2019',
		placesTotal: '4',
		placesUnder3: '3',
		commune: 'Rennes',
		postalCode: '35200',
		phone: '06 12 34 56 78',
		email: 'Anne.LeGall@Example.org',
		mamName: ''
	};

	it('reads a good line', () => {
		expect(childminderLine(good, communes)).toEqual({
			ok: true,
			value: {
				licenceNumber: 'AG 35-001',
				lastName: 'Le Gall',
				firstName: 'Anne',
				licenceGrantedOn: '2019-03-15',
				licenceRenewalOn: null,
				placesTotal: 4,
				placesUnder3: 3,
				address: '',
				communeInsee: '35238',
				phone: '+33612345678',
				email: 'anne.legall@example.org',
				mamName: null
			}
		});
	});

	it('gives the reason of a bad line in French', () => {
		const reason = (changes: Record<string, string>) => {
			const result = childminderLine({ ...good, ...changes }, communes);
			return result.ok ? null : result.reason;
		};
		expect(reason({ licenceNumber: '' })).toBe('Numéro d’agrément manquant.');
		expect(reason({ placesTotal: '12' })).toMatch(/Nombre de places « 12 » incorrect/);
		expect(reason({ placesUnder3: '5' })).toMatch(/moins de 3 ans « 5 »/);
		expect(reason({ licenceGrantedOn: '32/01/2019' })).toMatch(/Date « 32\/01\/2019 » incorrecte/);
		expect(reason({ commune: 'Atlantis', postalCode: '' })).toBe('Commune « Atlantis » inconnue.');
		expect(reason({ email: 'anne@' })).toBe('Adresse électronique « anne@ » incorrecte.');
	});
});

describe('structureLine', () => {
	it('reads a structure with its kind, ages and website', () => {
		const result = structureLine(
			{
				externalRef: '350012345',
				kind: 'Micro-crèche',
				name: 'Les Lucioles',
				commune: 'Rennes',
				postalCode: '35000',
				ageMin: '10 semaines',
				website: 'lucioles.example.org'
			},
			communes
		);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/Âge « 10 semaines »/) });
		const fixed = structureLine(
			{
				externalRef: '350012345',
				kind: 'Micro-crèche',
				name: 'Les Lucioles',
				commune: 'Rennes',
				postalCode: '35000',
				ageMin: '2 mois',
				ageMax: '3 ans',
				website: 'lucioles.example.org'
			},
			communes
		);
		expect(fixed).toMatchObject({
			ok: true,
			value: {
				kind: 'micro_creche',
				ageMinMonths: 2,
				ageMaxMonths: 36,
				website: 'https://lucioles.example.org'
			}
		});
	});
});
