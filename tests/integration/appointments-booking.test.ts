import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appointments, childcareRequests } from '../../src/lib/server/db/schema';
import { pgErrorCode } from '../../src/lib/server/db/errors';
import { bookAppointment } from '../../src/lib/server/appointments/book-appointment';
import { firstAppointmentDelay } from '../../src/lib/server/appointments/appointment-request';
import { chooseOfferedSlot, offerSlots } from '../../src/lib/server/appointments/offer-slots';
import { releaseExpiredOffers } from '../../src/lib/server/appointments/release-expired-offers';
import {
	cancelAppointment,
	cancelByFamily,
	markAppointmentOutcome,
	rescheduleByFamily
} from '../../src/lib/server/appointments/change-appointment';
import { createTestDatabase, type TestDatabase } from './test-database';
import { runTogether } from './run-together';
import { auditEntriesOf, eventsOf, forceStatus, requestRow } from './queue-fixtures';
import {
	appointmentRow,
	appointmentsOf,
	mailsTo,
	makeBookingRelay,
	slotAt,
	takenRequest,
	at,
	BOOKING_ARRIVAL as arrival,
	BOOKING_NOW as now,
	HOUR
} from './booking-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const later = (base: Date, hours: number) => new Date(base.getTime() + hours * HOUR);

describe('the exclusion constraint', () => {
	it('rejects a direct overlapping insert for the same animator (23P01) and allows it once the first is cancelled', async () => {
		const { relay, animator, request } = await makeBookingRelay(t.db, arrival);
		const row = (uid: string, startsAt: Date) => ({
			relayId: relay.id,
			requestId: request.id,
			animatorId: animator.id,
			kind: 'phone' as const,
			phone: '0600000000',
			startsAt,
			endsAt: later(startsAt, 0.75),
			status: 'booked' as const,
			icalUid: `${uid}@guichet`
		});
		const [first] = await t.db
			.insert(appointments)
			.values(row(crypto.randomUUID(), at('2027-03-03T09:00:00Z')))
			.returning();
		if (!first) throw new Error('no first row');

		const overlapping = t.db
			.insert(appointments)
			.values(row(crypto.randomUUID(), at('2027-03-03T09:30:00Z')));
		const error = await overlapping.then(
			() => null,
			(err: unknown) => err
		);
		expect(pgErrorCode(error)).toBe('23P01');

		await t.db
			.update(appointments)
			.set({ status: 'cancelled' })
			.where(eq(appointments.id, first.id));
		await t.db.insert(appointments).values(row(crypto.randomUUID(), at('2027-03-03T09:30:00Z')));
		expect(await appointmentsOf(t.db, request.id)).toHaveLength(2);
	});
});

