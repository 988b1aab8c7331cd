import { careKinds, requestChannels } from '$lib/childcare-request-options';
import { ageBands } from '$lib/requests/age-band';
import { careFoundKinds, noSolutionReasons } from '$lib/requests/outcome-options';

/*
 * What the observatory counts: each measure splits requests (or places) into categories.
 * `observatory_counts` holds one row per month, commune, measure and category; every table,
 * chart and export is cut from those rows once protected (server/observatory). A request is
 * counted in the month it was received (a cohort: its appointment and outcome count with it),
 * in the commune where the family lives. Duplicates are not demand: they are never counted.
 * Every measure is counted per territory (deployment, relay, EPCI); the measures of
 * `communeMeasures` per commune too.
 */

const yesNo = ['yes', 'no'] as const;

/** Days from a request to its first appointment held: one category per day up to 60. */
export const MAX_COUNTED_DAYS = 60;
const dayBuckets = [
	...Array.from({ length: MAX_COUNTED_DAYS + 1 }, (_, day) => String(day)),
	'over',
	'none'
] as const;

/** Weeks from a request to its solution (outcome found): `w0` (days 0–6) up to a year. */
export const MAX_SOLUTION_WEEKS = 52;
const solutionWeekBuckets = [
	...Array.from({ length: MAX_SOLUTION_WEEKS + 1 }, (_, week) => `w${week}`),
	'over'
] as const;

/** Where a request stands: a solution, none, closed without an outcome, or still open. */
export const outcomeStates = ['found', 'none', 'closed', 'open'] as const;

/** The slots the tension compares: open requests needing them, free places offering them. */
export const tensionSlots = [
	'any',
	'weekday',
	'early',
	'late',
	'saturday',
	'sunday',
	'night'
] as const;
export type TensionSlot = (typeof tensionSlots)[number];

export const atypicalKinds = ['early', 'late', 'saturday', 'sunday', 'night'] as const;

/**
 * Every measure and its categories. `exclusive`: each request is in exactly one category (the
 * categories add up to `of`'s category). `binary` measures are yes/no per request. `of`
 * names the measure and category whose requests this one splits (default: all requests).
 * `snapshot`: counted now, not by month received (the refresh's month).
 */
export const observatoryMeasures = {
	requests: { categories: ['all'] as const, kind: 'total' },
	channel: { categories: requestChannels, kind: 'exclusive' },
	/** The youngest child's age band at the desired start. */
	age_band: { categories: ageBands, kind: 'exclusive' },
	children: { categories: ['1', '2', '3_plus'] as const, kind: 'exclusive' },
	/** Months between the request and the desired start. */
	lead_time: {
		categories: ['under_1m', 'm1_2', 'm3_5', 'm6_8', 'm9_plus'] as const,
		kind: 'exclusive'
	},
	weekly_hours: {
		categories: ['variable', 'under_20', 'h20_34', 'h35_44', 'h45_plus'] as const,
		kind: 'exclusive'
	},
	weekly_days: {
		categories: ['variable', 'd1_2', 'd3', 'd4', 'd5', 'd6_7'] as const,
		kind: 'exclusive'
	},
	atypical: { categories: yesNo, kind: 'binary' },
	atypical_early: { categories: yesNo, kind: 'binary' },
	atypical_late: { categories: yesNo, kind: 'binary' },
	atypical_saturday: { categories: yesNo, kind: 'binary' },
	atypical_sunday: { categories: yesNo, kind: 'binary' },
	atypical_night: { categories: yesNo, kind: 'binary' },
	periscolaire: { categories: yesNo, kind: 'binary' },
	...Object.fromEntries(
		careKinds.map((kind) => [`care_kind_${kind}`, { categories: yesNo, kind: 'binary' }])
	),
	/** A child with a disability or special needs (health datum: yearly, whole territory). */
	disability: { categories: ['yes', 'no', 'unknown'] as const, kind: 'exclusive' },
	first_appointment_days: { categories: dayBuckets, kind: 'exclusive' },
	list_given: { categories: yesNo, kind: 'binary' },
	outcome: { categories: outcomeStates, kind: 'exclusive' },
	found_kind: { categories: careFoundKinds, kind: 'exclusive', of: ['outcome', 'found'] },
	no_solution_reason: {
		categories: noSolutionReasons,
		kind: 'exclusive',
		of: ['outcome', 'none']
	},
	solution_weeks: { categories: solutionWeekBuckets, kind: 'exclusive', of: ['outcome', 'found'] },
	outcome_atypical: { categories: outcomeStates, kind: 'exclusive', of: ['atypical', 'yes'] },
	outcome_disability: { categories: outcomeStates, kind: 'exclusive', of: ['disability', 'yes'] },
	tension_open: { categories: tensionSlots, kind: 'snapshot' },
	tension_free: { categories: tensionSlots, kind: 'snapshot' },
	childminders: { categories: ['active', 'up_to_date'] as const, kind: 'snapshot' },
	/** The communes of each territory at the refresh (category: the INSEE code; n = 1). */
	territory_commune: { categories: [], kind: 'snapshot' }
} as const satisfies Record<string, MeasureDefinition>;

/** The measures also counted per commune (the others only per relay, EPCI and deployment). */
export const communeMeasures = [
	'requests',
	'tension_open',
	'tension_free',
	'childminders'
] as const;

export interface MeasureDefinition {
	categories: readonly string[];
	kind: 'total' | 'exclusive' | 'binary' | 'snapshot';
	of?: readonly [string, string];
}

export type MeasureName =
	| 'requests'
	| 'channel'
	| 'age_band'
	| 'children'
	| 'lead_time'
	| 'weekly_hours'
	| 'weekly_days'
	| 'atypical'
	| `atypical_${(typeof atypicalKinds)[number]}`
	| 'periscolaire'
	| `care_kind_${(typeof careKinds)[number]}`
	| 'disability'
	| 'first_appointment_days'
	| 'list_given'
	| 'outcome'
	| 'found_kind'
	| 'no_solution_reason'
	| 'solution_weeks'
	| 'outcome_atypical'
	| 'outcome_disability'
	| 'tension_open'
	| 'tension_free'
	| 'childminders';

export const measureDefinition = (measure: MeasureName): MeasureDefinition =>
	(observatoryMeasures as Record<string, MeasureDefinition>)[measure] as MeasureDefinition;
