import { m } from '$lib/i18n';
import type { AgeAtStart } from './child-age';
import type { RunningCountdown } from './countdown';
import type { AppointmentStanding } from './request-standing';
import { formatDateTime } from '$lib/format/dates';
import { formatTime } from '$lib/format/times';

/** The words of the queue and request pages for ages and the countdown. */
const t = m.queue;

export function countdownWords(countdown: RunningCountdown): string {
	switch (countdown.state) {
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

/**
 * What the appointment adds beside the request's status: its date and way ("jeudi…" for
 * "Rendez-vous fixé"; "prochain rendez-vous…" after one held), the slots offered, or that it
 * was missed or cancelled.
 */
export function appointmentStandingWords(appointment: AppointmentStanding): string {
	const w = t.request.appointment;
	const when = (at: Date) => formatDateTime(at);
	switch (appointment.state) {
		case 'offered':
			return w.offered(appointment.count, when(appointment.until));
		case 'booked':
			return (appointment.next ? w.next : w.booked)(
				when(appointment.startsAt),
				appointment.kind === 'phone' ? w.byPhone : w.atPlace(appointment.placeName ?? '')
			);
		case 'missed':
			return w.missed(when(appointment.startsAt));
		case 'cancelled':
			return w.cancelled(when(appointment.startsAt));
	}
}
