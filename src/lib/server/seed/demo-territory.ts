import type { StaffRole } from '../db/schema';

/**
 * The demo territory: a slice of Ille-et-Vilaine (35), every commune of two real EPCI —
 * Rennes Métropole and the CC Val d'Ille-Aubigné — shared by four relays. The communes
 * themselves (names, postal codes, population, EPCI, centroid) come from the référentiel
 * (territory/load-referential.ts); this file only says which relay serves which INSEE code.
 * Used only by the seed.
 */
export interface DemoRelay {
	slug: string;
	name: string;
	referenceCode: string;
	address: string;
	phone: string;
	email: string;
	places: { name: string; address: string; accessNotes: string }[];
	/** INSEE codes of the communes it serves. */
	communes: readonly string[];
}

/** The département the demo territory lies in: the seed loads its référentiel. */
export const DEMO_DEPARTEMENT = '35';

/** The two EPCI (SIREN) whose communes the demo relays serve, all of them. */
export const demoEpcis = {
	rennesMetropole: '243500139',
	valDIlleAubigne: '243500667'
} as const;

export const demoRelays: DemoRelay[] = [
	{
		slug: 'vilaine-ouest',
		name: 'Relais Petite Enfance Vilaine Ouest',
		referenceCode: 'VO',
		address: '12 rue de la Mairie, 35170 Bruz',
		phone: '02 99 00 10 20',
		email: 'rpe.vilaine-ouest@rpe-demo.test',
		places: [
			{
				name: 'Maison de l’enfance de Bruz',
				address: '12 rue de la Mairie, 35170 Bruz',
				accessNotes: 'Accès de plain-pied, parking devant le bâtiment. Bus ligne 59, arrêt Mairie.'
			},
			{
				name: 'Permanence de Pacé',
				address: 'Mairie de Pacé, 1 place Saint-Melaine, 35740 Pacé',
				accessNotes:
					'Au rez-de-chaussée de la mairie, salle du conseil. Ascenseur à droite de l’accueil.'
			}
		],
		communes: [
			'35047', // Bruz
			'35281', // Saint-Jacques-de-la-Lande
			'35066', // Chartres-de-Bretagne
			'35240', // Le Rheu
			'35196', // Mordelles
			'35353', // Vezin-le-Coquet
			'35131', // L’Hermitage
			'35210', // Pacé
			'35206', // Noyal-Châtillon-sur-Seiche
			// The other communes of Rennes Métropole west of Rennes (centroid's longitude).
			'35022', // Bécherel
			'35058', // La Chapelle-Chaussée
			'35059', // La Chapelle-des-Fougeretz
			'35065', // La Chapelle-Thouarault
			'35076', // Chavagne
			'35080', // Cintré
			'35081', // Clayes
			'35120', // Gévezé
			'35139', // Laillé
			'35144', // Langan
			'35180', // Miniac-sous-Bécherel
			'35216', // Parthenay-de-Bretagne
			'35245', // Romillé
			'35275', // Saint-Gilles
			'35351', // Le Verger
			'35363' // Pont-Péan
		]
	},
	{
		slug: 'vilaine-est',
		name: 'Relais Petite Enfance Vilaine Est',
		referenceCode: 'VE',
		address: '3 allée des Tilleuls, 35510 Cesson-Sévigné',
		phone: '02 99 00 30 40',
		email: 'rpe.vilaine-est@rpe-demo.test',
		places: [
			{
				name: 'Espace petite enfance de Cesson-Sévigné',
				address: '3 allée des Tilleuls, 35510 Cesson-Sévigné',
				accessNotes:
					'Entrée par le jardin, rampe d’accès. Métro ligne B, station Cesson-Viasilva puis 10 minutes à pied.'
			}
		],
		communes: [
			'35051', // Cesson-Sévigné
			'35055', // Chantepie
			'35352', // Vern-sur-Seiche
			'35024', // Betton
			'35334', // Thorigné-Fouillard
			'35001', // Acigné
			'35278', // Saint-Grégoire
			'35189', // Montgermont
			// The other communes of Rennes Métropole east of Rennes (centroid's longitude).
			'35032', // Bourgbarré
			'35039', // Brécé
			'35079', // Chevaigné
			'35088', // Corps-Nuds
			'35204', // Nouvoitou
			'35208', // Orgères
			'35250', // Saint-Armel
			'35266', // Saint-Erblon
			'35315' // Saint-Sulpice-la-Forêt
		]
	},
	{
		slug: 'rennes',
		name: 'Relais Petite Enfance de Rennes',
		referenceCode: 'RN',
		address: '20 boulevard de la Liberté, 35000 Rennes',
		phone: '02 99 00 50 60',
		email: 'rpe.rennes@rpe-demo.test',
		places: [
			{
				name: 'Maison de la petite enfance de Rennes',
				address: '20 boulevard de la Liberté, 35000 Rennes',
				accessNotes:
					'Accueil au rez-de-chaussée, porte automatique. Métro ligne A, station Charles de Gaulle.'
			}
		],
		communes: [
			'35238' // Rennes
		]
	},
	{
		slug: 'val-d-ille-aubigne',
		name: 'Relais Petite Enfance Val d’Ille-Aubigné',
		referenceCode: 'VIA',
		address: '2 rue de Rennes, 35520 Melesse',
		phone: '02 99 00 70 80',
		email: 'rpe.val-d-ille-aubigne@rpe-demo.test',
		places: [
			{
				name: 'Pôle enfance de Melesse',
				address: '2 rue de Rennes, 35520 Melesse',
				accessNotes: 'Accès de plain-pied, parking derrière le bâtiment. Car ligne 5, arrêt Mairie.'
			},
			{
				name: 'Permanence de Saint-Aubin-d’Aubigné',
				address: 'Mairie, 1 place de la Mairie, 35250 Saint-Aubin-d’Aubigné',
				accessNotes: 'Salle des permanences au rez-de-chaussée de la mairie, accès de plain-pied.'
			}
		],
		// Every commune of the CC Val d'Ille-Aubigné.
		communes: [
			'35003', // Andouillé-Neuville
			'35007', // Aubigné
			'35110', // Feins
			'35118', // Gahard
			'35128', // Guipel
			'35146', // Langouet
			'35173', // Melesse
			'35177', // La Mézière
			'35193', // Montreuil-le-Gast
			'35195', // Montreuil-sur-Ille
			'35197', // Mouazé
			'35251', // Saint-Aubin-d'Aubigné
			'35274', // Saint-Germain-sur-Ille
			'35276', // Saint-Gondran
			'35296', // Saint-Médard-sur-Ille
			'35317', // Saint-Symphorien
			'35326', // Sens-de-Bretagne
			'35355', // Vieux-Vy-sur-Couesnon
			'35356' // Vignoc
		]
	}
];

