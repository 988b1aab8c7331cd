import { formatKm } from '$lib/format/numbers';
import type {
	AvailabilityState,
	CareStructureKind,
	ListOrder,
	OfferFlag
} from '$lib/directory/directory-options';
import { counted } from './plural';

/**
 * Texts of the list handed to a family: the staff's preparation and history, the printable
 * list, the family's tracking page and the mail. The list never ranks or recommends: the
 * sentence that presents it says so, and presents every kind of care without opposing them.
 */
export const familyList = {
	/** Said wherever the list is shown to the family (page, print, mail). */
	neutralIntro:
		'Voici les assistantes et assistants maternels agréés du territoire qui correspondent aux critères objectifs de votre demande (commune ou distance, âge de l’enfant, date et horaires). L’ordre de la liste ne traduit aucune préférence du relais : c’est vous qui choisissez et qui les contactez.',
	otherCareIntro:
		'Il existe aussi d’autres modes d’accueil sur le territoire : crèches, micro-crèches, crèches familiales, maisons d’assistants maternels (MAM), garde à domicile, accueils de loisirs. Ils ne s’opposent pas : vous pouvez les contacter aussi.',
	toConfirm: 'Disponibilité à confirmer',
	toConfirmHint:
		'Ses disponibilités n’ont pas été déclarées récemment : renseignez-vous directement auprès d’elle ou de lui.',
	declared: 'Disponibilités déclarées',
	contactsNotPublished: 'Coordonnées non publiées : contactez le relais pour la joindre.',
	atMam: (name: string) => `En MAM : ${name}`,
	atHome: 'À son domicile',
	distance: (km: number) => `à ${formatKm(km)}`,
	phone: 'Téléphone',
	email: 'Courriel',
	address: 'Adresse',
	commune: 'Commune',
	freePlaces: 'Places libres déclarées',
	noFreePlace: 'Aucune place libre déclarée.',
	offer: 'Accueil proposé',
	languages: 'Langues parlées',
	ages: 'Âges',
	hours: 'Horaires',
	capacity: (places: number) => counted(places, 'place', 'places'),
	website: 'Site',
	availability: {
		declared: 'Disponibilités déclarées',
		to_confirm: 'Disponibilité à confirmer'
	} satisfies Record<AvailabilityState, string>,
	offerFlags: {
		periscolaire: 'périscolaire',
		wednesdays: 'le mercredi',
		school_holidays: 'pendant les vacances scolaires',
		before_7: 'avant 7 h',
		after_19: 'après 19 h',
		saturday: 'le samedi',
		sunday: 'le dimanche',
		night: 'la nuit',
		disability_welcome: 'accueil d’un enfant en situation de handicap',
		part_time: 'temps partiel'
	} satisfies Record<OfferFlag, string>,
	structureKinds: {
		creche: 'Crèche',
		multi_accueil: 'Multi-accueil',
		micro_creche: 'Micro-crèche',
		creche_familiale: 'Crèche familiale',
		home_care_service: 'Service de garde à domicile',
		accueil_loisirs: 'Accueil de loisirs (périscolaire)',
		mam: 'Maison d’assistants maternels (MAM)'
	} satisfies Record<CareStructureKind | 'mam', string>,
	childmindersTitle: 'Les assistantes et assistants maternels',
	otherCareTitle: 'Les autres modes d’accueil du territoire',
	noChildminder:
		'Aucune assistante ou aucun assistant maternel ne correspond à tous les critères. Le relais peut élargir la recherche avec vous.',
	noStructure: 'Aucun autre mode d’accueil n’est enregistré pour le territoire.',
	count: (n: number) =>
		n === 0
			? 'Aucune assistante ou assistant maternel'
			: counted(n, 'assistante ou assistant maternel', 'assistantes et assistants maternels'),

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
	},

	tracking: {
		title: 'Les listes remises par le relais',
		givenOn: (date: string) => `Liste remise le ${date}`
	}
};
