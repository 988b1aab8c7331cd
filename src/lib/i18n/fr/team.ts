export const team = {
	title: 'Équipe du relais',
	lead: 'Les comptes des personnes qui travaillent avec le relais. Chaque personne choisit son mot de passe grâce au lien reçu par courriel.',
	listCaption: 'Membres de l’équipe',
	columns: { name: 'Nom', email: 'Adresse électronique', role: 'Rôle', status: 'État' },
	active: 'Actif',
	inactive: 'Désactivé',
	awaitingPassword: 'En attente du mot de passe',
	add: {
		title: 'Ajouter une personne',
		name: 'Nom et prénom',
		email: 'Adresse électronique professionnelle',
		role: 'Rôle',
		roleHint:
			'Les élus ne voient que des chiffres anonymes ; les animatrices et animateurs travaillent les demandes ; les administrateurs gèrent aussi l’équipe et les disponibilités.',
		submit: 'Créer le compte et envoyer le lien',
		created: (email: string) =>
			`Le compte est créé. Un lien pour choisir le mot de passe a été envoyé à ${email}.`
	},
	member: {
		backToTeam: 'Retour à l’équipe',
		details: 'Informations',
		changeRole: 'Changer le rôle',
		changeRoleSubmit: 'Enregistrer le rôle',
		roleChanged: 'Le rôle est modifié.',
		deactivate: 'Désactiver le compte',
		deactivateHelp:
			'La personne ne pourra plus se connecter ; ses sessions en cours sont fermées immédiatement. Son historique est conservé.',
		deactivateSubmit: 'Désactiver ce compte',
		deactivated: 'Le compte est désactivé et ses sessions sont fermées.',
		reactivateSubmit: 'Réactiver ce compte',
		reactivated: 'Le compte est réactivé.',
		resendLink: 'Envoyer un nouveau lien de mot de passe',
		linkSent: 'Un nouveau lien a été envoyé.',
		yourself:
			'C’est votre propre compte : un autre administrateur doit changer son rôle ou le désactiver.'
	},
	errors: {
		nameRequired: 'Indiquez le nom et le prénom (au moins 2 caractères).',
		nameTooLong: 'Le nom doit faire au plus 120 caractères.',
		emailRequired: 'Indiquez l’adresse électronique.',
		emailInvalid: 'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
		emailTaken: 'Un compte existe déjà avec cette adresse électronique.',
		roleRequired: 'Choisissez un rôle.',
		notYourself: 'Vous ne pouvez pas modifier votre propre compte.'
	}
};
