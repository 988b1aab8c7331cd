import { m } from '$lib/i18n';
import { openDataStatuses, type OpenDataColumn } from './open-data';

/** Where the CSV is served, beside the datapackage.json that describes it. */
export const OPEN_DATA_FILE = 'donnees-ouvertes.csv';

/** An INSEE commune code: two digits (or 2A/2B in Corsica), then three (35238, 2A004, 97411). */
export const INSEE_CODE_PATTERN = '^([0-9]{2}|2[AB])[0-9]{3}$';
export const PERIOD_PATTERN = '^[0-9]{4}-T[1-4]$';

interface TableSchemaField {
	name: OpenDataColumn;
	type: 'string' | 'integer';
	title: string;
	description: string;
	constraints?: {
		required?: boolean;
		pattern?: string;
		enum?: string[];
		minimum?: number;
	};
}

const fields: TableSchemaField[] = [
	{
		name: 'code_territoire',
		type: 'string',
		title: 'Code du territoire',
		description:
			'Le territoire de l’observatoire : le code SIREN de l’intercommunalité, l’identifiant du relais petite enfance, ou « deploiement » pour tout le territoire couvert.',
		constraints: { required: true }
	},
	{
		name: 'code_commune_insee',
		type: 'string',
		title: 'Code INSEE de la commune',
		description:
			'Code officiel géographique de la commune de résidence de la famille ; vide pour la ligne « Autres communes » qui regroupe les communes de moins de 5 demandes dans l’année.',
		constraints: { pattern: INSEE_CODE_PATTERN }
	},
	{
		name: 'libelle',
		type: 'string',
		title: 'Commune',
		description: 'Nom de la commune, ou « Autres communes (intercommunalité) ».',
		constraints: { required: true }
	},
	{
		name: 'periode',
		type: 'string',
		title: 'Trimestre',
		description:
			'Trimestre de réception des demandes, AAAA-Tn (2026-T1 : janvier à mars 2026). Les communes sont publiées par trimestre, jamais par mois, pour protéger les familles des petites communes.',
		constraints: { required: true, pattern: PERIOD_PATTERN }
	},
	{
		name: 'demandes',
		type: 'integer',
		title: 'Demandes reçues',
		description:
			'Nombre de demandes d’accueil reçues (doublons exclus) ; vide quand le chiffre est masqué (statut « secret »).',
		constraints: { minimum: 0 }
	},
	{
		name: 'statut',
		type: 'string',
		title: 'Statut du chiffre',
		description:
			'« publie » : chiffre publié ; « secret » : chiffre masqué (de 1 à 4 demandes, ou masqué pour qu’un chiffre de 1 à 4 ne puisse pas être recalculé à partir d’un total).',
		constraints: { required: true, enum: Object.values(openDataStatuses) }
	}
];

/**
 * The Frictionless Data Package (with its Table Schema) describing the open-data file: every
 * column, its type and constraints, and the licence (Licence Ouverte 2.0, Etalab). `name`:
 * a lower-case slug of the territory.
 */
export function dataPackage(territorySlug: string, refreshedAt: string | null) {
	const t = m.observatoryExports.openData;
	return {
		profile: 'tabular-data-package',
		name: `observatoire-${territorySlug}-demandes-par-commune`,
		title: t.title,
		description: t.description,
		...(refreshedAt ? { created: refreshedAt } : {}),
		licenses: [
			{
				name: 'etalab-2.0',
				title: 'Licence Ouverte / Open Licence version 2.0',
				path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
			}
		],
		resources: [
			{
				name: 'demandes-par-commune',
				path: OPEN_DATA_FILE,
				profile: 'tabular-data-resource',
				title: t.title,
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
				schema: {
					fields,
					missingValues: ['']
				}
			}
		]
	};
}

export type DataPackage = ReturnType<typeof dataPackage>;

/** The columns the schema describes, in its order: the spec holds them to the file's header. */
export const describedColumns: readonly string[] = fields.map((field) => field.name);
