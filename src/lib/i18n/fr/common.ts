/**
 * The frame of every page (header, navigation, footer, error page) and the texts of the shared
 * form components. Families read it in their language: staff-only keys live in staff-common.ts.
 */
export const common = {
	appName: 'Guichet',
	appTagline: 'Relais Petite Enfance : un seul service pour l’accueil des jeunes enfants',
	skipToContent: 'Aller au contenu',
	mainNavigation: 'Navigation principale',
	/** Read after the service name in the header link, which leads to the visitor's home page. */
	brandHomeHidden: '(accueil)',
	/** The document title of every page: the page first, so that tabs and history tell them apart. */
	pageTitle: (title: string) => `${title} — Guichet`,
	nav: {
		home: 'Accueil',
		staffArea: 'Espace professionnels'
	},
	/** The language links of the family pages: each language is named in itself (localeNames). */
	languages: 'Langue',
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
	error: {
		title: 'Une erreur est survenue',
		notFoundTitle: 'Page introuvable',
		notFound: 'Cette page n’existe pas ou n’est plus disponible.',
		forbiddenTitle: 'Accès non autorisé',
		forbidden: 'Votre compte ne permet pas d’ouvrir cette page.',
		tooManyTitle: 'Trop de tentatives',
		/** The database is stopped or restarting (a 503): the visitor did nothing wrong. */
		unavailableTitle: 'Service momentanément indisponible',
		unavailable: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
		badRequest: 'Cette adresse n’a pas pu être comprise. Revenez à l’accueil et réessayez.',
		badForm: 'Le formulaire envoyé n’a pas pu être lu. Rechargez la page et envoyez-le de nouveau.',
		tooLarge:
			'Le formulaire envoyé est trop long. Raccourcissez vos textes et envoyez-le de nouveau.',
		unsupportedForm:
			'Cette adresse attend un formulaire de la page. Rechargez la page et envoyez-le de nouveau.',
		unexpected: 'Une erreur inattendue empêche d’afficher cette page. Réessayez dans un instant.',
		reference: 'Si le problème continue, donnez ce numéro au relais :',
		backHome: 'Revenir à l’accueil'
	},
	footer: {
		service:
			'Ce service public est gratuit. Il est financé par la Caisse d’allocations familiales (Caf) et par les communes.',
		accessibility: 'Accessibilité : ce site respecte en partie les règles d’accessibilité (RGAA).'
	}
};
