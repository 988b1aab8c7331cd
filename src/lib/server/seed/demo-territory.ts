/**
 * The demo territory: communes of Rennes Métropole (Ille-et-Vilaine, 35) with their real INSEE
 * codes, postal codes and approximate centroids, shared by two relays. Used only by the seed.
 */
export interface DemoRelay {
	slug: string;
	name: string;
	referenceCode: string;
	address: string;
	phone: string;
	email: string;
	places: { name: string; address: string; accessNotes: string }[];
	communes: {
		inseeCode: string;
		name: string;
		postalCodes: string[];
		latitude: number;
		longitude: number;
	}[];
}

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
			{
				inseeCode: '35047',
				name: 'Bruz',
				postalCodes: ['35170'],
				latitude: 48.0247,
				longitude: -1.7458
			},
			{
				inseeCode: '35281',
				name: 'Saint-Jacques-de-la-Lande',
				postalCodes: ['35136'],
				latitude: 48.065,
				longitude: -1.7211
			},
			{
				inseeCode: '35066',
				name: 'Chartres-de-Bretagne',
				postalCodes: ['35131'],
				latitude: 48.0392,
				longitude: -1.7042
			},
			{
				inseeCode: '35240',
				name: 'Le Rheu',
				postalCodes: ['35650'],
				latitude: 48.1014,
				longitude: -1.7953
			},
			{
				inseeCode: '35196',
				name: 'Mordelles',
				postalCodes: ['35310'],
				latitude: 48.0744,
				longitude: -1.8433
			},
			{
				inseeCode: '35353',
				name: 'Vezin-le-Coquet',
				postalCodes: ['35132'],
				latitude: 48.1186,
				longitude: -1.7544
			},
			{
				inseeCode: '35131',
				name: 'L’Hermitage',
				postalCodes: ['35590'],
				latitude: 48.1233,
				longitude: -1.8075
			},
			{
				inseeCode: '35210',
				name: 'Pacé',
				postalCodes: ['35740'],
				latitude: 48.1483,
				longitude: -1.7736
			},
			{
				inseeCode: '35206',
				name: 'Noyal-Châtillon-sur-Seiche',
				postalCodes: ['35230'],
				latitude: 48.0522,
				longitude: -1.665
			}
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
			{
				inseeCode: '35051',
				name: 'Cesson-Sévigné',
				postalCodes: ['35510'],
				latitude: 48.1211,
				longitude: -1.6031
			},
			{
				inseeCode: '35055',
				name: 'Chantepie',
				postalCodes: ['35135'],
				latitude: 48.0886,
				longitude: -1.6164
			},
			{
				inseeCode: '35352',
				name: 'Vern-sur-Seiche',
				postalCodes: ['35770'],
				latitude: 48.0453,
				longitude: -1.6011
			},
			{
				inseeCode: '35024',
				name: 'Betton',
				postalCodes: ['35830'],
				latitude: 48.1825,
				longitude: -1.6439
			},
			{
				inseeCode: '35334',
				name: 'Thorigné-Fouillard',
				postalCodes: ['35235'],
				latitude: 48.1597,
				longitude: -1.5797
			},
			{
				inseeCode: '35001',
				name: 'Acigné',
				postalCodes: ['35690'],
				latitude: 48.1333,
				longitude: -1.5353
			},
			{
				inseeCode: '35278',
				name: 'Saint-Grégoire',
				postalCodes: ['35760'],
				latitude: 48.1511,
				longitude: -1.6856
			},
			{
				inseeCode: '35189',
				name: 'Montgermont',
				postalCodes: ['35760'],
				latitude: 48.1558,
				longitude: -1.7128
			}
		]
	}
];

/**
 * Real communes near the territory that no relay of the demo serves (relay_id null): the
 * portal knows them, so a family living there is told "not served" (and where to turn)
 * rather than "we do not find this commune". Postal codes shared with no served commune.
 */
export const demoNeighbourCommunes: DemoRelay['communes'] = [
	{
		inseeCode: '35238',
		name: 'Rennes',
		postalCodes: ['35000', '35200', '35700'],
		latitude: 48.1147,
		longitude: -1.6794
	},
	{
		inseeCode: '35360',
		name: 'Vitré',
		postalCodes: ['35500'],
		latitude: 48.1236,
		longitude: -1.2097
	},
	{
		inseeCode: '35115',
		name: 'Fougères',
		postalCodes: ['35300'],
		latitude: 48.3525,
		longitude: -1.1986
	},
	{
		inseeCode: '35288',
		name: 'Saint-Malo',
		postalCodes: ['35400'],
		latitude: 48.6493,
		longitude: -2.0257
	},
	{
		inseeCode: '35236',
		name: 'Redon',
		postalCodes: ['35600'],
		latitude: 47.6514,
		longitude: -2.0844
	}
];

/** One account per role per relay; the passwords are public (README) and only for the demo. */
export const demoAccounts = [
	{
		relay: 'vilaine-ouest',
		role: 'admin',
		email: 'admin.ouest@rpe-demo.test',
		name: 'Nadia Lefèvre',
		password: 'Demo-Admin-Ouest-2026'
	},
	{
		relay: 'vilaine-ouest',
		role: 'animator',
		email: 'animation.ouest@rpe-demo.test',
		name: 'Claire Morvan',
		password: 'Demo-Animation-Ouest-2026'
	},
	{
		relay: 'vilaine-ouest',
		role: 'official',
		email: 'elu.ouest@rpe-demo.test',
		name: 'Yannick Le Goff',
		password: 'Demo-Elu-Ouest-2026'
	},
	{
		relay: 'vilaine-est',
		role: 'admin',
		email: 'admin.est@rpe-demo.test',
		name: 'Sophie Guillou',
		password: 'Demo-Admin-Est-2026'
	},
	{
		relay: 'vilaine-est',
		role: 'animator',
		email: 'animation.est@rpe-demo.test',
		name: 'Julien Tanguy',
		password: 'Demo-Animation-Est-2026'
	},
	{
		relay: 'vilaine-est',
		role: 'official',
		email: 'elu.est@rpe-demo.test',
		name: 'Marie Riou',
		password: 'Demo-Elu-Est-2026'
	}
] as const;

/**
 * The deployment's coordinator: sets up relays and their communes. A stand-in until the demo
 * of the whole territory (issue 10, item 5) names its own.
 */
export const demoCoordinator = {
	email: 'coordination@rpe-demo.test',
	name: 'Hélène Bréal',
	password: 'Demo-Coordination-2026'
} as const;
