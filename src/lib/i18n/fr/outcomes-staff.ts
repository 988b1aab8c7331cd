import type { FollowUpStage } from '$lib/requests/outcome-options';

/**
 * Texts of recording a request's outcome on the staff request page. French only; the family's
 * part is in `outcomes.ts`. The staff catalogue merges both under `m.outcomes`.
 */
export const outcomesStaff = {
	fromRelayList: { yes: 'Oui', no: 'Non', unknown: 'Ne sait pas' },
	followUpStage: (stage: FollowUpStage) => `suivi à ${stage} jours`,
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
