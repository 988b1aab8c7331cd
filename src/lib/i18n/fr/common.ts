export const common = {
	appName: 'Guichet',
	appTagline: 'Relais Petite Enfance — guichet unique de l’accueil du jeune enfant',
	skipToContent: 'Aller au contenu',
	mainNavigation: 'Navigation principale',
	signedInAs: (name: string) => `Connecté : ${name}`,
	errorSummaryTitle: (count: number) =>
		count === 1 ? 'Le formulaire contient une erreur :' : `Le formulaire contient ${count} erreurs :`,
	optional: '(facultatif)',
	required: '(obligatoire)',
	save: 'Enregistrer',
	cancel: 'Annuler',
	back: 'Retour',
	roles: {
		admin: 'Administrateur du relais',
		animator: 'Animatrice ou animateur',
		official: 'Élu du territoire'
	},
	error: {
		title: 'Une erreur est survenue',
		notFoundTitle: 'Page introuvable',
		notFound: 'Cette page n’existe pas ou n’est plus disponible.',
		forbiddenTitle: 'Accès non autorisé',
		forbidden: 'Votre compte ne permet pas d’ouvrir cette page.',
		tooManyTitle: 'Trop de tentatives',
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