describe('booking by the animator', () => {
	it('books, moves the request to appointment booked with the delay, audits and mails the family', async () => {
		const { animator, request, place } = await makeBookingRelay(t.db, arrival);
		const startsAt = at('2027-03-05T13:00:00Z');
		const result = await bookAppointment(
			t.db,
			animator,
			{ requestId: request.id, ...slotAt(animator.id, startsAt, { placeId: place.id }) },
			now
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.appointment.icalUid).toMatch(/^[0-9a-f-]{36}@guichet$/);

		expect((await requestRow(t.db, request.id)).status).toBe('appointment_booked');
		const booked = (await eventsOf(t.db, request.id)).filter(
			(e) => e.kind === 'appointment_booked'
		);
		expect(booked).toHaveLength(1);
		expect(booked[0]).toMatchObject({
			visibleToFamily: true,
			actorId: animator.id,
			details: {
				from: 'in_progress',
				status: 'appointment_booked',
				daysFromArrival: 4,
				late: false
			}
		});
		expect(await auditEntriesOf(t.db, result.appointment.id, 'appointment.booked')).toHaveLength(1);
		expect(await auditEntriesOf(t.db, request.id, 'request.status_changed')).toHaveLength(1);
		expect(await mailsTo(t.db, request.email)).toHaveLength(2); // confirmation, then the booking
		expect(await firstAppointmentDelay(t.db, request.id)).toEqual({
			startsAt,
			daysFromArrival: 4,
			isLate: false
		});
	});

	it('counts a first appointment 8 days after arrival as late, and 6 days as not', async () => {
		const { animator, commune, request: early } = await makeBookingRelay(t.db, arrival);
		const late = await takenRequest(t.db, commune.inseeCode, animator.id, arrival);
		const book = (requestId: string, startsAt: Date) =>
			bookAppointment(t.db, animator, { requestId, ...slotAt(animator.id, startsAt) }, now);
		expect((await book(early.id, at('2027-03-07T09:00:00Z'))).ok).toBe(true);
		expect((await book(late.id, at('2027-03-09T09:00:00Z'))).ok).toBe(true);
		expect(await firstAppointmentDelay(t.db, early.id)).toMatchObject({
			daysFromArrival: 6,
			isLate: false
		});
		expect(await firstAppointmentDelay(t.db, late.id)).toMatchObject({
			daysFromArrival: 8,
			isLate: true
		});
		const [event] = (await eventsOf(t.db, late.id)).filter((e) => e.kind === 'appointment_booked');
		expect(event?.details).toMatchObject({ daysFromArrival: 8, late: true });
	});

	it('uses the family’s number for a phone appointment, and refuses one without a number', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival);
		const result = await bookAppointment(
			t.db,
			animator,
			{ requestId: request.id, ...slotAt(animator.id, at('2027-03-04T09:00:00Z')) },
			now
		);
		if (!result.ok) throw new Error(result.refusal);
		expect((await appointmentRow(t.db, result.appointment.id)).phone).toBe(request.phone);

		await t.db
			.update(childcareRequests)
			.set({ phone: null, appointmentMode: 'relay' })
			.where(eq(childcareRequests.id, request.id));
		expect(
			await bookAppointment(
				t.db,
				animator,
				{ requestId: request.id, ...slotAt(animator.id, at('2027-03-04T13:00:00Z')) },
				now
			)
		).toEqual({ ok: false, refusal: 'phone_required' });
	});

	it('refuses a request still waiting in the queue (take it first) and a closed one', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival);
		const input = { requestId: request.id, ...slotAt(animator.id, at('2027-03-04T09:00:00Z')) };
		await forceStatus(t.db, request.id, 'received', null);
		expect(await bookAppointment(t.db, animator, input, now)).toEqual({
			ok: false,
			refusal: 'take_required'
		});
		await forceStatus(t.db, request.id, 'closed_by_relay', animator.id);
		expect(await bookAppointment(t.db, animator, input, now)).toEqual({
			ok: false,
			refusal: 'not_open'
		});
		expect(await appointmentsOf(t.db, request.id)).toHaveLength(0);
	});

	it('of several bookings of one slot at once, one wins and the others are told the slot is taken', async () => {
		const { relay, commune, animator } = await makeBookingRelay(t.db, arrival);
		const requests = [];
		for (let i = 0; i < 5; i++)
			requests.push(await takenRequest(t.db, commune.inseeCode, animator.id, arrival));
		const slot = slotAt(animator.id, at('2027-03-04T14:00:00Z'));
		const results = await runTogether(
			t,
			'appointments',
			requests.map((r) => () => bookAppointment(t.db, animator, { requestId: r.id, ...slot }, now))
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && r.refusal === 'slot_taken')).toHaveLength(4);
		const held = await t.db.select().from(appointments).where(eq(appointments.relayId, relay.id));
		expect(held).toHaveLength(1);
	});
});

describe('relay scoping', () => {
	it('an animator of another relay can neither book, change nor see a request or appointment of this one', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival);
		const other = await makeBookingRelay(t.db, arrival, 'Relais Voisin');
		const booked = await bookAppointment(
			t.db,
			animator,
			{ requestId: request.id, ...slotAt(animator.id, at('2027-03-04T09:00:00Z')) },
			now
		);
		if (!booked.ok) throw new Error(booked.refusal);
		const slot = slotAt(other.animator.id, at('2027-03-04T13:00:00Z'));
		expect(
			await bookAppointment(t.db, other.animator, { requestId: request.id, ...slot }, now)
		).toEqual({
			ok: false,
			refusal: 'not_found'
		});
		expect(await offerSlots(t.db, other.animator, request.id, [slot, slot, slot], now)).toEqual({
			ok: false,
			refusal: 'not_found'
		});
		expect(await cancelAppointment(t.db, other.animator, booked.appointment.id, now)).toEqual({
			ok: false,
			refusal: 'not_found'
		});
		// Nor may this relay book the other relay's animator.
		expect(await bookAppointment(t.db, animator, { requestId: request.id, ...slot }, now)).toEqual({
			ok: false,
			refusal: 'animator_not_found'
		});
		expect((await appointmentRow(t.db, booked.appointment.id)).status).toBe('booked');
	});
});

