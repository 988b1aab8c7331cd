import { randomInt } from 'node:crypto';
import { addDays } from '../../src/lib/time/calendar-date';
import { parisDate, parisToUtc } from '../../src/lib/time/paris';
import { bookAppointment } from '../../src/lib/server/appointments/book-appointment';
import { markAppointmentOutcome } from '../../src/lib/server/appointments/change-appointment';
import type { Database } from '../../src/lib/server/db/types';
import { logContact } from '../../src/lib/server/queue/contact-log';
import { addNote } from '../../src/lib/server/queue/request-notes';
import { takeRequest } from '../../src/lib/server/queue/take-next';
import { transferRequest } from '../../src/lib/server/queue/transfer-request';
import { transitionRequest } from '../../src/lib/server/queue/transition-request';
import { recordOutcome } from '../../src/lib/server/requests/outcomes/record-outcome';
import { cancelRequestByFamily } from '../../src/lib/server/requests/tracking';
import { makeBookingRelay, slotAt } from './booking-fixtures';
import { makeQueueRelay, receiveRequest } from './queue-fixtures';
import { submitRequest } from './request-fixtures';

/**
 * A request whose every personal field holds a marker of its own, for the tests that prove
 * an erasure leaves none (retention) or a download holds all (the family's rights). The
 * request goes through the real domain functions, so every copy the code makes (events, audit
 * entries, mails) is made as in life:
 *
 * received in relay A → transferred to relay B (reason) → taken out of turn in B (reason) →
 * internal note, contact-log note → phone appointment booked (number, mail) → closed by the
 * family (comment), by the relay (comment), with an outcome once the appointment is held
 * (micro-crèche found), or left open.
 */
export interface RequestMarkers {
	parentNames: string;
	email: string;
	phone: string;
	contactTimes: string;
	homeLanguage: string;
	comment: string;
	/** Dates, as the database writes them: erased from the children, never in text columns. */
	birthDate: string;
	expectedBirthDate: string;
	note: string;
	contactNote: string;
	/** The family's cancellation details or the relay's closure comment; null when left open. */
	closingComment: string | null;
	outOfTurnReason: string;
	transferReason: string;
	appointmentPhone: string;
}

/** Closed by the family, by the relay, with an outcome after the appointment held, or open. */
export type MarkedClosing = 'family' | 'relay' | 'outcome' | 'open';

let marked = 0;

const digits = (n: number) =>
	String(randomInt(0, 10 ** n))
		.padStart(n, '0')
		.slice(0, n);

/** The markers of a request: `tag` makes them distinct from any other request's. */
function markersOf(tag: string, n: number, closing: MarkedClosing): RequestMarkers {
	const day = String((n % 28) + 1).padStart(2, '0');
	return {
		parentNames: `${tag}-nom-des-parents`,
		email: `${tag.toLowerCase()}-courriel@exemple.test`,
		phone: `+336${digits(8)}`,
		contactTimes: `${tag}-horaires-de-contact`,
		homeLanguage: `${tag}-langue`,
		comment: `${tag}-commentaire-famille`,
		birthDate: `2025-0${(n % 9) + 1}-${day}`,
		expectedBirthDate: `2027-02-${day}`,
		note: `${tag}-note-interne`,
		contactNote: `${tag}-note-appel`,
		closingComment:
			closing === 'open' || closing === 'outcome' ? null : `${tag}-commentaire-cloture`,
		outOfTurnReason: `${tag}-motif-hors-tour`,
		transferReason: `${tag}-motif-transfert`,
		appointmentPhone: `+337${digits(8)}`
	};
}

/** Text markers (dates aside): what a scan of text and JSON columns looks for. */
export const textMarkersOf = (markers: RequestMarkers): string[] =>
	[
		markers.parentNames,
		markers.email,
		markers.phone,
		markers.contactTimes,
		markers.homeLanguage,
		markers.comment,
		markers.note,
		markers.contactNote,
		markers.closingComment,
		markers.outOfTurnReason,
		markers.transferReason,
		markers.appointmentPhone
	].filter((marker): marker is string => marker !== null);

