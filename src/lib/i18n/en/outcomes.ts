import type { outcomes as fr } from '../fr/outcomes';

/** Texts of a request's outcome that a family reads: see the French module. */
export const outcomes: typeof fr = {
	careKinds: {
		childminder_home: 'Childminder, at the childminder’s home',
		mam: 'Childminders’ house (MAM)',
		creche: 'Nursery (crèche)',
		micro_creche: 'Small nursery (micro-crèche)',
		creche_familiale: 'Childminder linked to a nursery (crèche familiale)',
		home_carer: 'Carer at home',
		shared_home_carer: 'Carer shared by two families',
		periscolaire: 'Care around school hours',
		family_arrangement: 'Family or friends',
		other: 'Other childcare'
	},
	reasons: {
		no_place_at_hours: 'No place at the hours asked for',
		too_far: 'Too far',
		too_expensive: 'Too expensive',
		no_place_for_age: 'No place for the child’s age',
		disability_not_accommodated: 'A child with a disability could not be welcomed',
		family_gave_up: 'The family stopped looking',
		moved_away: 'The family moved away',
		unreachable: 'The family could not be reached',
		no_longer_needed: 'Childcare no longer needed',
		other: 'Another reason'
	},
	sources: {
		relay: 'by the Relais',
		family: 'by the family'
	},
	followUpAnswers: {
		found: 'We have found childcare',
		still_looking: 'We are still looking',
		no_longer_needed: 'We do not need childcare any more'
	}
};
