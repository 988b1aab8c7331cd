import { m } from '$lib/i18n';
import type { AgeAtStart } from './child-age';
import type { Countdown } from './countdown';
import { parisClock, parisDate } from './paris-time';

/** The words of the queue and request pages for dates, ages and the countdown. */
const t = m.queue;

export function parisTime(instant: Date): string {
	const { hours, minutes } = parisClock(instant);
	return t.time(hours, minutes);
}

/** `24 mars 2027 à 10 h 00`. */
export const parisDateTime = (instant: Date) => `${parisDate(instant)} à ${parisTime(instant)}`;

export function countdownWords(countdown: Countdown): string {
	switch (countdown.state) {
		case 'met':
			return t.countdown.met;
		case 'closed':
			return t.countdown.closed;
		case 'remaining':
			return t.countdown.remaining(countdown.days);
		case 'due_today':
			return t.countdown.dueToday(parisTime(countdown.deadline));
		case 'overdue':
			return countdown.days === 0
				? t.countdown.overdueToday(parisTime(countdown.deadline))
				: t.countdown.overdue(countdown.days);
	}
}

export function ageWords(age: AgeAtStart): string {
	switch (age.kind) {
		case 'unborn':
			return t.ages.unborn;
		case 'months':
			return t.ages.months(age.months);
		case 'years':
			return t.ages.years(age.years, age.months);
	}
}

export { parisDate };
