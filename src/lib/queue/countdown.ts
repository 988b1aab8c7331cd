import { todayInParis } from '$lib/time/paris';
import { DAY_MS } from '$lib/time/durations';

/**
 * Where a request stands against the relay's appointment target (7 days by default), as a
 * person reads it: days are calendar days in Europe/Paris ("reste 3 jours" on Friday for a
 * Monday deadline), whatever the hour. The deadline itself comes from the database
 * (`appointmentDeadlineSql`), so that the queue's "overdue" filter and these words agree.
 */
export type Countdown =
	/** An appointment is booked or held: the target no longer runs (issue 5 measures it). */
	| { state: 'met' }
	/** The request is closed. */
	| { state: 'closed' }
	/** The deadline is on a later day; `days` ≥ 1. */
	| { state: 'remaining'; days: number; deadline: Date }
	/** The deadline is later today. */
	| { state: 'due_today'; deadline: Date }
	/** The deadline has passed; `days` ≥ 0 (0: earlier today). */
	| { state: 'overdue'; days: number; deadline: Date };

/** The target still runs: no appointment booked yet. */
export type RunningCountdown = Extract<Countdown, { deadline: Date }>;

export const isRunning = (countdown: Countdown): countdown is RunningCountdown =>
	'deadline' in countdown;

export type CountdownTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** Days since 1970-01-01 of a Paris calendar date. */
const dayNumber = (instant: Date) => Date.parse(`${todayInParis(instant)}T00:00:00Z`) / DAY_MS;

/** Paris calendar days from `from` to `to` (negative when `to` is on an earlier day). */
export function parisDaysBetween(from: Date, to: Date): number {
	return dayNumber(to) - dayNumber(from);
}

export function countdownTo(deadline: Date, now: Date): Countdown {
	if (now.getTime() >= deadline.getTime()) {
		return { state: 'overdue', days: parisDaysBetween(deadline, now), deadline };
	}
	const days = parisDaysBetween(now, deadline);
	return days === 0 ? { state: 'due_today', deadline } : { state: 'remaining', days, deadline };
}

/** The colour that goes with the words (never instead of them). */
export function countdownTone(countdown: Countdown): CountdownTone {
	switch (countdown.state) {
		case 'met':
			return 'success';
		case 'closed':
			return 'neutral';
		case 'remaining':
			return countdown.days > 2 ? 'info' : 'warning';
		case 'due_today':
			return 'warning';
		case 'overdue':
			return 'danger';
	}
}
