import { counted, plural } from './plural';

/** The coordinator's pages about the communes of the territory (/territoire/communes). */
export const territoryCommunes = {
	list: {
		title: 'Communes du territoire',
		documentTitle: 'Communes du territoire',
		lead: 'Chaque commune est confiée à un seul relais : les demandes de ses familles arrivent dans la file de ce relais. Cherchez des communes, cochez-les, puis confiez-les à un relais.',
		filters: {
			title: 'Rechercher des communes',
			epci: 'Intercommunalité (EPCI)',
			epciAll: 'Toutes les intercommunalités',
			relay: 'Relais',
			relayAll: 'Tous les relais',
			relayNone: 'Aucun relais (non desservies)',
			relayMissing: 'Plus dans le référentiel officiel',
			text: 'Nom ou code postal',
			textHint: 'Par exemple « Saint-Gilles », « st gilles » ou « 35590 ».',
			submit: 'Rechercher',
			reset: 'Effacer les filtres'
		},
		results: {
			title: 'Résultats',
			caption: 'Communes trouvées',
			range: (first: number, last: number, total: number) =>
				`Communes ${first} à ${last} sur ${total}.`,
			emptyTitle: 'Aucune commune ne correspond',
			emptyText: 'Modifiez ou effacez les filtres pour voir d’autres communes.',
			noCommuneTitle: 'Aucune commune n’est encore connue',
			noCommuneText:
				'Les communes viennent du référentiel officiel : chargez-le pour les départements du territoire.'
		},
		columns: {
			select: 'Sélection',
			name: 'Commune',
			insee: 'Code INSEE',
			postalCodes: 'Codes postaux',
			epci: 'Intercommunalité',
			population: 'Population',
			relay: 'Relais'
		},
		selectCommune: (name: string) => `Sélectionner ${name}`,
		notServed: 'Non desservie',
		missing: 'Plus dans le référentiel',
		pages: {
			label: 'Pages de résultats',
			previous: 'Page précédente',
			next: 'Page suivante',
			current: (page: number, count: number) => `Page ${page} sur ${count}`
		},
		assign: {
			title: 'Confier les communes cochées',
			relay: 'Relais auquel les confier',
			relayPlaceholder: 'Choisissez un relais',
			noRelay: 'Aucun relais (les laisser non desservies)',
			submit: 'Confier les communes cochées',
			help: 'Les nouvelles demandes de ces communes iront dans la file du relais choisi.',
			assigned: (names: string[], relay: string | null) =>
				names.length === 0
					? 'Aucune commune n’a changé.'
					: relay
						? `${counted(names.length, 'commune confiée', 'communes confiées')} au ${relay} : ${names.join(', ')}.`
						: `${counted(names.length, 'commune laissée', 'communes laissées')} sans relais : ${names.join(', ')}.`,
			unchanged: (names: string[]) =>
				`${plural(names.length, 'Déjà à ce relais', 'Déjà à ce relais')} : ${names.join(', ')}.`,
			changedMeanwhile: (names: string[]) =>
				`${plural(names.length, 'Cette commune a été modifiée', 'Ces communes ont été modifiées')} par quelqu’un d’autre depuis l’affichage de la page et ${plural(names.length, 'n’a pas été changée', 'n’ont pas été changées')} : ${names.join(', ')}. Vérifiez la liste ci-dessous, puis recommencez si besoin.`,
			transferHint:
				'Des demandes en attente de ces communes peuvent rester dans l’ancien relais : ouvrez chaque commune pour les transférer.'
		},
		epciAssign: {
			title: 'Toute une intercommunalité',
			help: (epci: string) =>
				`Confie au relais choisi toutes les communes de ${epci} qu’aucun relais ne dessert encore. Les communes déjà confiées ne changent pas.`,
			relay: 'Relais',
			submit: 'Confier les communes non desservies',
			assigned: (count: number, relay: string) =>
				count === 0
					? 'Toutes les communes de cette intercommunalité étaient déjà desservies : rien n’a changé.'
					: `${counted(count, 'commune confiée', 'communes confiées')} au ${relay}.`
		}
	},
	commune: {
		documentTitle: (name: string) => `${name} — commune du territoire`,
		caption: 'Commune du territoire',
		back: 'Retour aux communes',
		details: 'Informations',
		insee: 'Code INSEE',
		postalCodes: 'Codes postaux',
		departement: 'Département',
		epci: 'Intercommunalité',
		noEpci: 'Aucune',
		population: 'Population',
		unknown: 'Non renseignée',
		relay: 'Relais',
		notServed:
			'Aucun relais ne dessert cette commune : ses familles sont invitées à contacter la mairie.',
		missing: (date: string) =>
			`Le référentiel officiel ne liste plus cette commune depuis le ${date} (fusion ou changement de nom). Elle est conservée, car des demandes peuvent s’y rapporter.`,
		changeRelay: {
			title: 'Changer de relais',
			relay: 'Relais',
			noRelay: 'Aucun relais',
			submit: 'Enregistrer le relais',
			moved: (relay: string | null) =>
				relay ? `La commune est confiée au ${relay}.` : 'La commune n’est plus desservie.',
			unchanged: 'La commune était déjà à ce relais.',
			changedMeanwhile:
				'Quelqu’un d’autre a changé le relais de cette commune depuis l’affichage de la page. Voici son relais actuel : choisissez de nouveau si besoin.'
		},
		transfer: {
			title: 'Demandes en attente dans un autre relais',
			count: (count: number, relay: string) =>
				`${counted(count, 'demande', 'demandes')} de familles de cette commune ${plural(count, 'attend', 'attendent')} un premier rendez-vous au ${relay}.`,
			help: 'Les transférer les place dans la file du relais qui dessert la commune, à leur date d’arrivée. Les demandes qui ont déjà un rendez-vous restent où elles sont.',
			submit: (count: number, relay: string) =>
				`Transférer ${plural(count, 'cette demande', 'ces demandes')} au ${relay}`,
			reason: 'La commune de la famille est confiée à un autre relais.',
			done: (count: number, relay: string) =>
				count === 0
					? 'Aucune demande n’a été transférée : elles ont été prises en charge ou transférées entre-temps.'
					: `${counted(count, 'demande transférée', 'demandes transférées')} au ${relay}.`,
			notServed: 'La commune n’est desservie par aucun relais : il n’y a nulle part où transférer.'
		},
		centroid: {
			title: 'Centre de la commune',
			help: 'Le point à partir duquel les distances aux assistantes maternelles sont calculées. Une correction faite ici est conservée lors des mises à jour du référentiel.',
			latitude: 'Latitude',
			latitudeHint: 'En degrés décimaux, entre -90 et 90, par exemple 48,1147.',
			longitude: 'Longitude',
			longitudeHint: 'En degrés décimaux, entre -180 et 180, par exemple -1,6794.',
			none: 'Aucun centre n’est encore connu pour cette commune.',
			edited: (date: string) => `Corrigé à la main le ${date}.`,
			submit: 'Enregistrer le centre',
			saved: 'Le centre de la commune est enregistré.'
		}
	},
	errors: {
		relayRequired: 'Choisissez un relais, ou « Aucun relais ».',
		epciRelayRequired: 'Choisissez le relais auquel confier ces communes.',
		relayUnknown: 'Ce relais n’existe pas ou plus. Rechargez la page.',
		communesRequired: 'Cochez au moins une commune.',
		communesInvalid: 'La liste des communes cochées n’a pas pu être lue. Rechargez la page.',
		epciRequired: 'Choisissez d’abord une intercommunalité dans les filtres.',
		latitudeRequired: 'Indiquez la latitude.',
		latitudeInvalid:
			'Indiquez la latitude en degrés décimaux, entre -90 et 90, par exemple 48,1147.',
		longitudeRequired: 'Indiquez la longitude.',
		longitudeInvalid:
			'Indiquez la longitude en degrés décimaux, entre -180 et 180, par exemple -1,6794.'
	}
};
