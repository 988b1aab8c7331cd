/** The coordinator's relay pages (/territoire, /territoire/relais/…). */
export const territoryRelays = {
	overview: {
		title: 'Relais du territoire',
		lead: 'Chaque relais est le guichet unique de ses communes. Les chiffres ci-dessous sont des comptes d’activité : aucune donnée personnelle des familles n’y figure.',
		create: 'Créer un relais',
		caption: 'Activité des relais',
		empty: 'Aucun relais n’est encore créé.',
		columns: {
			relay: 'Relais',
			code: 'Code',
			communes: 'Communes desservies',
			population: 'Population',
			received: 'Demandes reçues (30 jours)',
			waiting: 'En attente d’un premier rendez-vous',
			upcoming: 'Rendez-vous (7 prochains jours)',
			withinTarget: 'Premiers rendez-vous dans le délai (90 jours)'
		},
		/** When no request of the period can be judged yet: no share to give. */
		noShare: 'Pas encore de donnée',
		shareOf: (met: number, judged: number) => `${met} sur ${judged}`,
		targetDays: (days: number) => `délai visé : ${days} jour${days > 1 ? 's' : ''}`,
		notes:
			'« Dans le délai » : le premier rendez-vous a lieu au plus tard le délai visé du relais après l’arrivée de la demande ; sont comptées les demandes arrivées depuis 90 jours qui ont un premier rendez-vous ou dont le délai est échu.'
	},
	form: {
		requiredNotice: 'Tous les champs sont obligatoires.',
		name: 'Nom du relais',
		nameHint: 'Par exemple : Relais Petite Enfance Vallée de la Seiche.',
		referenceCode: 'Code des références',
		referenceCodeHint:
			'De 2 à 4 lettres majuscules, propre à ce relais : il commence les références des demandes (par exemple VS-2026-00042).',
		referenceCodeLocked:
			'Ce relais a déjà reçu des demandes : leurs références, déjà envoyées aux familles, portent ce code. Il ne peut plus être changé.',
		address: 'Adresse du relais',
		phone: 'Téléphone du relais',
		phoneHint: 'Par exemple : 02 99 00 00 00.',
		email: 'Adresse électronique du relais',
		emailHint: 'Les familles la voient dans les courriels du relais.',
		targetDays: 'Délai visé pour le premier rendez-vous, en jours',
		targetDaysHint: 'Entre 1 et 60 jours ; les textes nationaux demandent moins d’une semaine (7).'
	},
	create: {
		title: 'Créer un relais',
		lead: 'Le relais est créé sans commune ni compte : ajoutez ensuite son premier administrateur et ses communes.',
		submit: 'Créer le relais',
		back: 'Retour aux relais',
		created: (name: string) => `Le relais « ${name} » est créé.`
	},
	edit: {
		caption: 'Relais',
		back: 'Retour aux relais',
		details: 'Informations du relais',
		submit: 'Enregistrer les informations',
		updated: 'Les informations du relais sont enregistrées.',
		staff: 'Équipe du relais',
		staffCaption: 'Comptes du relais',
		staffEmpty: 'Ce relais n’a encore aucun compte : créez son premier administrateur ci-dessous.',
		staffColumns: { name: 'Nom', role: 'Rôle', status: 'État' },
		communes: 'Communes desservies',
		communesEmpty: 'Ce relais ne dessert encore aucune commune.',
		communesCount: (count: number) =>
			count === 1 ? '1 commune desservie.' : `${count} communes desservies.`,
		communeDetail: (postalCodes: string, population: string | null) =>
			population === null ? `(${postalCodes})` : `(${postalCodes}, ${population} habitants)`,
		manageCommunes: 'Gérer les communes de ce relais',
		addAdmin: {
			title: 'Créer un administrateur du relais',
			lead: 'La personne reçoit par courriel un lien pour choisir son mot de passe ; elle gère ensuite l’équipe et les disponibilités du relais.',
			name: 'Nom et prénom',
			email: 'Adresse électronique professionnelle',
			submit: 'Créer le compte et envoyer le lien',
			created: (email: string) =>
				`Le compte administrateur est créé. Un lien pour choisir le mot de passe a été envoyé à ${email}.`
		}
	},
	errors: {
		nameRequired: 'Indiquez le nom du relais (au moins 2 caractères).',
		nameTooLong: 'Le nom doit faire au plus 120 caractères.',
		referenceCodeInvalid: 'Indiquez de 2 à 4 lettres majuscules, sans accent, par exemple VS.',
		referenceCodeTaken: 'Ce code est déjà celui d’un autre relais : choisissez-en un autre.',
		referenceCodeLocked:
			'Ce relais a déjà reçu des demandes : son code des références ne peut plus être changé.',
		addressRequired: 'Indiquez l’adresse du relais.',
		addressTooLong: 'L’adresse doit faire au plus 300 caractères.',
		phoneInvalid: 'Indiquez un numéro de téléphone valide, par exemple 02 99 00 00 00.',
		emailInvalid: 'Indiquez une adresse électronique valide, par exemple relais@exemple.fr.',
		targetDaysInvalid: 'Indiquez un nombre entier de jours entre 1 et 60.'
	}
};
