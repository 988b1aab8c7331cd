/**
 * The childminders' own pages (her sign-in link, her availability), the staff's correction
 * of her other data, and the mails she receives.
 */
const days = {
	mon: 'Lundi',
	tue: 'Mardi',
	wed: 'Mercredi',
	thu: 'Jeudi',
	fri: 'Vendredi',
	sat: 'Samedi',
	sun: 'Dimanche'
};

export const childminder = {
	signIn: {
		title: 'Assistantes et assistants maternels : vos disponibilités',
		lead: 'Déclarez vous-même vos places libres : le relais les communique aux familles qui cherchent un mode d’accueil. Recevez par courriel votre lien personnel, valable 2 heures, pour accéder à votre page.',
		formTitle: 'Recevoir mon lien personnel',
		licenceNumber: 'Numéro d’agrément',
		licenceNumberHint: 'Tel qu’il figure sur votre agrément délivré par la PMI.',
		email: 'Adresse électronique',
		emailHint: 'Celle que vous avez donnée à la PMI ou au relais.',
		submit: 'Recevoir mon lien',
		sent: 'Si ce numéro d’agrément et cette adresse correspondent à un agrément en cours, un courriel avec votre lien personnel vient de vous être envoyé. Pensez à regarder dans vos courriels indésirables. Rien reçu ? Contactez votre relais : il vérifiera l’adresse enregistrée.',
		rateLimited:
			'Trop de demandes de lien en peu de temps. Attendez une heure avant de réessayer, ou contactez votre relais.',
		licenceRequired: 'Indiquez votre numéro d’agrément.',
		emailRequired: 'Indiquez votre adresse électronique.',
		emailInvalid: 'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
		signedOut: 'Vous êtes déconnectée. Demandez un nouveau lien pour revenir sur votre page.',
		sessionEnded:
			'Votre session est terminée ou n’existe pas. Demandez un nouveau lien pour accéder à votre page.'
	},
	link: {
		title: 'Accéder à vos disponibilités',
		lead: 'Ce lien personnel ne sert qu’une fois. Appuyez sur le bouton pour ouvrir votre page.',
		submit: 'Accéder à mes disponibilités',
		invalidTitle: 'Ce lien n’est plus valable',
		invalid:
			'Ce lien a déjà servi ou a expiré (il est valable 2 heures, une seule fois). Demandez-en un nouveau ci-dessous : il vous sera envoyé par courriel.',
		newLink: 'Demander un nouveau lien'
	},
	page: {
		title: 'Mes disponibilités',
		lead: (name: string, licence: string) => `${name} — agrément n° ${licence}`,
		signOut: 'Me déconnecter',
		stateTitle: 'Ma déclaration',
		never:
			'Vous n’avez encore jamais déclaré vos disponibilités : les familles les verront « à confirmer » tant que vous ne l’aurez pas fait.',
		declared: (declaredOn: string, validUntil: string) =>
			`Déclaration du ${declaredOn}, valable jusqu’au ${validUntil}.`,
		toConfirm: (declaredOn: string) =>
			`À confirmer : votre dernière déclaration date du ${declaredOn} et n’est plus à jour. Confirmez vos places ci-dessous, ou dites que rien n’a changé.`,
		toConfirmBadge: 'À confirmer',
		suspended:
			'Votre agrément est suspendu : vos disponibilités ne sont pas proposées aux familles pour le moment.',
		placesTitle: 'Mes places libres',
		placesEmpty: 'Aucune place libre déclarée',
		placesEmptyText: 'Ajoutez une place libre ci-dessous, ou indiquez que vous n’en avez aucune.',
		placesCaption: 'Mes places libres déclarées',
		columns: {
			ages: 'Âges',
			from: 'À partir du',
			regularity: 'Accueil',
			schedule: 'Jours et horaires',
			action: 'Action'
		},
		remove: 'Retirer',
		/** Read after "Retirer" by screen readers: which place. */
		removeHidden: (ages: string, from: string) => ` la place ${ages} à partir du ${from}`,
		removed: 'La place est retirée.',
		confirmTitle: 'Rien n’a changé ?',
		confirmText:
			'Si vos places libres ci-dessus sont toujours exactes, confirmez-le : votre déclaration sera renouvelée.',
		confirmUnchanged: 'Je confirme : rien n’a changé',
		confirmed: (validUntil: string) => `Votre déclaration est renouvelée jusqu’au ${validUntil}.`,
		noPlace: 'Je n’ai aucune place libre',
		noPlaceDone: (validUntil: string) => `C’est noté : aucune place libre, jusqu’au ${validUntil}.`,
		addTitle: 'Ajouter une place libre',
		ageBand: 'Âge de l’enfant accueilli',
		ageBands: {
			under_18m: 'moins de 18 mois',
			from_18m_to_3y: 'de 18 mois à 3 ans',
			from_0_to_3y: 'de 0 à 3 ans',
			from_3y: '3 ans et plus (périscolaire)'
		},
		otherAges: (min: number, max: number | null) =>
			max === null ? `à partir de ${min} mois` : `de ${min} à ${max} mois`,
		availableFrom: 'Libre à partir du',
		regularity: 'Accueil proposé',
		regularities: { regular: 'Régulier', occasional: 'Occasionnel' },
		regularityWords: { regular: 'régulier', occasional: 'occasionnel' },
		scheduleTitle: 'Jours et horaires proposés',
		scheduleHint:
			'Remplissez les jours où vous pouvez accueillir l’enfant. Laissez vides les autres jours.',
		days,
		start: 'Début',
		end: 'Fin',
		overnight: 'Jusqu’au lendemain (nuit)',
		overnightShort: 'nuit',
		addLink: 'Ajouter une place libre',
		back: 'Retour à mes disponibilités',
		placeSummary: (ages: string, from: string, regularity: string) =>
			`${ages}, à partir du ${from}, accueil ${regularity}`,
		add: 'Ajouter cette place',
		added: 'La place est ajoutée à votre déclaration.',
		offerTitle: 'Mon accueil',
		offerLegend: 'Ce que je propose',
		offerHint: 'Cochez tout ce que vous proposez. Les familles peuvent chercher sur ces critères.',
		offer: {
			periscolaire: 'Accueil périscolaire (avant et après l’école)',
			wednesdays: 'Le mercredi',
			school_holidays: 'Pendant les vacances scolaires',
			before_7: 'Avant 7 h',
			after_19: 'Après 19 h',
			saturday: 'Le samedi',
			sunday: 'Le dimanche',
			night: 'La nuit',
			disability_welcome: 'Accueil d’un enfant en situation de handicap',
			part_time: 'Temps partiel'
		},
		languages: 'Langues parlées avec les enfants',
		languagesHint: 'Séparez-les par des virgules, par exemple : français, arabe.',
		saveOffer: 'Enregistrer mon accueil',
		offerSaved: 'Votre accueil est enregistré.',
		publicationTitle: 'Ce que les familles voient',
		addressPublication: 'Mon adresse',
		addressPublications: {
			full_address: 'Publier mon adresse complète',
			commune_only: 'Publier seulement ma commune'
		},
		contactsObjection: 'Je refuse que mon téléphone et mon adresse électronique soient publiés',
		contactsObjectionHint:
			'Les familles verront seulement votre nom et votre commune ; elles passeront par le relais pour vous joindre.',
		savePublication: 'Enregistrer mes choix',
		publicationSaved: 'Vos choix de publication sont enregistrés.',
		placeNotFound: 'Cette place n’existe plus. Rechargez la page.'
	},
	errors: {
		ageBandRequired: 'Choisissez l’âge de l’enfant accueilli.',
		fromRequired: 'Indiquez la date à partir de laquelle la place est libre.',
		fromInvalid: 'Indiquez une date valide, par exemple 15/03/2027.',
		fromTooFar: 'Indiquez une date dans les deux ans à venir.',
		regularityRequired: 'Indiquez si l’accueil est régulier ou occasionnel.',
		scheduleRequired: 'Indiquez au moins un jour avec ses horaires.',
		timeMissingStart: 'Indiquez l’heure de début.',
		timeMissingEnd: 'Indiquez l’heure de fin.',
		timeInvalid: 'Indiquez une heure, par exemple 08:30.',
		endBeforeStart:
			'L’heure de fin est avant l’heure de début : cochez « jusqu’au lendemain » pour une nuit.',
		languagesTooLong: 'Indiquez au plus 10 langues, de 40 caractères chacune au plus.',
		tooManyPlaces: 'Vous avez déjà déclaré 10 places : retirez-en une avant d’en ajouter.'
	},
	correction: {
		title: (name: string) => `Corriger la fiche de ${name}`,
		lead: 'Corrigez ici les données de l’agrément et les coordonnées. Les disponibilités, l’offre d’accueil et les choix de publication sont déclarés par l’assistante maternelle elle-même : le relais ne peut pas les modifier. Elle sera prévenue par courriel de toute correction.',
		current: 'Fiche actuelle',
		lastName: 'Nom',
		firstName: 'Prénom',
		address: 'Adresse où elle accueille',
		commune: 'Commune',
		phone: 'Téléphone',
		email: 'Adresse électronique',
		placesTotal: 'Nombre de places de l’agrément',
		placesUnder3: 'Dont places pour les moins de 3 ans',
		workSetting: 'Lieu d’accueil',
		workSettings: { home: 'À son domicile', mam: 'Dans une MAM' },
		mam: 'MAM',
		mamNone: '— Aucune —',
		status: 'Situation',
		statuses: {
			active: 'En activité',
			suspended: 'Agrément suspendu',
			stopped: 'Activité arrêtée'
		},
		submit: 'Enregistrer la correction',
		saved: (count: number) =>
			count === 0
				? 'Aucune donnée n’a changé : rien n’est enregistré.'
				: 'La correction est enregistrée ; l’assistante maternelle est prévenue par courriel.',
		back: 'Retour à la fiche',
		errors: {
			lastNameRequired: 'Indiquez le nom.',
			firstNameRequired: 'Indiquez le prénom.',
			communeRequired: 'Choisissez une commune du relais.',
			phoneInvalid: 'Indiquez un numéro de téléphone valide, par exemple 02 99 00 00 00.',
			emailInvalid: 'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
			placesTotal: 'Indiquez un nombre de places entre 0 et 10.',
			placesUnder3: 'Indiquez un nombre entre 0 et le nombre de places de l’agrément.',
			mamRequired: 'Choisissez la MAM où elle travaille.',
			mamNotAllowed: 'Une MAM ne se choisit que pour un accueil en MAM.',
			statusRequired: 'Choisissez sa situation.'
		},
		fieldNames: {
			lastName: 'nom',
			firstName: 'prénom',
			address: 'adresse',
			communeInsee: 'commune',
			phone: 'téléphone',
			email: 'adresse électronique',
			placesTotal: 'nombre de places',
			placesUnder3: 'places pour les moins de 3 ans',
			workSetting: 'lieu d’accueil',
			mamId: 'MAM',
			status: 'situation'
		} as Record<string, string>
	},
	mail: {
		link: {
			subject: 'Votre lien pour déclarer vos disponibilités',
			text: (p: { name: string; link: string; hours: number }) =>
				`Bonjour ${p.name},\n\nVoici votre lien personnel pour déclarer vos places libres (valable ${p.hours} heures, une seule fois) :\n\n${p.link}\n\nCe lien est personnel : ne le transmettez pas. Si vous n’avez rien demandé, ignorez ce message.`
		},
		reminder: {
			subject: 'Avez-vous des places libres ? Mettez à jour vos disponibilités',
			text: (p: { name: string; deadline: string; pageUrl: string }) =>
				`Bonjour ${p.name},\n\nLe relais communique aux familles les places libres des assistantes et assistants maternels du territoire. Merci de mettre à jour vos disponibilités avant le ${p.deadline}, même si vous n’avez aucune place libre ou si rien n’a changé.\n\nPour recevoir votre lien personnel, ouvrez cette page et indiquez votre numéro d’agrément et votre adresse électronique :\n\n${p.pageUrl}\n\nSans mise à jour, vos disponibilités apparaîtront « à confirmer » aux familles.`
		},
		correction: {
			subject: 'Le relais a corrigé votre fiche',
			text: (p: { name: string; relayName: string; changes: string; pageUrl: string }) =>
				`Bonjour ${p.name},\n\nLe ${p.relayName} a corrigé les informations suivantes de votre fiche :\n${p.changes}\n\nSi une correction vous semble fausse, contactez le relais. Vos disponibilités, votre offre d’accueil et vos choix de publication n’ont pas changé : vous seule pouvez les modifier, depuis votre page :\n${p.pageUrl}`,
			emailChanged: (newEmail: string) =>
				`Votre adresse électronique enregistrée est désormais ${newEmail} : les prochains messages y seront envoyés.`
		}
	}
};