/**
 * Where a demo account belongs: `relay` (a slug) for relay staff and an official of one
 * relay, `epci` (a SIREN) for an official of one EPCI, neither for the coordinator and an
 * official of the whole deployment (the database's `staff_users_scope` check).
 */
export interface DemoStaffAccount {
	role: StaffRole;
	email: string;
	name: string;
	password: string;
	relay: string | null;
	epci: string | null;
}

const relayTeam = (
	relay: string,
	word: { mail: string; password: string },
	names: { admin: string; animator: string; official: string }
): DemoStaffAccount[] => [
	{
		relay,
		epci: null,
		role: 'admin',
		email: `admin.${word.mail}@rpe-demo.test`,
		name: names.admin,
		password: `Demo-Admin-${word.password}-2026`
	},
	{
		relay,
		epci: null,
		role: 'animator',
		email: `animation.${word.mail}@rpe-demo.test`,
		name: names.animator,
		password: `Demo-Animation-${word.password}-2026`
	},
	{
		relay,
		epci: null,
		role: 'official',
		email: `elu.${word.mail}@rpe-demo.test`,
		name: names.official,
		password: `Demo-Elu-${word.password}-2026`
	}
];

/**
 * The coordinator, officials of the whole deployment and of each EPCI, and one account per
 * role per relay; the passwords are public (README) and only for the demo.
 */
export const demoAccounts: readonly DemoStaffAccount[] = [
	{
		relay: null,
		epci: null,
		role: 'coordinator',
		email: 'coordination@rpe-demo.test',
		name: 'Hélène Cariou',
		password: 'Demo-Coordination-2026'
	},
	{
		relay: null,
		epci: null,
		role: 'official',
		email: 'elu.departement@rpe-demo.test',
		name: 'Bernard Le Cam',
		password: 'Demo-Elu-Departement-2026'
	},
	{
		relay: null,
		epci: demoEpcis.rennesMetropole,
		role: 'official',
		email: 'elu.metropole@rpe-demo.test',
		name: 'Isabelle Pichon',
		password: 'Demo-Elu-Metropole-2026'
	},
	{
		relay: null,
		epci: demoEpcis.valDIlleAubigne,
		role: 'official',
		email: 'elu.val-d-ille@rpe-demo.test',
		name: 'Patrick Lebreton',
		password: 'Demo-Elu-ValDIlle-2026'
	},
	...relayTeam(
		'vilaine-ouest',
		{ mail: 'ouest', password: 'Ouest' },
		{ admin: 'Nadia Lefèvre', animator: 'Claire Morvan', official: 'Yannick Le Goff' }
	),
	...relayTeam(
		'vilaine-est',
		{ mail: 'est', password: 'Est' },
		{ admin: 'Sophie Guillou', animator: 'Julien Tanguy', official: 'Marie Riou' }
	),
	...relayTeam(
		'rennes',
		{ mail: 'rennes', password: 'Rennes' },
		{ admin: 'Armelle Le Bras', animator: 'Karim Benhamou', official: 'Gaëlle Rolland' }
	),
	...relayTeam(
		'val-d-ille-aubigne',
		{ mail: 'via', password: 'Via' },
		{ admin: 'Anne Hamon', animator: 'Mathieu Le Moal', official: 'Loïc Briand' }
	)
];
