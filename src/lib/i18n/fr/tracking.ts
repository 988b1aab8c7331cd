/** Texts of the family's tracking page (`/suivi/<token>`), the lost-link page and the summary. */
export const tracking = {
	title: 'Suivi de votre demande',
	lead: (reference: string, receivedOn: string) => `Demande ${reference}, reçue le ${receivedOn}.`,
	privateNotice:
		'Cette page est personnelle : son adresse suffit pour l’ouvrir. Ne la partagez pas. Si vous avez perdu le lien, vous pouvez en demander un nouveau.',
	status: {
		title: 'Où en est votre demande ?',
		now: {
			received:
				'Votre demande est bien reçue. Le Relais Petite Enfance va vous proposer un rendez-vous, au relais ou par téléphone.',
			in_progress:
				'Le Relais Petite Enfance s’occupe de votre demande. Il va vous proposer un rendez-vous, au relais ou par téléphone.',
			appointment_booked: 'Votre rendez-vous avec le relais est fixé.',
			appointment_held:
				'Vous avez rencontré le relais. Dites-lui quand vous trouvez un mode d’accueil.',
			solution_recorded: 'Une solution d’accueil est trouvée : votre demande est close.',
			closed_without_solution: 'Votre demande est close.',
			cancelled_by_family: 'Vous avez annulé votre demande : elle est close.',
			closed_by_relay: 'Le relais a clos votre demande.'
		},
		timelineTitle: 'Les étapes',
		steps: {
			received: 'Demande reçue',
			appointment_proposed: 'Rendez-vous proposé',
			appointment_booked: 'Rendez-vous fixé',
			list_given: 'Liste des assistantes et assistants maternels remise',
			solution_recorded: 'Solution d’accueil enregistrée',
			closed: 'Demande close'
		},
		done: 'Étape franchie',
		doneOn: (date: string) => `le ${date}`,
		notYet: 'Pas encore',
		skipped: 'Sans objet'
	},
	summary: {
		title: 'Votre demande',
		child: 'Enfant',
		children: 'Enfants',
		childLine: (position: number, description: string) => `Enfant ${position} : ${description}`,
		/** A line of the summary in a plain-text mail, and the heading of a list. */
		labelled: (label: string, value: string) => `${label} : ${value}`,
		listLabel: (label: string) => `${label} :`,
		born: (date: string, age: string) => `${age} (naissance le ${date})`,
		expected: (date: string) => `naissance prévue le ${date}`,
		age: (months: number) => {
			if (months < 1) return 'moins d’un mois';
			if (months < 24) return `${months} mois`;
			const years = Math.floor(months / 12);
			const rest = months % 12;
			return rest === 0 ? `${years} ans` : `${years} ans et ${rest} mois`;
		},
		residence: 'Commune de résidence',
		work: 'Commune de travail',
		desiredStart: 'Début souhaité',
		latestStart: 'Au plus tard le',
		regularity: 'Accueil',
		regularities: { regular: 'régulier', occasional: 'occasionnel' },
		schedule: 'Horaires',
		variableHours: 'horaires variables',
		day: (day: string, start: string, end: string, overnight: boolean) =>
			`${day} : ${start} – ${end}${overnight ? ' (jusqu’au lendemain)' : ''}`,
		days: {
			mon: 'lundi',
			tue: 'mardi',
			wed: 'mercredi',
			thu: 'jeudi',
			fri: 'vendredi',
			sat: 'samedi',
			sun: 'dimanche'
		},
		atypical: 'Horaires atypiques',
		atypicalNone: 'aucun',
		atypicalFlags: {
			early: 'avant 7 h',
			late: 'après 19 h',
			saturday: 'le samedi',
			sunday: 'le dimanche',
			night: 'la nuit'
		},
		periscolaire: 'Accueil périscolaire',
		periscolaireNeeds: {
			before_school: 'avant l’école',
			after_school: 'après l’école',
			wednesday: 'le mercredi',
			school_holidays: 'pendant les vacances scolaires'
		},
		careKinds: 'Modes d’accueil envisagés',
		careKindLabels: {
			childminder_home: 'assistante ou assistant maternel à son domicile',
			mam: 'maison d’assistants maternels (MAM)',
			creche: 'crèche ou multi-accueil',
			micro_creche: 'micro-crèche',
			creche_familiale: 'crèche familiale',
			home_carer: 'garde à votre domicile',
			shared_home_carer: 'garde partagée entre deux familles',
			no_preference: 'pas de préférence'
		},
		appointmentMode: 'Rendez-vous souhaité',
		appointmentModes: { relay: 'au relais', phone: 'par téléphone' }
	},
	contact: {
		title: 'Vos coordonnées',
		intro:
			'Vos coordonnées ont changé ? Corrigez-les ici. Le relais utilisera les nouvelles pour vous joindre.',
		parentNames: 'Nom et prénom du ou des parents',
		email: 'Adresse électronique',
		emailHint: 'Par exemple : nom@exemple.fr',
		phone: 'Téléphone',
		phoneHint: 'Par exemple : 06 12 34 56 78',
		appointmentMode: 'Pour le rendez-vous, vous préférez',
		appointmentModes: { relay: 'Venir au relais', phone: 'Être appelé par téléphone' },
		contactTimes: 'Quand vous joindre de préférence',
		contactTimesHint: 'Par exemple : en semaine après 17 h',
		homeLanguage: 'Langue parlée à la maison',
		submit: 'Enregistrer mes coordonnées',
		saved: 'Vos coordonnées sont enregistrées.',
		closed: 'Cette demande est close : ses coordonnées ne peuvent plus être modifiées.'
	},
	cancel: {
		title: 'Annuler votre demande',
		intro:
			'Vous n’avez plus besoin de l’aide du relais ? Annulez votre demande. Le relais saura qu’il n’a pas à vous appeler. Vous pourrez faire une nouvelle demande plus tard.',
		reason: 'Pourquoi annulez-vous votre demande ?',
		reasons: {
			found_elsewhere: 'J’ai trouvé une solution d’accueil par moi-même',
			no_longer_needed: 'Je n’ai plus besoin d’un mode d’accueil',
			other: 'Une autre raison',
			erasure: 'Effacement des données demandé par la famille'
		},
		reasonRequired: 'Choisissez la raison de l’annulation.',
		details: 'Précisions',
		detailsHint: 'Ce que vous souhaitez dire au relais.',
		detailsMax: 1000,
		detailsTooLong: 'Les précisions doivent faire au plus 1 000 caractères.',
		submit: 'Annuler ma demande',
		done: 'Votre demande est annulée. Merci d’avoir prévenu le relais.',
		refused: 'Cette demande est déjà close : elle ne peut plus être annulée.'
	},
	closedNotice:
		'Cette demande est close. Si vous avez de nouveau besoin d’un mode d’accueil, faites une nouvelle demande.',
	relay: {
		title: 'Une question ?',
		text: (relayName: string) => `Contactez le ${relayName}`,
		phone: 'par téléphone au',
		email: 'ou par courriel à'
	},
	newLink: {
		title: 'Vous avez perdu votre lien ?',
		lead: 'Indiquez l’adresse électronique donnée dans votre demande. Nous vous enverrons un nouveau lien de suivi pour chaque demande en cours. L’ancien lien ne fonctionnera plus.',
		email: 'Adresse électronique',
		emailHint: 'Par exemple : nom@exemple.fr',
		emailRequired: 'Indiquez votre adresse électronique.',
		submit: 'Recevoir un nouveau lien',
		sent: 'Si une demande en cours correspond à cette adresse, un nouveau lien de suivi vient de lui être envoyé. Pensez à regarder dans les courriers indésirables. Si vous ne recevez rien, contactez le relais de votre commune.',
		rateLimited:
			'Trop de demandes de lien en peu de temps. Pour protéger les familles, attendez une heure avant d’essayer à nouveau. Vous pouvez aussi contacter le relais de votre commune.'
	}
};
