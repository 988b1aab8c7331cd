import { describe, expect, it } from 'vitest';
import { appointmentStandingWords, countdownWords } from './format';
import { requestStanding, type AppointmentFact } from './request-standing';

const now = new Date('2026-12-02T09:00:00Z');
const deadline = new Date('2026-12-04T09:00:00Z');
const appointment = (
	status: AppointmentFact['status'],
	startsAt: string,
	more: Partial<AppointmentFact> = {}
): AppointmentFact => ({
	status,
	startsAt: new Date(startsAt),
	kind: 'place',
	placeName: 'Maison de l’enfance',
	offerExpiresAt: null,
	...more
});

describe('where a request stands: one status, and beside it only what it does not say', () => {
	it('a held appointment is said once, by the status: no "Rendez-vous pris" beside it', () => {
		const standing = requestStanding(
			'appointment_held',
			{ state: 'met' },
			[appointment('attended', '2026-11-30T09:00:00Z')],
			now
		);
		expect(standing).toEqual({ status: 'appointment_held', countdown: null, appointment: null });
	});

	it('a booked appointment adds its date and its way', () => {
		const standing = requestStanding(
			'appointment_booked',
			{ state: 'met' },
			[
				appointment('cancelled', '2026-12-01T09:00:00Z'),
				appointment('booked', '2026-12-03T09:00:00Z')
			],
			now
		);
		expect(standing.countdown).toBeNull();
		expect(standing.appointment && appointmentStandingWords(standing.appointment)).toBe(
			'le 3 décembre 2026 à 10 h 00, au relais (Maison de l’enfance)'
		);
	});

	it('after one held, the next booked appointment is said as the next one', () => {
		const { appointment: next } = requestStanding(
			'appointment_held',
			{ state: 'met' },
			[
				appointment('attended', '2026-11-30T09:00:00Z'),
				appointment('booked', '2026-12-07T14:00:00Z', { kind: 'phone', placeName: null })
			],
			now
		);
		expect(next && appointmentStandingWords(next)).toBe(
			'prochain rendez-vous le 7 décembre 2026 à 15 h 00, par téléphone'
		);
	});

	it('"Rendez-vous fixé" with nothing booked says the appointment was missed or cancelled', () => {
		const missed = requestStanding(
			'appointment_booked',
			{ state: 'met' },
			[
				appointment('cancelled', '2026-11-25T09:00:00Z'),
				appointment('no_show', '2026-11-27T09:00:00Z')
			],
			now
		).appointment;
		expect(missed && appointmentStandingWords(missed)).toBe(
			'famille absente au rendez-vous du 27 novembre 2026 à 10 h 00 : à rappeler'
		);
		const cancelled = requestStanding(
			'appointment_booked',
			{ state: 'met' },
			[appointment('cancelled', '2026-11-28T09:00:00Z')],
			now
		).appointment;
		expect(cancelled && appointmentStandingWords(cancelled)).toBe(
			'rendez-vous du 28 novembre 2026 à 10 h 00 annulé : à fixer de nouveau'
		);
	});

	it('before any appointment: the countdown runs, and slots still held for the family are said', () => {
		const standing = requestStanding(
			'in_progress',
			{ state: 'remaining', days: 2, deadline },
			[
				appointment('offered', '2026-12-03T09:00:00Z', {
					offerExpiresAt: new Date('2026-12-04T08:00:00Z')
				}),
				appointment('offered', '2026-12-03T10:00:00Z', {
					offerExpiresAt: new Date('2026-12-04T08:00:00Z')
				}),
				appointment('offered', '2026-11-20T10:00:00Z', {
					offerExpiresAt: new Date('2026-11-22T08:00:00Z')
				})
			],
			now
		);
		expect(standing.countdown && countdownWords(standing.countdown)).toBe('Reste 2 jours');
		expect(standing.appointment && appointmentStandingWords(standing.appointment)).toBe(
			'2 créneaux proposés à la famille, réservés jusqu’au 4 décembre 2026 à 9 h 00'
		);
	});

	it('a closed request says its status only', () => {
		expect(
			requestStanding(
				'closed_without_solution',
				{ state: 'closed' },
				[appointment('attended', '2026-11-30T09:00:00Z')],
				now
			)
		).toEqual({ status: 'closed_without_solution', countdown: null, appointment: null });
	});
});
