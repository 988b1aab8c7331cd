import { describe, expect, it } from 'vitest';
import { answerRecordOutcome, answerReopen } from './outcome-answers';

const noPlace = { found: false, reason: 'no_place_at_hours' } as const;

describe('the answers of the outcome’s actions', () => {
	it('announce the outcome recorded, in words', () => {
		expect(
			answerRecordOutcome({ ok: true, reference: 'VO-2026-00001' }, noPlace, {})
		).toMatchObject({
			action: 'recordOutcome',
			done: 'Issue enregistrée (pas de solution : pas de place aux horaires demandés) : la demande est close.'
		});
	});

	it('refuse with 409 and a French message while an appointment is booked', () => {
		const answer = answerRecordOutcome(
			{ ok: false, refusal: 'appointment_booked', current: 'appointment_booked' },
			noPlace,
			{ from: 'appointment_booked' }
		);
		expect(answer).toMatchObject({
			status: 409,
			data: {
				action: 'recordOutcome',
				message: 'Un rendez-vous est prévu : notez d’abord s’il a eu lieu ou annulez-le.'
			}
		});
	});

	it('refuse a reopening of a request closed otherwise with 409', () => {
		expect(
			answerReopen({ ok: false, refusal: 'not_reopenable', current: 'closed_by_relay' })
		).toMatchObject({
			status: 409,
			data: { action: 'reopen', message: expect.stringMatching(/rouverte/) }
		});
	});

	it('answer 404 for another relay’s request', () => {
		expect(() => answerReopen({ ok: false, refusal: 'not_found' })).toThrow();
		expect(() => answerRecordOutcome({ ok: false, refusal: 'not_found' }, noPlace, {})).toThrow();
	});
});
