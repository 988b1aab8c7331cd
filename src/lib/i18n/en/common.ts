import type { common as fr } from '../fr/common';
export const common: typeof fr = {
	appName: 'Guichet',
	appTagline: 'Relais Petite Enfance — guichet unique de l’accueil du jeune enfant',
	skipToContent: 'Aller au contenu',
	mainNavigation: 'Navigation principale',
	/** Read after the service name in the header link, which leads to the visitor's home page. */
	brandHomeHidden: '(accueil)',
	/** The document title of every page: the page first, so that tabs and history tell them apart. */
	pageTitle: (title: string) => `${title} — Guichet`,
	nav: {
		home: 'Accueil',
		staffArea: 'Espace professionnels',
		team: 'Équipe',
		mail: 'Courriels',
		observatory: 'Observatoire',
		relays: 'Relais',
		communes: 'Communes',
		officials: 'Élus'
	},
	signedInAs: (name: string) => `Connecté : ${name}`,
	errorSummaryTitle: (count: number) =>
		count === 1
			? 'Le formulaire contient une erreur :'
			: `Le formulaire contient ${count} erreurs :`,
	optional: '(facultatif)',
	required: '(obligatoire)',
	/** For forms whose optional fields carry "(facultatif)": say it once before the first field. */
	requiredNotice: 'Tous les champs sont obligatoires, sauf ceux marqués « facultatif ».',
	/** Read before each error message next to its field, hidden on screen. */
	errorPrefix: 'Erreur :',
	/** Under a text area with a maximum length; French uses the singular for 0 and 1. */
	charactersLeft: (left: number, max: number) =>
		left <= 1
			? `Il vous reste ${left} caractère sur ${max}.`
			: `Il vous reste ${left} caractères sur ${max}.`,
	/** Read before the content of an alert, hidden on screen: the icon's meaning in words. */
	alert: {
		info: 'Information :',
		success: 'Succès :',
		warning: 'Attention :',
		error: 'Erreur :'
	},
	save: 'Enregistrer',
	cancel: 'Annuler',
	back: 'Retour',
	roles: {
		admin: 'Administrateur du relais',
		animator: 'Animatrice ou animateur',
		official: 'Élu du territoire',
		coordinator: 'Coordination départementale'
	},
	error: {
		title: 'Une erreur est survenue',
		notFoundTitle: 'Page introuvable',
		notFound: 'Cette page n’existe pas ou n’est plus disponible.',
		forbiddenTitle: 'Accès non autorisé',
		forbidden: 'Votre compte ne permet pas d’ouvrir cette page.',
		tooManyTitle: 'Trop de tentatives',
		/** The database is stopped or restarting (a 503): the visitor did nothing wrong. */
		unavailableTitle: 'Service momentanément indisponible',
		unavailable: 'Le service est momentanément indisponible, réessayez dans quelques instants.',
		badRequest:
			'Cette adresse ou cette demande n’a pas pu être comprise. Revenez à l’accueil et réessayez.',
		badForm: 'Le formulaire envoyé n’a pas pu être lu. Rechargez la page et envoyez-le de nouveau.',
		tooLarge:
			'Le formulaire envoyé est trop volumineux. Raccourcissez les textes saisis et envoyez-le de nouveau.',
		unsupportedForm:
			'Cette adresse attend un formulaire de la page. Rechargez la page et envoyez-le de nouveau.',
		unexpected:
			'Une erreur inattendue nous empêche d’afficher cette page. Rien de ce que vous avez saisi n’a été perdu si vous n’avez pas vu de confirmation : vous pouvez réessayer dans un instant.',
		reference: 'Référence à communiquer au relais si le problème continue :',
		backHome: 'Revenir à l’accueil'
	},
	footer: {
		service: 'Service public gratuit, financé par la Caf et les communes du territoire.',
		accessibility: 'Accessibilité : partiellement conforme au RGAA'
	}
};
