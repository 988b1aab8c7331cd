import type { RequestStatus } from '$lib/childcare-request-options';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import { isRunning, type Countdown, type RunningCountdown } from './countdown';

/**
 * Where a request stands, as the request page says it: ONE status, in words, then only what
 * the status does not already say. The countdown to the 7-day target shows while it runs (no
 * appointment yet); once an appointment is booked the status says so ("Rendez-vous fixé",
 * "Rendez-vous tenu"), and the appointment only adds its date, or that it was missed or
 * cancelled (the request then stays "Rendez-vous fixé" for the relay to call back), or the
 * slots offered while the family chooses.
 */
export interface RequestStanding {
	status: RequestStatus;
	/** The time left to the target; null once an appointment is booked or the request closed. */
	countdown: RunningCountdown | null;
	appointment: AppointmentStanding | null;
}

export type AppointmentStanding =
	/** Slots offered to the family, held for them until `until` (the earliest hold). */
	| { state: 'offered'; count: number; until: Date }
	/** The booked appointment: the one of "Rendez-vous fixé", or the next after one held. */
	| {
			state: 'booked';
			startsAt: Date;
			kind: 'place' | 'phone';
			placeName: string | null;
			/** After an appointment held: the next one. */
			next: boolean;
	  }
	| { state: 'missed'; startsAt: Date }
	| { state: 'cancelled'; startsAt: Date };

/** What the standing needs to know of each of the request's appointments. */
export interface AppointmentFact {
	status: 'offered' | 'booked' | 'attended' | 'no_show' | 'cancelled' | 'released';
	startsAt: Date;
	kind: 'place' | 'phone';
	placeName: string | null;
	offerExpiresAt: Date | null;
}

export function requestStanding(
	status: RequestStatus,
	countdown: Countdown,
	appointments: readonly AppointmentFact[],
	now: Date
): RequestStanding {
	return {
		status,
		countdown: isRunning(countdown) ? countdown : null,
		appointment: isOpenRequestStatus(status) ? appointmentOf(status, appointments, now) : null
	};
}

function appointmentOf(
	status: RequestStatus,
	appointments: readonly AppointmentFact[],
	now: Date
): AppointmentStanding | null {
	const booked = appointments.find((a) => a.status === 'booked');
	if (booked && (status === 'appointment_booked' || status === 'appointment_held')) {
		const { startsAt, kind, placeName } = booked;
		return { state: 'booked', startsAt, kind, placeName, next: status === 'appointment_held' };
	}
	if (status === 'appointment_booked') {
		// No booked appointment left: the last one was missed or cancelled.
		const last = appointments
			.filter((a) => a.status === 'no_show' || a.status === 'cancelled')
			.reduce<AppointmentFact | null>(
				(latest, a) => (latest && latest.startsAt >= a.startsAt ? latest : a),
				null
			);
		if (!last) return null;
		return { state: last.status === 'no_show' ? 'missed' : 'cancelled', startsAt: last.startsAt };
	}
	if (status === 'received' || status === 'in_progress') {
		const held = appointments.filter(
			(a) => a.status === 'offered' && a.offerExpiresAt !== null && a.offerExpiresAt > now
		);
		const until = held.reduce<Date | null>(
			(earliest, a) =>
				a.offerExpiresAt && (!earliest || a.offerExpiresAt < earliest)
					? a.offerExpiresAt
					: earliest,
			null
		);
		return until ? { state: 'offered', count: held.length, until } : null;
	}
	return null;
}
