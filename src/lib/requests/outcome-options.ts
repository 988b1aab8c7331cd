/**
 * What a request ends with, as codes shared by the forms, the database enums and the
 * observatory. Client-safe: no server import.
 */

/** The kind of care the family found (DOMAIN: outcomes by kind of care). */
export const careFoundKinds = [
	'childminder_home',
	'mam',
	'creche',
	'micro_creche',
	'creche_familiale',
	'home_carer',
	'shared_home_carer',
	'periscolaire',
	'family_arrangement',
	'other'
] as const;
export type CareFoundKind = (typeof careFoundKinds)[number];

/**
 * Why no solution was found. `no_longer_needed` is what a family answers to a follow-up
 * when the need went away; an animator may record it too.
 */
export const noSolutionReasons = [
	'no_place_at_hours',
	'too_far',
	'too_expensive',
	'no_place_for_age',
	'disability_not_accommodated',
	'family_gave_up',
	'moved_away',
	'unreachable',
	'no_longer_needed',
	'other'
] as const;
export type NoSolutionReason = (typeof noSolutionReasons)[number];

/** Who recorded an outcome: the relay, or the family answering a follow-up. */
export const outcomeSources = ['relay', 'family'] as const;
export type OutcomeSource = (typeof outcomeSources)[number];

/** Days after the first appointment held when the family is asked how it went. */
export const followUpStages = [30, 90] as const;
export type FollowUpStage = (typeof followUpStages)[number];

/** The family's one-click answers to a follow-up. */
export const followUpAnswers = ['found', 'still_looking', 'no_longer_needed'] as const;
export type FollowUpAnswer = (typeof followUpAnswers)[number];

/** Why a request's personal data were erased. */
export const anonymisationCauses = ['retention', 'family', 'desk'] as const;
export type AnonymisationCause = (typeof anonymisationCauses)[number];

/** Why the relay closed a request without an outcome (`childcare_requests.closure_reason`). */
export const relayClosureReasons = [
	'unreachable',
	'duplicate',
	'out_of_territory',
	'other'
] as const;
export type RelayClosureReason = (typeof relayClosureReasons)[number];
