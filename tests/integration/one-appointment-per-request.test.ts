import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointments } from '../../src/lib/server/db/schema';
import { pgErrorCode } from '../../src/lib/server/db/errors';
import { bookAppointment } from '../../src/lib/server/appointments/book-appointment';
import { chooseOfferedSlot, offerSlots } from '../../src/lib/server/appointments/offer-slots';
import { createTestDatabase, type TestDatabase } from './test-database';
import { auditEntriesOf, eventsOf, requestRow } from './queue-fixtures';
import {
	appointmentsOf,
	invitationsTo,
	makeBookingRelay,
	slotAt,
	takenRequest,
	at,
	BOOKING_ARRIVAL as arrival,
	BOOKING_NOW as now
} from './booking-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

describe('one booked appointment per request', () => {
	it('the database refuses a second booked appointment for a request (23505), not a cancelled one', async () => {
		const { relay, animator, request } = await makeBookingRelay(t.db, arrival);
		const row = (startsAt: Date, status: 'booked' | 'cancelled') => ({
			relayId: relay.id,
			requestId: request.id,
			animatorId: animator.id,
			kind: 'phone' as const,
			phone: '0600000000',
			startsAt,
			endsAt: new Date(startsAt.getTime() + 45 * 60_000),
			status,
			icalUid: `${crypto.randomUUID()}@guichet`
		});
		await t.db.insert(appointments).values(row(at('2027-03-03T09:00:00Z'), 'booked'));
		await t.db.insert(appointments).values(row(at('2027-03-03T10:00:00Z'), 'cancelled'));
		const second = t.db.insert(appointments).values(row(at('2027-03-03T11:00:00Z'), 'booked'));
		const error = await second.then(
			() => null,
			(err: unknown) => err
		);
		expect(pgErrorCode(error)).toBe('23505');
		expect(await appointmentsOf(t.db, request.id)).toHaveLength(2);
	});

	it('a second booking moves the first: one appointment, the same UID, SEQUENCE 1, an updated invitation', async () => {
		const { animator, commune, request } = await makeBookingRelay(t.db, arrival);
		const first = slotAt(animator.id, at('2027-03-04T09:00:00Z'));
		const second = slotAt(animator.id, at('2027-03-05T14:00:00Z'));
		const booked = await bookAppointment(t.db, animator, { requestId: request.id, ...first }, now);
		const moved = await bookAppointment(t.db, animator, { requestId: request.id, ...second }, now);
		if (!booked.ok || !moved.ok) throw new Error('a booking was refused');
		expect(booked.moved).toBe(false);
		expect(moved).toEqual({ ok: true, appointment: booked.appointment, moved: true });

		const rows = await appointmentsOf(t.db, request.id);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			status: 'booked',
			startsAt: second.startsAt,
			icalUid: booked.appointment.icalUid,
			icalSequence: 1
		});
		const invitations = await invitationsTo(t.db, request.email);
		expect(invitations.sort((a, b) => a.sequence - b.sequence)).toEqual([
			{ uid: booked.appointment.icalUid, sequence: 0, method: 'REQUEST' },
			{ uid: booked.appointment.icalUid, sequence: 1, method: 'REQUEST' }
		]);
		expect((await eventsOf(t.db, request.id)).map((e) => e.kind)).toContain(
			'appointment_rescheduled'
		);
		expect(
			await auditEntriesOf(t.db, booked.appointment.id, 'appointment.rescheduled')
		).toHaveLength(1);
		expect((await requestRow(t.db, request.id)).status).toBe('appointment_booked');

		// The first time is free again for another family.
		const other = await takenRequest(t.db, commune.inseeCode, animator.id, arrival);
		expect((await bookAppointment(t.db, animator, { requestId: other.id, ...first }, now)).ok).toBe(
			true
		);
	});

	it('the family choosing an offered slot while an appointment is booked moves that appointment there', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival);
		const booked = await bookAppointment(
			t.db,
			animator,
			{ requestId: request.id, ...slotAt(animator.id, at('2027-03-04T09:00:00Z')) },
			now
		);
		if (!booked.ok) throw new Error(booked.refusal);
		const offer = [
			slotAt(animator.id, at('2027-03-08T09:00:00Z')),
			slotAt(animator.id, at('2027-03-08T10:00:00Z')),
			slotAt(animator.id, at('2027-03-09T09:00:00Z'))
		];
		const offered = await offerSlots(t.db, animator, request.id, offer, now);
		if (!offered.ok) throw new Error(offered.refusal);
		const chosen = (await appointmentsOf(t.db, request.id)).find(
			(row) => row.status === 'offered' && row.startsAt.getTime() === offer[1]?.startsAt.getTime()
		);
		if (!chosen) throw new Error('no offered row');

		expect(await chooseOfferedSlot(t.db, request.token, chosen.id, now)).toEqual({
			ok: true,
			appointmentId: booked.appointment.id
		});
		const rows = await appointmentsOf(t.db, request.id);
		expect(rows.filter((row) => row.status === 'booked')).toEqual([
			expect.objectContaining({
				id: booked.appointment.id,
				startsAt: offer[1]?.startsAt,
				icalSequence: 1
			})
		]);
		expect(rows.filter((row) => row.status === 'offered')).toHaveLength(0);
		const invitations = await invitationsTo(t.db, request.email);
		expect(invitations.map((i) => [i.uid, i.sequence]).sort()).toEqual([
			[booked.appointment.icalUid, 0],
			[booked.appointment.icalUid, 1]
		]);
	});
});
