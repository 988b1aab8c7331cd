import { formatDuration } from '$lib/format/durations';
import { formatTimeRange } from '$lib/format/times';

/** The relay's reception places and availability settings (admin pages). */
export const availability = {
	nav: { places: 'Lieux d’accueil', availability: 'Disponibilités' },
	weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const,
	kinds: { place: 'Sur place', phone: 'Par téléphone' },
	places: {
		title: 'Lieux d’accueil',
		lead: 'Les lieux où les familles sont reçues. L’adresse et les indications d’accès figurent dans les invitations.',
		listCaption: 'Lieux d’accueil du relais',
		columns: {
			name: 'Nom',
			address: 'Adresse',
			accessNotes: 'Accès',
			status: 'État',
			action: 'Action'
		},
		active: 'Ouvert',
		inactive: 'Fermé',
		empty: 'Aucun lieu d’accueil pour le moment',
		emptyText:
			'Ajoutez le premier lieu ci-dessous : il pourra ensuite être choisi dans les horaires d’ouverture.',
		deactivate: (name: string) => `Fermer le lieu « ${name} »`,
		reactivate: (name: string) => `Rouvrir le lieu « ${name} »`,
		deactivated: 'Le lieu est fermé : il n’est plus proposé dans les nouveaux horaires.',
		reactivated: 'Le lieu est rouvert.',
		edit: {
			title: (name: string) => `Modifier le lieu « ${name} »`,
			caption: 'Lieux d’accueil',
			back: 'Retour aux lieux d’accueil',
			submit: 'Enregistrer le lieu',
			updated: 'Le lieu est modifié. Les prochaines invitations donnent la nouvelle adresse.'
		},
		add: {
			title: 'Ajouter un lieu',
			name: 'Nom du lieu',
			nameHint: 'Par exemple : Maison de l’enfance',
			address: 'Adresse',
			accessNotes: 'Indications d’accès',
			accessNotesHint: 'Étage, interphone, stationnement, accès en fauteuil…',
			submit: 'Ajouter le lieu',
			created: (name: string) => `Le lieu « ${name} » est ajouté.`
		}
	},
	settings: {
		title: 'Disponibilités',
		lead: 'Les horaires d’ouverture de chaque personne, ses absences et les fermetures du relais. Les créneaux proposés aux familles en sont déduits ; les jours fériés sont exclus d’office.',
		rules: {
			title: 'Horaires d’ouverture',
			listCaption: 'Horaires d’ouverture chaque semaine',
			columns: {
				person: 'Personne',
				day: 'Jour',
				hours: 'Horaires',
				where: 'Où',
				slot: 'Durée',
				validity: 'Validité',
				action: 'Action'
			},
			hours: formatTimeRange,
			slot: formatDuration,
			validity: (from: string, until: string | null) =>
				until ? `du ${from} au ${until}` : `à partir du ${from}`,
			empty: 'Aucun horaire d’ouverture',
			emptyText:
				'Sans horaire, aucun créneau de rendez-vous ne peut être proposé. Ajoutez-en ci-dessous.',
			deactivate: (person: string, day: string, hours: string) =>
				`Retirer l’horaire de ${person}, ${day} ${hours}`,
			deactivated:
				'L’horaire est retiré : il ne produit plus de créneaux. Les rendez-vous déjà pris sont conservés.',
			add: {
				title: 'Ajouter un horaire',
				person: 'Personne',
				personPlaceholder: 'Choisissez une personne',
				day: 'Jour de la semaine',
				dayPlaceholder: 'Choisissez un jour',
				start: 'Début',
				end: 'Fin',
				timeHint: 'Heure de Paris, par exemple 09:00',
				kind: 'Rendez-vous',
				place: 'Lieu',
				placePlaceholder: 'Choisissez un lieu',
				placeHint: 'Seulement pour les rendez-vous sur place.',
				slotMinutes: 'Durée d’un rendez-vous, en minutes',
				slotMinutesHint: 'Entre 10 et 240, par exemple 45',
				validFrom: 'À partir du',
				validUntil: 'Jusqu’au',
				dateHint: 'Par exemple 14/09/2026',
				submit: 'Ajouter l’horaire',
				created: 'L’horaire est ajouté.'
			}
		},
		absences: {
			title: 'Absences',
			listCaption: 'Absences à venir et en cours',
			columns: { person: 'Personne', dates: 'Dates', note: 'Motif', action: 'Action' },
			dates: (from: string, to: string) => (from === to ? `le ${from}` : `du ${from} au ${to}`),
			empty: 'Aucune absence prévue',
			emptyText:
				'Les congés et formations saisis ici retirent les créneaux de la personne, jours inclus.',
			remove: (person: string, dates: string) => `Supprimer l’absence de ${person}, ${dates}`,
			removed: 'L’absence est supprimée.',
			add: {
				title: 'Ajouter une absence',
				person: 'Personne',
				personPlaceholder: 'Choisissez une personne',
				startsOn: 'Premier jour d’absence',
				endsOn: 'Dernier jour d’absence',
				note: 'Motif',
				noteHint: 'Visible seulement par l’équipe, par exemple « congés »',
				submit: 'Ajouter l’absence',
				created: 'L’absence est ajoutée.'
			}
		},
		closures: {
			title: 'Fermetures du relais',
			listCaption: 'Fermetures à venir et en cours',
			columns: { dates: 'Dates', label: 'Motif', action: 'Action' },
			empty: 'Aucune fermeture prévue',
			emptyText: 'Pendant une fermeture, aucun créneau n’est proposé, pour toute l’équipe.',
			remove: (dates: string) => `Supprimer la fermeture ${dates}`,
			removed: 'La fermeture est supprimée.',
			add: {
				title: 'Ajouter une fermeture',
				startsOn: 'Premier jour de fermeture',
				endsOn: 'Dernier jour de fermeture',
				label: 'Motif',
				labelHint: 'Par exemple « fermeture estivale »',
				submit: 'Ajouter la fermeture',
				created: 'La fermeture est ajoutée.'
			}
		},
		noTeam: 'Aucune animatrice, aucun animateur actif dans le relais : ajoutez d’abord l’équipe.'
	},
	errors: {
		nameRequired: 'Indiquez le nom du lieu (au moins 2 caractères).',
		nameTooLong: 'Le nom doit faire au plus 120 caractères.',
		addressRequired: 'Indiquez l’adresse du lieu.',
		addressTooLong: 'L’adresse doit faire au plus 300 caractères.',
		tooLong: (max: number) => `Ce texte doit faire au plus ${max} caractères.`,
		personRequired: 'Choisissez une personne de l’équipe.',
		dayRequired: 'Choisissez un jour de la semaine.',
		timeInvalid: 'Indiquez une heure au format 09:00.',
		endBeforeStart: 'L’heure de fin doit être après l’heure de début.',
		kindRequired: 'Choisissez sur place ou par téléphone.',
		placeRequired: 'Choisissez le lieu des rendez-vous sur place.',
		placeUnknown: 'Ce lieu n’existe pas ou est fermé : choisissez un lieu ouvert.',
		slotMinutesInvalid: 'Indiquez une durée entière entre 10 et 240 minutes.',
		slotLongerThanHours:
			'La durée d’un rendez-vous dépasse l’horaire : allongez l’horaire ou raccourcissez la durée.',
		dateInvalid: 'Indiquez une date valide, par exemple 14/09/2026.',
		dateRequired: 'Indiquez une date, par exemple 14/09/2026.',
		endBeforeStartDate: 'La date de fin doit être le même jour ou après la date de début.',
		personUnknown: 'Cette personne ne fait pas partie de l’équipe active du relais.',
		notFound: 'Cet élément n’existe plus : la page a été mise à jour.'
	}
};
