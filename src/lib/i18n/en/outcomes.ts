import type { outcomes as fr } from '../fr/outcomes';
import type {
	CareFoundKind,
	FollowUpAnswer,
	FollowUpStage,
	NoSolutionReason,
	OutcomeSource
} from '$lib/requests/outcome-options';

/**
 * Texts of a request's outcome: the kinds of care found and the reasons none was, shared by
 * the staff request page, the family's tracking page and the follow-up pages.
 */
export const outcomes: typeof fr = {
	careKinds: {
		childminder_home: 'Assistante maternelle à domicile',
		mam: 'Maison d’assistants maternels (MAM)',
		creche: 'Crèche / multi-accueil',
		micro_creche: 'Micro-crèche',
		creche_familiale: 'Crèche familiale',
		home_carer: 'Garde à domicile',
		shared_home_carer: 'Garde partagée',
		periscolaire: 'Accueil périscolaire',
		family_arrangement: 'Solution familiale',
		other: 'Autre mode d’accueil'
	} satisfies Record<CareFoundKind, string>,
	reasons: {
		no_place_at_hours: 'Pas de place aux horaires demandés',
		too_far: 'Trop loin',
		too_expensive: 'Trop cher',
		no_place_for_age: 'Pas de place pour l’âge de l’enfant',
		disability_not_accommodated: 'Handicap non accueilli',
		family_gave_up: 'La famille a renoncé',
		moved_away: 'La famille a déménagé',
		unreachable: 'Famille injoignable',
		no_longer_needed: 'Plus besoin d’accueil',
		other: 'Autre raison'
	} satisfies Record<NoSolutionReason, string>,
	sources: {
		relay: 'par le relais',
		family: 'par la famille'
	} satisfies Record<OutcomeSource, string>,
	fromRelayList: { yes: 'Oui', no: 'Non', unknown: 'Ne sait pas' },
	followUpStage: (stage: FollowUpStage) => `suivi à ${stage} jours`,
	followUpAnswers: {
		found: 'Nous avons trouvé un mode d’accueil',
		still_looking: 'Nous cherchons encore',
		no_longer_needed: 'Nous n’avons plus besoin d’accueil'
	} satisfies Record<FollowUpAnswer, string>,
	form: {
		title: 'Issue de la demande',
		lead: 'Quand la famille a trouvé un mode d’accueil, ou qu’aucune solution n’a été trouvée, notez-le : la demande est alors close. Elle pourra être rouverte si la famille cherche encore.',
		found: 'La famille a-t-elle trouvé un mode d’accueil ?',
		foundAnswers: { yes: 'Solution trouvée', no: 'Pas de solution' },
		choose: 'Choisissez',
		careKind: 'Mode d’accueil trouvé',
		careKindHint: 'Seulement si une solution a été trouvée.',
		startDate: 'Date de début de l’accueil',
		startDateHint: 'Par exemple : 15/03/2027. Laissez vide si elle n’est pas connue.',
		fromRelayList: 'Trouvé grâce à la liste remise par le relais ?',
		reason: 'Raison',
		reasonHint: 'Seulement s’il n’y a pas de solution.',
		submit: 'Enregistrer l’issue',
		done: (summary: string) =>
			`Issue enregistrée (${summary.toLowerCase()}) : la demande est close.`
	},
	current: {
		title: 'Issue enregistrée',
		startDate: (date: string) => `Début de l’accueil : ${date}`,
		fromRelayList: (answer: string) =>
			`Trouvé grâce à la liste du relais : ${answer.toLowerCase()}`,
		recordedBy: (name: string, date: string) => `Notée par ${name} le ${date}`,
		recordedByFamily: (stage: string, date: string) =>
			`Répondue par la famille (${stage}) le ${date}`
	},
	history: {
		title: 'Issues précédentes',
		reopened: (date: string) => `rouverte le ${date}`
	},
	reopen: {
		title: 'Rouvrir la demande',
		lead: 'La famille cherche encore ? Rouvrez la demande : l’issue notée reste dans l’historique.',
		submit: 'Rouvrir la demande',
		done: 'La demande est rouverte : elle est de nouveau en cours.'
	},
	errors: {
		foundRequired: 'Dites si la famille a trouvé un mode d’accueil.',
		careKindRequired: 'Choisissez le mode d’accueil trouvé.',
		reasonRequired: 'Choisissez la raison.',
		startDateInvalid: 'Saisissez une date valide, par exemple 15/03/2027.',
		fromRelayListInvalid: 'Choisissez oui, non ou ne sait pas.',
		appointmentBooked: 'Un rendez-vous est prévu : notez d’abord s’il a eu lieu ou annulez-le.',
		notOpen: (status: string) =>
			`La demande est « ${status.toLowerCase()} » : son issue ne peut pas être notée.`,
		notReopenable: (status: string) =>
			`La demande est « ${status.toLowerCase()} » : elle ne peut pas être rouverte.`
	},
	/** One outcome in a line: « Solution trouvée : micro-crèche » or « Pas de solution : trop loin ». */
	summaryFound: (kind: string) => `Solution trouvée : ${kind.toLowerCase()}`,
	summaryNotFound: (reason: string) => `Pas de solution : ${reason.toLowerCase()}`
};
