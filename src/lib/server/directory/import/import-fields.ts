import type { DirectoryImportKind } from '$lib/directory/directory-options';

/** A field a column can be mapped to, with the headers that usually name it. */
export interface ImportField {
	name: string;
	required: boolean;
	/** Usual French headers (any accent, case or punctuation: compared by headerKey). */
	headers: readonly string[];
}

const commune = [
	'Commune',
	'Ville',
	'Localité',
	'Nom commune',
	'Libellé commune',
	'Commune résidence'
];
const communeInsee = ['Code INSEE', 'INSEE', 'Code commune', 'Code INSEE commune', 'COG'];
const postalCode = ['Code postal', 'CP', 'Code post'];
const address = [
	'Adresse',
	'Adresse postale',
	'Adresse complète',
	'Adresse exercice',
	'Rue',
	'Voie'
];
const phone = [
	'Téléphone',
	'Tél',
	'Tel',
	'Téléphone fixe',
	'Téléphone portable',
	'Portable',
	'Mobile',
	'Numéro de téléphone'
];
const email = [
	'Courriel',
	'Mail',
	'E-mail',
	'Email',
	'Adresse mail',
	'Adresse électronique',
	'Mél'
];

/**
 * The PMI's fields of a childminder, the only ones an import writes (never her availability,
 * offer, publication choices or objection: hers to declare).
 */
export const childminderFields: readonly ImportField[] = [
	{
		name: 'licenceNumber',
		required: true,
		headers: [
			'N° agrément',
			'Numéro d’agrément',
			'Numéro agrément',
			'Agrément n°',
			'N° d’agrément',
			'Agrément',
			'Num agrément',
			'Identifiant agrément'
		]
	},
	{
		name: 'lastName',
		required: true,
		headers: [
			'Nom',
			'Nom usuel',
			'Nom de naissance',
			'Nom d’usage',
			'Nom assistant maternel',
			'Nom AM'
		]
	},
	{ name: 'firstName', required: true, headers: ['Prénom', 'Prénoms', 'Prénom(s)', 'Prénom AM'] },
	{
		name: 'licenceGrantedOn',
		required: false,
		headers: [
			'Date d’agrément',
			'Date agrément',
			'Date de délivrance',
			'Agrément délivré le',
			'Date premier agrément',
			'Date de début d’agrément'
		]
	},
	{
		name: 'licenceRenewalOn',
		required: false,
		headers: [
			'Date de renouvellement',
			'Renouvellement',
			'Date renouvellement',
			'Échéance agrément',
			'Date de fin d’agrément',
			'Fin agrément',
			'Date d’échéance'
		]
	},
	{
		name: 'placesTotal',
		required: true,
		headers: [
			'Nb places',
			'Nombre de places',
			'Places',
			'Capacité',
			'Capacité d’accueil',
			'Nombre places agréées',
			'Places agréées',
			'Nb enfants'
		]
	},
	{
		name: 'placesUnder3',
		required: false,
		headers: [
			'Places moins de 3 ans',
			'Dont moins de 3 ans',
			'Nb places moins de 3 ans',
			'Places - 3 ans',
			'Moins de 3 ans'
		]
	},
	{ name: 'address', required: false, headers: address },
	{ name: 'postalCode', required: false, headers: postalCode },
	{ name: 'communeInsee', required: false, headers: communeInsee },
	{ name: 'commune', required: false, headers: commune },
	{ name: 'phone', required: false, headers: phone },
	{ name: 'email', required: false, headers: email },
	{
		name: 'mamName',
		required: false,
		headers: ['Nom de la MAM', 'MAM', 'Nom MAM', 'Maison d’assistants maternels']
	}
];

/** The fields of a collective structure (crèche, micro-crèche, accueil de loisirs…). */
export const structureFields: readonly ImportField[] = [
	{
		name: 'externalRef',
		required: true,
		headers: [
			'Référence',
			'Identifiant',
			'Id',
			'N° FINESS',
			'FINESS',
			'SIRET',
			'Numéro',
			'Code établissement',
			'Référence externe'
		]
	},
	{
		name: 'kind',
		required: true,
		headers: [
			'Type',
			'Type d’accueil',
			'Type de structure',
			'Catégorie',
			'Nature',
			'Mode d’accueil'
		]
	},
	{
		name: 'name',
		required: true,
		headers: [
			'Nom',
			'Nom de la structure',
			'Nom établissement',
			'Raison sociale',
			'Dénomination',
			'Libellé'
		]
	},
	{ name: 'address', required: false, headers: address },
	{ name: 'postalCode', required: false, headers: postalCode },
	{ name: 'communeInsee', required: false, headers: communeInsee },
	{ name: 'commune', required: false, headers: commune },
	{
		name: 'ageMin',
		required: false,
		headers: ['Âge minimum', 'Age min', 'Âge min', 'À partir de', 'Âge d’accueil minimum']
	},
	{
		name: 'ageMax',
		required: false,
		headers: ['Âge maximum', 'Age max', 'Âge max', 'Jusqu’à', 'Âge d’accueil maximum']
	},
	{
		name: 'hours',
		required: false,
		headers: ['Horaires', 'Heures d’ouverture', 'Horaires d’ouverture', 'Ouverture']
	},
	{
		name: 'capacity',
		required: false,
		headers: [
			'Capacité',
			'Places',
			'Nb places',
			'Nombre de places',
			'Capacité d’accueil',
			'Agrément places'
		]
	},
	{ name: 'phone', required: false, headers: phone },
	{ name: 'email', required: false, headers: email },
	{
		name: 'website',
		required: false,
		headers: ['Site', 'Site web', 'Site internet', 'Internet', 'URL']
	}
];

export const importFieldsOf = (kind: DirectoryImportKind): readonly ImportField[] =>
	kind === 'childminders' ? childminderFields : structureFields;

/** The commune is found from any of these; at least one must be mapped. */
export const communeFieldNames = ['communeInsee', 'commune'] as const;
