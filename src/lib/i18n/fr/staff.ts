export const staff = {
	/** The home pages of the staff: the relay's (admins, animators) and the observatory's. */
	home: {
		documentTitle: (relayName: string) => `Accueil — ${relayName}`,
		greeting: (name: string) => `Bonjour ${name}.`,
		queue: {
			title: 'La file des demandes',
			emptyTitle: 'Aucune demande à traiter',
			emptyText:
				'Les demandes des familles apparaîtront ici, de la plus ancienne à la plus récente, avec le temps qui reste avant l’objectif de rendez-vous en 7 jours.'
		},
		appointments: {
			title: 'Vos rendez-vous de la semaine',
			count: (n: number, from: string, to: string) => `${n} rendez-vous du ${from} au ${to}.`,
			byPhone: (phone: string | null) => (phone ? `par téléphone, au ${phone}` : 'par téléphone'),
			atPlace: (place: string | null) => (place ? `au relais (${place})` : 'au relais'),
			emptyTitle: 'Aucun rendez-vous cette semaine',
			emptyText:
				'Vos rendez-vous avec les familles pour la semaine apparaîtront ici, au relais ou par téléphone, jour par jour.',
			action: 'Ouvrir mon agenda'
		},
		team: {
			title: 'Équipe du relais',
			emptyTitle: 'Les comptes de l’équipe',
			emptyText:
				'Ajoutez les animatrices et animateurs du relais et les élus du territoire. Chaque personne reçoit un lien par courriel pour choisir son mot de passe.',
			action: 'Gérer l’équipe'
		},
		observatory: {
			documentTitle: (relayName: string) => `Observatoire de la demande — ${relayName}`,
			title: (relayName: string) => `Observatoire de la demande — ${relayName}`,
			lead: 'Les chiffres de la demande d’accueil du jeune enfant sur votre territoire, toujours anonymes.',
			sectionTitle: 'Tendances de la demande',
			emptyTitle: 'Pas encore de chiffres à afficher',
			emptyText:
				'Les tendances anonymes de la demande apparaîtront ici : les demandes par mois et par commune, l’âge des enfants, les délais. Jamais un nom ni une demande en particulier : les petits nombres sont masqués.'
		}
	}
};
