import { monthsBetween } from '$lib/time/calendar-date';

/**
 * A child's age on the desired start date: what decides which care fits (a crèche section, a
 * childminder's licence by age). A child expected after that date is "not born yet".
 */
export type AgeAtStart =
	| { kind: 'unborn' }
	| { kind: 'months'; months: number }
	| { kind: 'years'; years: number; months: number };

/** Under two years, ages are said in months, as families and relays say them. */
const MONTHS_UNTIL_YEARS = 24;

export function ageAtStart(
	child: { birthDate: string | null; expectedBirthDate: string | null },
	desiredStart: string
): AgeAtStart {
	const born = child.birthDate ?? child.expectedBirthDate;
	if (!born || born > desiredStart) return { kind: 'unborn' };
	const months = monthsBetween(born, desiredStart);
	if (months < MONTHS_UNTIL_YEARS) return { kind: 'months', months };
	return { kind: 'years', years: Math.floor(months / 12), months: months % 12 };
}
