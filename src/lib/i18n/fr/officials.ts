import { counted } from './plural';

/** The coordinator's page of elected officials, and what officials read of their territory. */
export const officials = {
	title: 'Élus du territoire',
	lead: 'Les comptes des élus. Chaque élu voit les chiffres anonymes d’un seul territoire : un relais, une intercommunalité ou tout le département. Il choisit son mot de passe grâce au lien reçu par courriel.',
	listCaption: 'Élus et territoire de chacun',
	columns: {
		name: 'Nom',
		email: 'Adresse électronique',
		scope: 'Territoire',
		status: 'État',
		action: 'Accès'
	},
	scopeKinds: {
		relay: 'Relais',
		epci: 'Intercommunalité',
		deployment: 'Tout le territoire'
	},
	/** A relay's name says it is a relay; an EPCI's does not always. */
	scopeOf: (kind: 'relay' | 'epci' | 'deployment', name: string) =>
		kind === 'relay'
			? name
			: kind === 'epci'
				? `Intercommunalité : ${name}`
				: `Tout le territoire (${name})`,
	empty: 'Aucun élu pour le moment',
	emptyText: 'Ajoutez un élu avec le formulaire ci-dessous.',
	deactivate: (name: string) => `Désactiver ${name}`,
	reactivate: (name: string) => `Réactiver ${name}`,
	deactivated: (name: string) =>
		`Le compte de ${name} est désactivé ; ses sessions en cours sont fermées.`,
	reactivated: (name: string) => `Le compte de ${name} est réactivé.`,
	add: {
		title: 'Ajouter un élu',
		name: 'Nom et prénom',
		email: 'Adresse électronique',
		scope: 'Territoire que l’élu verra',
		scopeHint:
			'Les chiffres sont toujours anonymes. Choisissez ensuite le relais ou l’intercommunalité dans la liste correspondante.',
		scopeOptions: {
			relay: 'Un relais',
			epci: 'Une intercommunalité (EPCI)',
			deployment: (deploymentName: string) => `Tout le territoire (${deploymentName})`
		},
		relay: 'Relais',
		relayHint: 'Si le territoire est un relais.',
		relayPlaceholder: 'Choisissez un relais',
		epci: 'Intercommunalité',
		epciHint: 'Si le territoire est une intercommunalité.',
		epciPlaceholder: 'Choisissez une intercommunalité',
		submit: 'Créer le compte et envoyer le lien',
		created: (email: string) =>
			`Le compte est créé. Un lien pour choisir le mot de passe a été envoyé à ${email}.`
	},
	errors: {
		scopeRequired: 'Choisissez le territoire que l’élu verra.',
		relayRequired: 'Choisissez le relais.',
		epciRequired: 'Choisissez l’intercommunalité.',
		unknownScope: 'Ce relais ou cette intercommunalité n’existe plus : rechargez la page.'
	},
	/** The observatory's account of the territory an official sees. */
	territory: {
		title: 'Votre territoire',
		kind: {
			relay: (name: string) => `Vous voyez les communes que sert ce relais : ${name}.`,
			epci: (name: string) => `Vous voyez les communes de cette intercommunalité : ${name}.`,
			deployment: (name: string) => `Vous voyez tout le territoire : ${name}.`
		},
		communeCount: (n: number) =>
			n === 0
				? 'Aucune commune n’y est encore rattachée.'
				: `Il couvre ${counted(n, 'commune', 'communes')} :`
	},
	/** On a relay's team page, an official's territory is that relay's. */
	teamScope: 'voit les chiffres anonymes de ce relais'
};
