import type { ListOrder } from '$lib/directory/directory-options';
import { counted } from './plural';

/**
 * Texts of preparing and giving the list, on the staff pages. French only; what the family
 * reads of the list is in `family-list.ts`. The staff catalogue merges both under `m.familyList`.
 */
export const familyListStaff = {
	orderShort: {
		rotation: 'ordre tournant',
		distance: 'par distance',
		name: 'par nom'
	} satisfies Record<ListOrder, string>,

	staff: {
		prepare: 'Préparer la liste des assistantes et assistants maternels',
		historyTitle: 'Listes remises',
		historyEmpty: 'Aucune liste remise pour l’instant.',
		historyCaption: 'Les listes remises, de la plus récente à la plus ancienne',
		columns: {
			givenAt: 'Remise le',
			givenBy: 'Par',
			count: 'Nombre',
			order: 'Ordre',
			open: 'Liste'
		},
		open: (date: string) => `Voir la liste du ${date}`,
		prepareTitle: 'Préparer la liste',
		documentTitle: (reference: string) => `Liste pour la demande ${reference}`,
		back: (reference: string) => `Retour à la demande ${reference}`,
		filtersTitle: 'Critères',
		filtersLead:
			'Les critères sont remplis d’après la demande. Vous pouvez les élargir (retirer un critère, augmenter la distance) ; seuls des critères objectifs existent.',
		apply: 'Mettre à jour le nombre',
		resetToRequest: 'Revenir aux critères de la demande',
		matches: (n: number) =>
			n === 0
				? 'Aucune assistante ou assistant maternel ne correspond.'
				: `${counted(n, 'assistante ou assistant maternel correspond', 'assistantes et assistants maternels correspondent')}.`,
		orderLegend: 'Ordre de la liste (au choix de la famille)',
		seed: (seed: string) => `Tirage n° ${seed}`,
		seedHint: 'Ce numéro est gardé avec la liste : le même tirage redonne le même ordre.',
		give: 'Remettre la liste à la famille',
		giveLead:
			'La liste est enregistrée telle quelle, ajoutée au suivi de la famille et envoyée par courriel si la famille a donné une adresse.',
		given: (n: number) => `La liste est remise à la famille (${n}).`,
		closed: 'La demande est close : on ne remet plus de liste.',
		invalid: 'Les critères ne sont pas valides : rechargez la page de préparation.',
		listTitle: (date: string) => `Liste remise le ${date}`,
		givenBy: (name: string, date: string, time: string) =>
			`Remise par ${name} le ${date} à ${time}.`,
		orderUsed: (order: string, seed: string) => `Ordre : ${order} (tirage n° ${seed}).`,
		filtersUsed: 'Critères utilisés',
		noFilter: 'Aucun critère : tout le territoire.',
		printable: 'Version imprimable',
		print: 'Imprimer',
		printHint: 'Pour l’imprimer, utilisez la fonction imprimer de votre navigateur.',
		printTitle: (reference: string) => `Demande ${reference}`
	},

	filters: {
		near: (commune: string, km: number) => `À moins de ${km} km de ${commune}`,
		commune: (commune: string) => `Commune : ${commune}`,
		childBirthDate: (date: string) => `Enfant né (ou à naître) le ${date}`,
		startDate: (date: string) => `Début le ${date}`,
		schedule: (days: string) => `Jours et horaires : ${days}`,
		atypical: (flags: string) => `Horaires atypiques : ${flags}`,
		periscolaire: 'Accueil périscolaire',
		disabilityWelcome: 'Accueil d’un enfant en situation de handicap',
		siblings: (n: number) => `${n} places pour une fratrie`,
		workSetting: { home: 'À domicile', mam: 'En MAM' }
	},

	form: {
		birth: 'Date de naissance (ou prévue) du plus jeune enfant'
	}
};