describe('slots offered to the family', () => {
	const threeSlots = (animatorId: string) => [
		slotAt(animatorId, at('2027-03-05T09:00:00Z')),
		slotAt(animatorId, at('2027-03-05T10:00:00Z')),
		slotAt(animatorId, at('2027-03-06T09:00:00Z'))
	];

	it('are held for 48 hours (nobody else can book them), then released', async () => {
		const { animator, commune, request } = await makeBookingRelay(t.db, arrival);
		const offered = await offerSlots(t.db, animator, request.id, threeSlots(animator.id), now);
		if (!offered.ok) throw new Error(offered.refusal);
		expect(offered.expiresAt).toEqual(later(now, 48));
		expect((await eventsOf(t.db, request.id)).map((e) => e.kind)).toContain('appointment_proposed');
		const [mail] = await mailsTo(t.db, request.email, 'Choisissez');
		expect(mail?.text).toContain('par téléphone');

		const someoneElse = await takenRequest(t.db, commune.inseeCode, animator.id, arrival);
		const first = threeSlots(animator.id)[0];
		if (!first) throw new Error('no slot');
		const tryBooking = (when: Date) =>
			bookAppointment(t.db, animator, { requestId: someoneElse.id, ...first }, when);
		expect(await tryBooking(later(now, 47))).toEqual({ ok: false, refusal: 'slot_taken' });

		expect(await releaseExpiredOffers(t.db, later(now, 47))).toBe(0);
		expect(await releaseExpiredOffers(t.db, later(now, 48))).toBe(3);
		expect((await appointmentsOf(t.db, request.id)).map((a) => a.status)).toEqual([
			'released',
			'released',
			'released'
		]);
		expect((await tryBooking(later(now, 48))).ok).toBe(true);
	});

	it('an expired offer is released before a booking, so it never blocks one', async () => {
		const { animator, commune, request } = await makeBookingRelay(t.db, arrival);
		const offered = await offerSlots(t.db, animator, request.id, threeSlots(animator.id), now);
		expect(offered.ok).toBe(true);
		const other = await takenRequest(t.db, commune.inseeCode, animator.id, arrival);
		const first = threeSlots(animator.id)[0];
		if (!first) throw new Error('no slot');
		expect(
			(await bookAppointment(t.db, animator, { requestId: other.id, ...first }, later(now, 49))).ok
		).toBe(true);
	});

	it('two tabs choosing: one booking, the other refused; the other slots are released', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival);
		const offered = await offerSlots(t.db, animator, request.id, threeSlots(animator.id), now);
		if (!offered.ok) throw new Error(offered.refusal);
		const rows = await appointmentsOf(t.db, request.id);
		const [a, b] = rows.sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
		if (!a || !b) throw new Error('no offered rows');

		// Not runTogether: the choices queue up on the request's row lock, which its gate cannot
		// see (a row lock waits on a transaction id, outside any database in pg_locks).
		const results = await Promise.all([
			chooseOfferedSlot(t.db, request.token, a.id, later(now, 1)),
			chooseOfferedSlot(t.db, request.token, b.id, later(now, 1)),
			chooseOfferedSlot(t.db, request.token, a.id, later(now, 1))
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && r.refusal === 'no_longer_offered')).toHaveLength(2);
		const statuses = (await appointmentsOf(t.db, request.id)).map((r) => r.status).sort();
		expect(statuses).toEqual(['booked', 'released', 'released']);
		expect((await requestRow(t.db, request.id)).status).toBe('appointment_booked');
		const [event] = (await eventsOf(t.db, request.id)).filter(
			(e) => e.kind === 'appointment_booked'
		);
		expect(event).toMatchObject({ actorKind: 'family', details: { daysFromArrival: 4 } });
	});

	it('cannot be chosen after 48 hours, nor with another family’s link', async () => {
		const { animator, commune, request } = await makeBookingRelay(t.db, arrival);
		const offered = await offerSlots(t.db, animator, request.id, threeSlots(animator.id), now);
		if (!offered.ok) throw new Error(offered.refusal);
		const [a] = await appointmentsOf(t.db, request.id);
		if (!a) throw new Error('no offered row');
		const stranger = await takenRequest(t.db, commune.inseeCode, animator.id, arrival);
		expect(await chooseOfferedSlot(t.db, stranger.token, a.id, later(now, 1))).toEqual({
			ok: false,
			refusal: 'no_longer_offered'
		});
		expect(await chooseOfferedSlot(t.db, request.token, a.id, later(now, 48))).toEqual({
			ok: false,
			refusal: 'no_longer_offered'
		});
		expect((await requestRow(t.db, request.id)).status).toBe('in_progress');
	});

	it('needs 3 to 5 slots', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival);
		const two = threeSlots(animator.id).slice(0, 2);
		expect(await offerSlots(t.db, animator, request.id, two, now)).toEqual({
			ok: false,
			refusal: 'slot_count'
		});
	});
});

