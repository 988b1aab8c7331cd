import type { CareStructureFields, CareStructureKind } from '$lib/directory/directory-options';

/**
 * The other care of the demo territory, shown beside the childminders: crèches,
 * multi-accueils, micro-crèches, a crèche familiale, home-care services and accueils de
 * loisirs, over the communes of the four relays. Fictional names, addresses and contacts.
 * The `externalRef` is the natural key the seed skips when it is already there.
 */
export interface DemoStructure extends CareStructureFields {
	externalRef: string;
}

const WEEK = 'du lundi au vendredi';
const mail = (box: string) => `${box}@structures.rpe-demo.test`;

type Row = [
	ref: string,
	kind: CareStructureKind,
	name: string,
	insee: string,
	address: string,
	ages: [number | null, number | null],
	hours: string,
	capacity: number | null,
	phone: string,
	box: string,
	website?: string
];

const rows: Row[] = [
	// Rennes
	[
		'EAJE-001',
		'creche',
		'Crèche municipale Les Lucioles',
		'35238',
		'14 rue de Brest',
		[2, 36],
		`${WEEK}, 7 h 30 – 18 h 30`,
		60,
		'+33299101001',
		'lucioles'
	],
	[
		'EAJE-002',
		'creche',
		'Crèche collective Bourg-l’Évêque',
		'35238',
		'3 rue Papu',
		[3, 36],
		`${WEEK}, 7 h 30 – 18 h 45`,
		45,
		'+33299101002',
		'bourg-leveque'
	],
	[
		'EAJE-003',
		'multi_accueil',
		'Multi-accueil Le Jardin d’Émeraude',
		'35238',
		'22 boulevard de Vitré',
		[2, 48],
		`${WEEK}, 7 h 45 – 18 h 30`,
		40,
		'+33299101003',
		'jardin-emeraude'
	],
	[
		'EAJE-004',
		'multi_accueil',
		'Multi-accueil Villejean',
		'35238',
		'8 place de Zagreb',
		[2, 48],
		`${WEEK}, 7 h 30 – 18 h 30`,
		35,
		'+33299101004',
		'villejean'
	],
	[
		'EAJE-005',
		'micro_creche',
		'Micro-crèche Les Petits Explorateurs',
		'35238',
		'41 rue de Nantes',
		[3, 36],
		`${WEEK}, 7 h 30 – 19 h 00`,
		12,
		'+33299101005',
		'petits-explorateurs',
		'https://petits-explorateurs.rpe-demo.test'
	],
	[
		'EAJE-006',
		'micro_creche',
		'Micro-crèche Pom’ de Reinette',
		'35238',
		'6 rue de Paris',
		[3, 48],
		`${WEEK}, 7 h 00 – 19 h 30`,
		12,
		'+33299101006',
		'pom-de-reinette'
	],
	[
		'EAJE-007',
		'creche_familiale',
		'Crèche familiale de la Ville de Rennes',
		'35238',
		'20 boulevard de la Liberté',
		[2, 48],
		`${WEEK}, chez les assistantes maternelles de la crèche, 7 h 00 – 19 h 00`,
		90,
		'+33299101007',
		'creche-familiale-rennes'
	],
	[
		'SAD-001',
		'home_care_service',
		'Service de garde à domicile Doudous & Cie',
		'35238',
		'17 rue d’Antrain',
		[0, 144],
		'tous les jours, horaires à convenir (soir, week-end, nuit)',
		null,
		'+33299101008',
		'doudous-et-cie',
		'https://doudous-et-cie.rpe-demo.test'
	],
	[
		'ALSH-001',
		'accueil_loisirs',
		'Accueil de loisirs du Landry',
		'35238',
		'2 rue du Landry',
		[36, 144],
		'mercredis et vacances scolaires, 7 h 45 – 18 h 30',
		80,
		'+33299101009',
		'alsh-landry'
	],
	[
		'ALSH-002',
		'accueil_loisirs',
		'Centre de loisirs Les Gayeulles',
		'35238',
		'parc des Gayeulles, avenue des Gayeulles',
		[36, null],
		'mercredis et vacances scolaires, 8 h 00 – 18 h 00',
		120,
		'+33299101010',
		'gayeulles'
	],
	// Vilaine Ouest
	[
		'EAJE-101',
		'multi_accueil',
		'Multi-accueil Pirouette',
		'35047',
		'5 rue de Vern',
		[2, 48],
		`${WEEK}, 7 h 30 – 18 h 30`,
		36,
		'+33299102001',
		'pirouette-bruz'
	],
	[
		'EAJE-102',
		'micro_creche',
		'Micro-crèche Les Petits Bruzois',
		'35047',
		'23 avenue Alphonse Legault',
		[3, 36],
		`${WEEK}, 7 h 00 – 19 h 00`,
		10,
		'+33299102002',
		'petits-bruzois'
	],
	[
		'EAJE-103',
		'creche',
		'Crèche Les Petites Canailles',
		'35281',
		'9 rue Nathalie Lemel',
		[2, 36],
		`${WEEK}, 7 h 30 – 18 h 30`,
		50,
		'+33299102003',
		'petites-canailles'
	],
	[
		'EAJE-104',
		'multi_accueil',
		'Multi-accueil Le Manège enchanté',
		'35066',
		'12 rue de la Poterie',
		[2, 48],
		`${WEEK}, 7 h 45 – 18 h 30`,
		30,
		'+33299102004',
		'manege-enchante'
	],
	[
		'EAJE-105',
		'micro_creche',
		'Micro-crèche Graines d’éveil',
		'35240',
		'4 rue de la Pièce Ronde',
		[3, 36],
		`${WEEK}, 7 h 30 – 19 h 00`,
		12,
		'+33299102005',
		'graines-eveil'
	],
	[
		'EAJE-106',
		'multi_accueil',
		'Multi-accueil Câlins et Calinous',
		'35196',
		'1 rue de la Mairie',
		[2, 48],
		`${WEEK}, 7 h 30 – 18 h 30`,
		24,
		'+33299102006',
		'calinous'
	],
	[
		'EAJE-107',
		'micro_creche',
		'Micro-crèche L’Arbre à bulles',
		'35210',
		'18 rue du Docteur Léon',
		[3, 36],
		`${WEEK}, 7 h 15 – 19 h 00`,
		12,
		'+33299102007',
		'arbre-a-bulles'
	],
	[
		'SAD-101',
		'home_care_service',
		'ADMR Vilaine Ouest — garde d’enfants à domicile',
		'35047',
		'3 rue de la Pavais',
		[0, 144],
		'du lundi au samedi, horaires à convenir',
		null,
		'+33299102008',
		'admr-vilaine-ouest'
	],
	[
		'ALSH-101',
		'accueil_loisirs',
		'Accueil de loisirs de Bruz',
		'35047',
		'complexe de la Herverie, rue de la Herverie',
		[36, 144],
		'mercredis et vacances scolaires, 7 h 30 – 18 h 30',
		96,
		'+33299102009',
		'alsh-bruz'
	],
	[
		'ALSH-102',
		'accueil_loisirs',
		'Accueil périscolaire et de loisirs de Pacé',
		'35210',
		'rue de l’Église',
		[36, 132],
		'matins et soirs d’école, mercredis et vacances, 7 h 30 – 18 h 45',
		70,
		'+33299102010',
		'alsh-pace'
	],
	// Vilaine Est
	[
		'EAJE-201',
		'creche',
		'Crèche Ribambelle',
		'35051',
		'10 rue de la Chalotais',
		[2, 36],
		`${WEEK}, 7 h 30 – 18 h 30`,
		55,
		'+33299103001',
		'ribambelle'
	],
	[
		'EAJE-202',
		'multi_accueil',
		'Multi-accueil Les Frimousses',
		'35055',
		'6 rue de Rennes',
		[2, 48],
		`${WEEK}, 7 h 45 – 18 h 30`,
		30,
		'+33299103002',
		'frimousses'
	],
	[
		'EAJE-203',
		'micro_creche',
		'Micro-crèche Les Petits Lutins',
		'35024',
		'2 rue de la Levée',
		[3, 36],
		`${WEEK}, 7 h 00 – 19 h 00`,
		12,
		'+33299103003',
		'petits-lutins'
	],
	[
		'EAJE-204',
		'multi_accueil',
		'Multi-accueil Ricochet',
		'35334',
		'1 allée du Val',
		[2, 48],
		`${WEEK}, 7 h 30 – 18 h 30`,
		28,
		'+33299103004',
		'ricochet'
	],
	[
		'EAJE-205',
		'micro_creche',
		'Micro-crèche Les Mini-Pousses',
		'35278',
		'14 rue du Chêne Vert',
		[3, 48],
		`${WEEK}, 7 h 30 – 19 h 30`,
		12,
		'+33299103005',
		'mini-pousses',
		'https://mini-pousses.rpe-demo.test'
	],
	[
		'EAJE-206',
		'multi_accueil',
		'Multi-accueil L’Île aux câlins',
		'35352',
		'7 rue de Châteaugiron',
		[2, 48],
		`${WEEK}, 7 h 30 – 18 h 30`,
		20,
		'+33299103006',
		'ile-aux-calins'
	],
	[
		'SAD-201',
		'home_care_service',
		'Service de garde partagée Pas à Pas',
		'35051',
		'25 rue de Paris',
		[0, 72],
		'du lundi au samedi, 6 h 30 – 21 h 00',
		null,
		'+33299103007',
		'pas-a-pas'
	],
	[
		'ALSH-201',
		'accueil_loisirs',
		'Accueil de loisirs du Bourgchevreuil',
		'35051',
		'rue du Bourgchevreuil',
		[36, 144],
		'mercredis et vacances scolaires, 7 h 30 – 18 h 30',
		100,
		'+33299103008',
		'alsh-cesson'
	],
	[
		'ALSH-202',
		'accueil_loisirs',
		'Centre de loisirs de Betton',
		'35024',
		'rue de la Chaperonnais',
		[36, null],
		'mercredis et vacances scolaires, 8 h 00 – 18 h 30',
		60,
		'+33299103009',
		'alsh-betton'
	],
	// Val d'Ille-Aubigné
	[
		'EAJE-301',
		'multi_accueil',
		'Multi-accueil Les Pitchouns',
		'35173',
		'3 rue de Montreuil',
		[2, 48],
		`${WEEK}, 7 h 30 – 18 h 30`,
		30,
		'+33299104001',
		'pitchouns'
	],
	[
		'EAJE-302',
		'micro_creche',
		'Micro-crèche Les P’tits Mézièrais',
		'35177',
		'8 rue de Rennes',
		[3, 36],
		`${WEEK}, 7 h 00 – 19 h 00`,
		12,
		'+33299104002',
		'ptits-mezierais'
	],
	[
		'EAJE-303',
		'multi_accueil',
		'Multi-accueil Pomme d’Api',
		'35251',
		'4 rue de l’Illet',
		[2, 48],
		`${WEEK}, 7 h 30 – 18 h 30`,
		20,
		'+33299104003',
		'pomme-d-api'
	],
	[
		'EAJE-304',
		'micro_creche',
		'Micro-crèche Les Bambins de l’Ille',
		'35195',
		'10 rue du Canal',
		[3, 36],
		`${WEEK}, 7 h 15 – 18 h 45`,
		10,
		'+33299104004',
		'bambins-ille'
	],
	[
		'SAD-301',
		'home_care_service',
		'ADMR Val d’Ille — garde d’enfants à domicile',
		'35173',
		'1 place de l’Église',
		[0, 144],
		'du lundi au samedi, horaires à convenir',
		null,
		'+33299104005',
		'admr-val-d-ille'
	],
	[
		'ALSH-301',
		'accueil_loisirs',
		'Accueil de loisirs intercommunal de Melesse',
		'35173',
		'rue de la Forge',
		[36, 144],
		'mercredis et vacances scolaires, 7 h 30 – 18 h 30',
		80,
		'+33299104006',
		'alsh-melesse'
	],
	[
		'ALSH-302',
		'accueil_loisirs',
		'Accueil de loisirs de Sens-de-Bretagne',
		'35326',
		'rue de la Forêt',
		[36, null],
		'vacances scolaires, 8 h 00 – 18 h 00',
		40,
		'+33299104007',
		'alsh-sens'
	]
];

export const DEMO_STRUCTURES: readonly DemoStructure[] = rows.map(
	([ref, kind, name, insee, address, [min, max], hours, capacity, phone, box, website]) => ({
		externalRef: `DEMO-${ref}`,
		kind,
		name,
		communeInsee: insee,
		address,
		ageMinMonths: min,
		ageMaxMonths: max,
		hours,
		capacity,
		phone,
		email: mail(box),
		website: website ?? null
	})
);
