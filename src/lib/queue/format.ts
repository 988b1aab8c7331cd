import { m } from '$lib/i18n';
import type { AgeAtStart } from './child-age';
import type { Countdown } from './countdown';
import { formatTime } from '$lib/format/times';

/** The words of the queue and request pages for ages and the countdown. */
const t = m.queue;

export function countdownWords(countdown: Countdown): string {
	switch (countdown.state) {
		case 'met':
			return t.countdown.met;
		case 'closed':
			return t.countdown.closed;
		case 'remaining':
			return t.countdown.remaining(countdown.days);
		case 'due_today':
			return t.countdown.dueToday(formatTime(countdown.deadline));
		case 'overdue':
			return countdown.days === 0
				? t.countdown.overdueToday(formatTime(countdown.deadline))
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