const MINUTE = 60_000;
/** Monday 1 March 2027, 10:00 in Paris: the flow runs that morning. */
const DEFAULT_ARRIVAL = new Date('2027-03-01T09:00:00Z');
/** Two days after arrival, 9:45 in Paris: a phone slot of the booking relay's grid. */
const appointmentAfter = (receivedAt: Date) =>
	parisToUtc(addDays(parisDate(receivedAt), 2), '09:45');

export async function makeMarkedRequest(
	db: Database,
	options: { closing?: MarkedClosing; receivedAt?: Date } = {}
) {
	marked += 1;
	const closing = options.closing ?? 'family';
	const tag = `MRK${String(marked).padStart(3, '0')}X${digits(4)}`;
	const markers = markersOf(tag, marked, closing);
	const receivedAt = options.receivedAt ?? DEFAULT_ARRIVAL;
	const step = (minutes: number) => new Date(receivedAt.getTime() + minutes * MINUTE);

	const from = await makeQueueRelay(db, `Relais départ ${tag}`);
	const to = await makeBookingRelay(db, step(-60), `Relais arrivée ${tag}`);
	// An older request waiting in B makes the take out of turn.
	await receiveRequest(db, to.commune.inseeCode, step(-30));

	const sent = await submitRequest(
		db,
		from.commune.inseeCode,
		{
			contact: {
				parentNames: markers.parentNames,
				email: markers.email,
				phone: markers.phone,
				appointmentMode: 'phone',
				contactTimes: markers.contactTimes,
				homeLanguage: markers.homeLanguage
			},
			children: [
				{ birthDate: markers.birthDate, expectedBirthDate: null, needsSupport: true },
				{ birthDate: null, expectedBirthDate: markers.expectedBirthDate, needsSupport: null }
			],
			comment: markers.comment
		},
		{ now: receivedAt }
	);
	const id = sent.requestId;
	const must = <T extends { ok: boolean }>(result: T, what: string): Extract<T, { ok: true }> => {
		if (!result.ok) throw new Error(`marked request: ${what} refused (${JSON.stringify(result)})`);
		return result as Extract<T, { ok: true }>;
	};

	must(
		await transferRequest(db, from.admin, id, to.relay.id, markers.transferReason, step(1)),
		'transfer'
	);
	must(await takeRequest(db, to.animator, id, markers.outOfTurnReason, step(2)), 'take');
	must(await addNote(db, to.animator, id, markers.note, step(3)), 'note');
	must(
		await logContact(
			db,
			to.animator,
			id,
			{ channel: 'call', outcome: 'reached', note: markers.contactNote },
			step(4)
		),
		'contact'
	);
	const booking = must(
		await bookAppointment(
			db,
			to.animator,
			{
				...slotAt(to.animator.id, appointmentAfter(receivedAt)),
				requestId: id,
				phone: markers.appointmentPhone
			},
			step(5)
		),
		'booking'
	);
	if (closing === 'family') {
		must(
			await cancelRequestByFamily(
				db,
				sent.trackingToken,
				{ reason: 'other', details: markers.closingComment ?? '' },
				step(6)
			),
			'cancellation'
		);
	} else if (closing === 'outcome') {
		const heldAt = new Date(appointmentAfter(receivedAt).getTime() + 60 * MINUTE);
		must(
			await markAppointmentOutcome(db, to.animator, booking.appointment.id, 'attended', heldAt),
			'appointment held'
		);
		must(
			await recordOutcome(
				db,
				to.animator,
				{
					requestId: id,
					expectedFrom: 'appointment_held',
					facts: {
						found: true,
						careKind: 'micro_creche',
						startDate: addDays(parisDate(receivedAt), 30),
						fromRelayList: true
					}
				},
				new Date(heldAt.getTime() + 60 * MINUTE)
			),
			'outcome'
		);
	} else if (closing === 'relay') {
		must(
			await transitionRequest(
				db,
				to.animator,
				id,
				'closed_by_relay',
				{ reason: 'other', comment: markers.closingComment ?? '' },
				step(6)
			),
			'closure'
		);
	}
	return {
		id,
		reference: sent.reference,
		trackingToken: sent.trackingToken,
		relay: to.relay,
		fromRelay: from.relay,
		animator: to.animator,
		admin: to.admin,
		markers
	};
}

export type MarkedRequest = Awaited<ReturnType<typeof makeMarkedRequest>>;