describe('changes', () => {
	async function bookedIn(hours: number) {
		const setup = await makeBookingRelay(t.db, arrival);
		const result = await bookAppointment(
			t.db,
			setup.animator,
			{ requestId: setup.request.id, ...slotAt(setup.animator.id, later(now, hours)) },
			now
		);
		if (!result.ok) throw new Error(result.refusal);
		return { ...setup, appointmentId: result.appointment.id };
	}

	it('the family cannot cancel or move within 24 hours of the start, and can before', async () => {
		const { request, animator, appointmentId } = await bookedIn(48);
		const start = later(now, 48);
		const within = later(start, -23);
		expect(await cancelByFamily(t.db, request.token, appointmentId, within)).toEqual({
			ok: false,
			refusal: 'too_late'
		});
		expect(
			await rescheduleByFamily(
				t.db,
				request.token,
				appointmentId,
				slotAt(animator.id, later(now, 72)),
				within
			)
		).toEqual({ ok: false, refusal: 'too_late' });
		expect((await appointmentRow(t.db, appointmentId)).status).toBe('booked');

		expect((await cancelByFamily(t.db, request.token, appointmentId, later(start, -25))).ok).toBe(
			true
		);
		const row = await appointmentRow(t.db, appointmentId);
		expect(row).toMatchObject({ status: 'cancelled', icalSequence: 1 });
		expect((await eventsOf(t.db, request.id)).map((e) => e.kind)).toContain(
			'appointment_cancelled'
		);
		expect(await auditEntriesOf(t.db, appointmentId, 'appointment.cancelled')).toHaveLength(1);
	});

	it('a reschedule keeps the UID, adds one to the sequence and is still under the constraint', async () => {
		const { request, animator, commune, appointmentId } = await bookedIn(48);
		const before = await appointmentRow(t.db, appointmentId);
		const other = await takenRequest(t.db, commune.inseeCode, animator.id, arrival);
		const busy = slotAt(animator.id, later(now, 72));
		expect((await bookAppointment(t.db, animator, { requestId: other.id, ...busy }, now)).ok).toBe(
			true
		);

		expect(await rescheduleByFamily(t.db, request.token, appointmentId, busy, now)).toEqual({
			ok: false,
			refusal: 'slot_taken'
		});
		const free = slotAt(animator.id, later(now, 96));
		expect(await rescheduleByFamily(t.db, request.token, appointmentId, free, now)).toEqual({
			ok: true
		});
		const after = await appointmentRow(t.db, appointmentId);
		expect(after).toMatchObject({
			icalUid: before.icalUid,
			icalSequence: 1,
			startsAt: free.startsAt,
			status: 'booked'
		});
		expect(await auditEntriesOf(t.db, appointmentId, 'appointment.rescheduled')).toHaveLength(1);
	});

	it('held or missed only once started; held moves the request to appointment held', async () => {
		const { request, animator, appointmentId } = await bookedIn(48);
		expect(await markAppointmentOutcome(t.db, animator, appointmentId, 'attended', now)).toEqual({
			ok: false,
			refusal: 'not_started'
		});
		expect(
			await markAppointmentOutcome(t.db, animator, appointmentId, 'attended', later(now, 48.5))
		).toEqual({ ok: true });
		expect((await appointmentRow(t.db, appointmentId)).status).toBe('attended');
		expect((await requestRow(t.db, request.id)).status).toBe('appointment_held');
		expect(
			await markAppointmentOutcome(t.db, animator, appointmentId, 'no_show', later(now, 49))
		).toEqual({
			ok: false,
			refusal: 'not_booked'
		});
	});
});
