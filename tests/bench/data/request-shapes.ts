import type { CareKind, WeeklySchedule } from '../../../src/lib/childcare-request-options';
import { deriveAtypicalFlags } from '../../../src/lib/requests/atypical-hours';
import { CARE_KINDS, REASONS } from '../../../src/lib/server/seed/demo-request-outcomes';
import {
	asciiSlug,
	COMMENTS,
	CONTACT_TIMES,
	FIRST_NAMES,
	LANGUAGES,
	LAST_NAMES
} from '../../../src/lib/server/seed/demo-request-words';
import { literal, textArray } from './sql-tools';

/**
 * The shapes the requests are drawn among, as SQL: the families' weekly needs (with the
 * atypical flags the app's own rule derives from them), the kinds of care they consider, and
 * the demo's words. The set-based statements pick among them by a draw.
 */
const week = (
	days: readonly (keyof WeeklySchedule)[],
	start: string,
	end: string,
	extra: Partial<WeeklySchedule> = {}
): WeeklySchedule => {
	const schedule: WeeklySchedule = {
		mon: null,
		tue: null,
		wed: null,
		thu: null,
		fri: null,
		sat: null,
		sun: null
	};
	for (const day of days) schedule[day] = { start, end };
	return { ...schedule, ...extra };
};
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

interface NeedShape {
	/** Cumulative share: a draw below it (and above the previous) picks this shape. */
	upTo: number;
	schedule: WeeklySchedule;
	variable: boolean;
	occasional: boolean;
}

const needs: NeedShape[] = [
	{ upTo: 0.25, schedule: week(weekdays, '08:00', '17:30'), variable: false, occasional: false },
	{
		upTo: 0.45,
		schedule: week(['mon', 'tue', 'thu', 'fri'], '08:30', '18:00'),
		variable: false,
		occasional: false
	},
	{ upTo: 0.57, schedule: week(weekdays, '07:30', '18:30'), variable: false, occasional: false },
	{
		upTo: 0.65,
		schedule: week(['mon', 'tue', 'thu'], '08:00', '17:00'),
		variable: false,
		occasional: false
	},
	{ upTo: 0.75, schedule: week(weekdays, '06:00', '16:00'), variable: false, occasional: false },
	{
		upTo: 0.83,
		schedule: week(weekdays, '09:00', '20:00', { sat: { start: '08:00', end: '13:00' } }),
		variable: false,
		occasional: false
	},
	{
		upTo: 0.86,
		schedule: week(['mon', 'tue', 'wed', 'thu'], '21:00', '07:00'),
		variable: false,
		occasional: false
	},
	{ upTo: 0.89, schedule: week([], '00:00', '00:00'), variable: true, occasional: false },
	{ upTo: 1, schedule: week(['tue', 'fri'], '09:00', '17:00'), variable: false, occasional: true }
];

/** SQL: a VALUES table `need(n, up_to, schedule, variable, occasional, early, late, saturday, sunday, night)`. */
export const needsSql = (): string =>
	`(values ${needs
		.map((need, n) => {
			const flags = deriveAtypicalFlags(need.schedule);
			return `(${n}, ${need.upTo}::float8, ${literal(JSON.stringify(need.schedule))}::jsonb, ${need.variable}, ${need.occasional}, ${flags.early}, ${flags.late}, ${flags.saturday}, ${flags.sunday}, ${flags.night})`;
		})
		.join(', ')}) as need(n, up_to, schedule, variable, occasional, early, late, saturday, sunday, night)`;

const careChoices: { upTo: number; kinds: CareKind[] }[] = [
	{ upTo: 0.3, kinds: ['childminder_home'] },
	{ upTo: 0.5, kinds: ['childminder_home', 'creche'] },
	{ upTo: 0.6, kinds: ['creche', 'micro_creche'] },
	{ upTo: 0.75, kinds: ['childminder_home', 'mam'] },
	{ upTo: 0.85, kinds: ['no_preference'] },
	{ upTo: 0.9, kinds: ['mam'] },
	{ upTo: 0.95, kinds: ['creche'] },
	{ upTo: 1, kinds: ['home_carer', 'shared_home_carer'] }
];

/** SQL: a VALUES table `care(up_to, kinds)`. */
export const careSql = (): string =>
	`(values ${careChoices
		.map((choice) => `(${choice.upTo}::float8, ${textArray(choice.kinds)})`)
		.join(', ')}) as care(up_to, kinds)`;

export const words = {
	firstNames: { sql: textArray(FIRST_NAMES), length: FIRST_NAMES.length },
	firstSlugs: { sql: textArray(FIRST_NAMES.map(asciiSlug)), length: FIRST_NAMES.length },
	lastNames: { sql: textArray(LAST_NAMES), length: LAST_NAMES.length },
	lastSlugs: { sql: textArray(LAST_NAMES.map(asciiSlug)), length: LAST_NAMES.length },
	contactTimes: { sql: textArray(CONTACT_TIMES), length: CONTACT_TIMES.length },
	languages: { sql: textArray(LANGUAGES), length: LANGUAGES.length },
	comments: { sql: textArray(COMMENTS), length: COMMENTS.length },
	careFound: { sql: textArray(CARE_KINDS), length: CARE_KINDS.length },
	noSolution: { sql: textArray(REASONS), length: REASONS.length },
	cancelReasons: {
		sql: textArray(['found_elsewhere', 'found_elsewhere', 'no_longer_needed', 'other']),
		length: 4
	}
};
