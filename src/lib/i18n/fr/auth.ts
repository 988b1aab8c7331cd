export const auth = {
	signIn: {
		title: 'Connexion des professionnels',
		intro:
			'Cet espace est réservé aux animatrices et animateurs du relais, à ses administrateurs et aux élus du territoire. Les familles n’ont pas besoin de compte.',
		email: 'Adresse électronique',
		password: 'Mot de passe',
		submit: 'Se connecter',
		invalid: 'Adresse électronique ou mot de passe incorrect.',
		emailRequired: 'Indiquez votre adresse électronique.',
		emailInvalid: 'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
		passwordRequired: 'Indiquez votre mot de passe.',
		rateLimited:
			'Trop de tentatives de connexion. Pour protéger votre compte, attendez 15 minutes avant de réessayer, ou demandez à l’administrateur de votre relais de vous envoyer un nouveau lien.',
		signedOut: 'Vous êtes déconnecté.'
	},
	signOut: {
		submit: 'Se déconnecter'
	},
	password: {
		tooShort: (min: number) => `Le mot de passe doit faire au moins ${min} caractères.`,
		tooLong: 'Le mot de passe doit faire au plus 200 caractères.',
		tooCommon: 'Ce mot de passe est trop courant : choisissez-en un autre.',
		mismatch: 'Les deux mots de passe ne sont pas identiques.',
		setTitle: 'Choisir votre mot de passe',
		setIntro: (name: string) =>
			`Bonjour ${name}, choisissez le mot de passe de votre compte. Il doit faire au moins 12 caractères ; une phrase de plusieurs mots est facile à retenir et difficile à deviner.`,
		newPassword: 'Nouveau mot de passe',
		confirm: 'Confirmez le mot de passe',
		submit: 'Enregistrer le mot de passe',
		linkInvalidTitle: 'Ce lien n’est plus valable',
		linkInvalid:
			'Ce lien a déjà servi ou a expiré. Demandez à l’administrateur de votre relais de vous en envoyer un nouveau.',
		done: 'Votre mot de passe est enregistré. Vous pouvez vous connecter.'
	}
};
