import type {
	CareFoundKind,
	FollowUpAnswer,
	NoSolutionReason,
	OutcomeSource
} from '$lib/requests/outcome-options';

/**
 * Texts of a request's outcome that a family reads too: the kinds of care found, the reasons
 * none was, the answers to a follow-up (its tracking page, the follow-up page, its data page).
 * Staff texts (recording an outcome) are in `outcomes-staff.ts`.
 */
export const outcomes = {
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
	followUpAnswers: {
		found: 'Nous avons trouvé un mode d’accueil',
		still_looking: 'Nous cherchons encore',
		no_longer_needed: 'Nous n’avons plus besoin d’accueil'
	} satisfies Record<FollowUpAnswer, string>
};
