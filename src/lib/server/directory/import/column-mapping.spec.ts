import { describe, expect, it } from 'vitest';
import { checkMapping, detectMapping, mappingOfChoices, proposeMapping } from './column-mapping';
import { headerKey, normalizeWords } from './normalize-header';

describe('header normalisation', () => {
	it('reads accents, case, punctuation and small words alike', () => {
		expect(headerKey('N° agrément')).toBe(headerKey('NUMERO D’AGREMENT'));
		expect(headerKey("Numéro d'agrément")).toBe('numero agrement');
		expect(headerKey('Prénom(s)')).toBe('prenom');
		expect(normalizeWords('ST-GRÉGOIRE')).toBe(normalizeWords('Saint Grégoire'));
	});
});

describe('detectMapping', () => {
	it('maps the usual French headers of a PMI export', () => {
		const headers = [
			'N° agrément',
			'NOM',
			'Prénom',
			"Date d'agrément",
			'Nb places',
			'Adresse',
			'CP',
			'Commune',
			'Code INSEE',
			'Téléphone',
			'Courriel',
			'Nom de la MAM',
			'Observations'
		];
		expect(detectMapping('childminders', headers)).toEqual({
			'N° agrément': 'licenceNumber',
			NOM: 'lastName',
			Prénom: 'firstName',
			"Date d'agrément": 'licenceGrantedOn',
			'Nb places': 'placesTotal',
			Adresse: 'address',
			CP: 'postalCode',
			Commune: 'commune',
			'Code INSEE': 'communeInsee',
			Téléphone: 'phone',
			Courriel: 'email',
			'Nom de la MAM': 'mamName'
		});
	});

	it('maps other wordings of another département', () => {
		const mapping = detectMapping('childminders', [
			'Agrément n°',
			'Nom usuel',
			'Prénom(s)',
			'Capacité',
			'Ville',
			'Code postal',
			'Mail'
		]);
		expect(mapping).toMatchObject({
			'Agrément n°': 'licenceNumber',
			'Nom usuel': 'lastName',
			'Prénom(s)': 'firstName',
			Capacité: 'placesTotal',
			Ville: 'commune',
			'Code postal': 'postalCode',
			Mail: 'email'
		});
	});

	it('gives a field to its first column only', () => {
		expect(detectMapping('childminders', ['Téléphone', 'Portable'])).toEqual({
			Téléphone: 'phone'
		});
	});
});

describe('proposeMapping', () => {
	const headers = ['Ref', 'Libellé', 'Genre', 'Lieu'];
	const remembered = { Ref: 'externalRef', Libellé: 'name', Genre: 'kind', Lieu: 'commune' };

	it('proposes the remembered mapping when the file has all its columns', () => {
		expect(proposeMapping('structures', headers, remembered)).toEqual(remembered);
	});

	it('guesses again when a remembered column is missing', () => {
		expect(proposeMapping('structures', ['Ref', 'Libellé', 'Type'], remembered)).toEqual({
			Libellé: 'name',
			Type: 'kind'
		});
	});
});

describe('checkMapping', () => {
	it('names the required fields no column gives, and a commune', () => {
		const errors = checkMapping('childminders', ['A', 'B'], { A: 'licenceNumber' });
		expect(Object.keys(errors).sort()).toEqual([
			'missing-commune',
			'missing-firstName',
			'missing-lastName',
			'missing-placesTotal'
		]);
		expect(errors['missing-firstName']).toBe(
			'Le champ obligatoire « Prénom » n’est associé à aucune colonne.'
		);
	});

	it('refuses a field chosen twice, at the second column, and an unknown field', () => {
		const headers = ['N', 'P', 'F', 'C', 'T', 'X'];
		const errors = checkMapping('childminders', headers, {
			N: 'licenceNumber',
			P: 'lastName',
			F: 'firstName',
			C: 'commune',
			T: 'placesTotal',
			X: 'lastName'
		});
		expect(errors).toEqual({
			'col-5': 'Le champ « Nom » est choisi pour plusieurs colonnes : gardez-en une.'
		});
		expect(checkMapping('structures', ['A'], { A: 'availability' })).toHaveProperty('col-0');
	});

	it('reads the choices of the form by column', () => {
		const form = new Map([
			['col-0', 'licenceNumber'],
			['col-1', ''],
			['col-2', 'firstName']
		]);
		expect(mappingOfChoices(['N', 'Obs', 'P'], (name) => form.get(name) ?? null)).toEqual({
			N: 'licenceNumber',
			P: 'firstName'
		});
	});
});
