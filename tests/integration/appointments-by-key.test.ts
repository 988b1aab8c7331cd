import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointments } from '../../src/lib/server/db/schema';
import { bookAppointment } from '../../src/lib/server/appointments/book-appointment';
import { loadBookingPage } from '../../src/lib/server/appointments/booking-page';
import {
	cancelAppointment,
	cancelByFamily,
	markAppointmentOutcome
} from '../../src/lib/server/appointments/change-appointment';
import { loadFamilyAppointments } from '../../src/lib/server/appointments/family-appointments';
import { chooseOfferedSlot } from '../../src/lib/server/appointments/offer-slots';
import {
	bookTickedSlot,
	moveByFamily,
	moveToTickedSlot,
	offerTickedSlots
} from '../../src/lib/server/appointments/slot-booking';
import { slotKey, timeKey } from '../../src/lib/server/appointments/slot-choice';
import { loadRequestFile } from '../../src/lib/server/queue/request-file';
import { createTestDatabase, type TestDatabase } from './test-database';
import { requestRow } from './queue-fixtures';
import {
	appointmentRow,
	appointmentsOf,
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

const MINUTE = 60_000;
// The fixture's team opens 6:00–21:00 daily (booking-fixtures.ts).
/** 9:00 Paris on Friday 5 March: a slot of the fixture's 45-minute grid (6:00 + 4 × 45). */
const friday9 = at('2027-03-05T08:00:00Z');
/** 9:45 Paris on Thursday 4 March. */
const thursday945 = at('2027-03-04T08:45:00Z');
const end = (startsAt: Date) => new Date(startsAt.getTime() + 45 * MINUTE);

describe('opening hours', () => {
	it('a slot outside the animator’s opening hours is refused, by key and by the slot itself', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival, 'Relais Horaires');
		// 21:30 in Paris: after the 21:00 closing of every rule.
		const late = at('2027-03-05T20:30:00Z');
		const byKey = await bookTickedSlot(
			t.db,
			animator,
			request.reference,
			{ slotKeys: [slotKey({ animatorId: animator.id, startsAt: late })] },
			now
		);
		expect(byKey).toMatchObject({ ok: false, refusal: 'slot_taken' });
		if (!byKey.ok) expect(byKey.nextSlots.length).toBeGreaterThan(0);
		expect(
			await bookAppointment(
				t.db,
				animator,
				{ requestId: request.id, ...slotAt(animator.id, late) },
				now
			)
		).toEqual({ ok: false, refusal: 'outside_opening_hours' });
		// The same hour by phone is open, but not at a place the rules do not name.
		expect(
			await bookAppointment(
				t.db,
				animator,
				{
					requestId: request.id,
					...slotAt(animator.id, friday9, { placeId: crypto.randomUUID() })
				},
				now
			)
		).toEqual({ ok: false, refusal: 'outside_opening_hours' });
		expect(await appointmentsOf(t.db, request.id)).toHaveLength(0);
	});
});

describe('booking by slot keys', () => {
	it('books one ticked slot with the family’s number when none is typed', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival, 'Relais Clés');
		const key = slotKey({ animatorId: animator.id, startsAt: friday9 });
		const result = await bookTickedSlot(
			t.db,
			animator,
			request.reference,
			{ slotKeys: [key] },
			now
		);
		expect(result).toEqual({ ok: true, done: 'booked' });
		const [booked] = await appointmentsOf(t.db, request.id);
		expect(booked).toMatchObject({ status: 'booked', phone: request.phone, startsAt: friday9 });
	});

	it('refuses two slots to book, two to offer, and a slot just taken with the next free ones', async () => {
		const { animator, request, commune } = await makeBookingRelay(t.db, arrival, 'Relais Refus');
		const keys = [friday9, end(friday9)].map((startsAt) =>
			slotKey({ animatorId: animator.id, startsAt })
		);
		expect(
			await bookTickedSlot(t.db, animator, request.reference, { slotKeys: keys }, now)
		).toMatchObject({ ok: false, refusal: 'one_slot' });
		expect(
			await offerTickedSlots(t.db, animator, request.reference, { slotKeys: keys }, now)
		).toMatchObject({ ok: false, refusal: 'slot_count' });
		expect(
			await bookTickedSlot(t.db, animator, 'NOPE-0000', { slotKeys: keys.slice(0, 1) }, now)
		).toMatchObject({ ok: false, refusal: 'not_found' });

		const other = await takenRequest(t.db, commune.inseeCode, animator.id, arrival);
		expect(
			await bookTickedSlot(t.db, animator, other.reference, { slotKeys: keys.slice(0, 1) }, now)
		).toMatchObject({ ok: true });
		const taken = await bookTickedSlot(
			t.db,
			animator,
			request.reference,
			{ slotKeys: keys.slice(0, 1) },
			now
		);
		expect(taken).toMatchObject({ ok: false, refusal: 'slot_taken' });
		if (!taken.ok) expect(taken.nextSlots.length).toBeGreaterThan(0);
		expect(await appointmentsOf(t.db, request.id)).toHaveLength(0);
	});
});

describe('expiry is read-side: loading pages writes nothing', () => {
	it('an offer past its 48 hours stays as it is on the booking and tracking loads, yet its slot shows free', async () => {
		const { animator, request, relay } = await makeBookingRelay(t.db, arrival, 'Relais Expiré');
		const offeredAt = [friday9, end(friday9), end(end(friday9))];
		const offered = await offerTickedSlots(
			t.db,
			animator,
			request.reference,
			{ slotKeys: offeredAt.map((startsAt) => slotKey({ animatorId: animator.id, startsAt })) },
			now
		);
		expect(offered).toEqual({ ok: true, done: 'offered' });
		const rows = async () =>
			(await appointmentsOf(t.db, request.id)).sort((a, b) => a.id.localeCompare(b.id));
		const rowsBefore = await rows();
		expect(rowsBefore.map((row) => row.status)).toEqual(['offered', 'offered', 'offered']);

		const afterHold = new Date(now.getTime() + 49 * HOUR);
		const page = await loadBookingPage(t.db, animator, request.reference, afterHold);
		const family = await loadFamilyAppointments(
			t.db,
			{ id: request.id, relayId: relay.id },
			afterHold
		);

		expect(await rows()).toEqual(rowsBefore);
		const free = [...(page?.withinTarget ?? []), ...(page?.afterTarget ?? [])].map((s) => s.key);
		expect(free).toContain(slotKey({ animatorId: animator.id, startsAt: friday9 }));
		expect(page?.appointments).toEqual([]);
		expect(family.offered).toEqual([]);

		// Booking the freed time releases the expired offer it overlaps, in the same transaction.
		const key = slotKey({ animatorId: animator.id, startsAt: friday9 });
		expect(
			await bookTickedSlot(t.db, animator, request.reference, { slotKeys: [key] }, afterHold)
		).toMatchObject({ ok: true });
	});
});

describe('the family chooses a time and a way, the relay who holds it', () => {
	/** A request of the relay booked on Friday 9:00 by phone, and the relay's team. */
	async function familyBooked(name: string) {
		const setup = await makeBookingRelay(t.db, arrival, name);
		const { animator, request } = setup;
		const booked = await bookAppointment(
			t.db,
			animator,
			{ requestId: request.id, ...slotAt(animator.id, friday9) },
			now
		);
		if (!booked.ok) throw new Error(booked.refusal);
		return { ...setup, appointmentId: booked.appointment.id };
	}

	/** Books the time for another request of the relay, held by `staffId`. */
	async function busy(
		setup: Awaited<ReturnType<typeof familyBooked>>,
		staffId: string,
		startsAt: Date
	) {
		const other = await takenRequest(t.db, setup.commune.inseeCode, setup.animator.id, arrival);
		const result = await bookAppointment(
			t.db,
			setup.animator,
			{ requestId: other.id, ...slotAt(staffId, startsAt) },
			now
		);
		if (!result.ok) throw new Error(result.refusal);
	}

	it('lists each time once, grouped by day, with no animator in the keys', async () => {
		const { animator, colleague, admin, request, relay } = await familyBooked('Relais Liste');
		const family = await loadFamilyAppointments(t.db, { id: request.id, relayId: relay.id }, now);
		const keys = family.freeTimes.flatMap((day) => day.times.map((time) => time.key));
		expect(keys.length).toBeGreaterThan(0);
		expect(new Set(keys).size).toBe(keys.length);
		for (const id of [animator.id, colleague.id, admin.id])
			expect(keys.some((key) => key.includes(id))).toBe(false);
		const days = family.freeTimes.map((day) => day.day);
		expect(new Set(days).size).toBe(days.length);
		// Three animators free at each of these times: before, the list named each time thrice.
		const starts = family.freeTimes.flatMap((day) =>
			day.times.map((time) => `${time.startsAt.toISOString()} ${time.kind}`)
		);
		expect(new Set(starts).size).toBe(starts.length);
	});

	it('moves to the least busy animator free then, and to the next one when that one is taken meanwhile', async () => {
		const setup = await familyBooked('Relais Choix');
		const { animator, colleague, admin, request, appointmentId } = setup;
		// That Thursday: the animator has one appointment, the admin two, the colleague none.
		const thursday6 = at('2027-03-04T05:00:00Z');
		await busy(setup, animator.id, thursday6);
		await busy(setup, admin.id, thursday6);
		await busy(setup, admin.id, end(thursday6));

		const key = timeKey({
			startsAt: thursday945,
			endsAt: end(thursday945),
			kind: 'phone',
			placeId: null
		});
		expect(await moveByFamily(t.db, request.token, appointmentId, key, now)).toEqual({ ok: true });
		expect(await appointmentRow(t.db, appointmentId)).toMatchObject({
			animatorId: colleague.id,
			startsAt: thursday945,
			status: 'booked'
		});

		// A second family takes the colleague's time in a way the free slots do not see (an
		// offer of another relay still under the constraint, as a booking committed between the
		// read and the write would be): the move falls back on the animator.
		const second = await familyBooked('Relais Choix Deux');
		const elsewhere = await makeBookingRelay(t.db, arrival, 'Relais Ailleurs');
		const laterKey = timeKey({
			startsAt: end(thursday945),
			endsAt: end(end(thursday945)),
			kind: 'phone',
			placeId: null
		});
		const firstChoice =
			second.colleague.id < second.animator.id ? second.colleague : second.animator;
		const fallback = firstChoice === second.colleague ? second.animator : second.colleague;
		await t.db.insert(appointments).values({
			relayId: elsewhere.relay.id,
			requestId: elsewhere.request.id,
			animatorId: firstChoice.id,
			kind: 'phone',
			phone: '0600000000',
			startsAt: end(thursday945),
			endsAt: end(end(thursday945)),
			status: 'offered',
			offerId: crypto.randomUUID(),
			offerExpiresAt: new Date(now.getTime() - HOUR),
			icalUid: `${crypto.randomUUID()}@guichet`
		});
		// The admin is the busiest that day: the colleague and the animator come first.
		await busy(second, second.admin.id, thursday6);
		expect(
			await moveByFamily(t.db, second.request.token, second.appointmentId, laterKey, now)
		).toEqual({ ok: true });
		expect(await appointmentRow(t.db, second.appointmentId)).toMatchObject({
			animatorId: fallback.id,
			startsAt: end(thursday945)
		});
	});

	it('refuses a key that names no free time', async () => {
		const { request, appointmentId } = await familyBooked('Relais Clé Fausse');
		const night = at('2027-03-04T22:00:00Z');
		for (const key of [
			timeKey({ startsAt: night, endsAt: end(night), kind: 'phone', placeId: null }),
			'not-a-key'
		])
			expect(await moveByFamily(t.db, request.token, appointmentId, key, now)).toEqual({
				ok: false,
				refusal: 'slot_taken'
			});
		expect((await appointmentRow(t.db, appointmentId)).startsAt).toEqual(friday9);
	});
});

describe('every appointment change is in the request’s audit journal', () => {
	it('book, offer, accept, move (staff and family), cancel (both), held and no-show', async () => {
		const { animator, request } = await makeBookingRelay(t.db, arrival, 'Relais Journal');
		const key = (startsAt: Date) => slotKey({ animatorId: animator.id, startsAt });

		// Offered, then accepted by the family.
		const slots = [friday9, end(friday9), end(end(friday9))];
		expect(
			await offerTickedSlots(t.db, animator, request.reference, { slotKeys: slots.map(key) }, now)
		).toMatchObject({ ok: true });
		const [firstOffered] = (await appointmentsOf(t.db, request.id)).filter(
			(a) => a.status === 'offered'
		);
		if (!firstOffered) throw new Error('no offer');
		expect(await chooseOfferedSlot(t.db, request.token, firstOffered.id, now)).toMatchObject({
			ok: true
		});
		const appointmentId = firstOffered.id;
		// Moved by the relay, then by the family (a time, no animator), cancelled by the family.
		expect(
			await moveToTickedSlot(
				t.db,
				animator,
				request.reference,
				appointmentId,
				{ slotKeys: [key(thursday945)] },
				now
			)
		).toMatchObject({ ok: true, done: 'rescheduled' });
		const familyTime = timeKey({
			startsAt: end(thursday945),
			endsAt: end(end(thursday945)),
			kind: 'phone',
			placeId: null
		});
		expect(await moveByFamily(t.db, request.token, appointmentId, familyTime, now)).toEqual({
			ok: true
		});
		expect(await cancelByFamily(t.db, request.token, appointmentId, now)).toEqual({ ok: true });

		// Booked by the relay, cancelled by the relay; booked again, held.
		const book = async (startsAt: Date) => {
			expect(
				await bookTickedSlot(t.db, animator, request.reference, { slotKeys: [key(startsAt)] }, now)
			).toMatchObject({ ok: true });
			const booked = (await appointmentsOf(t.db, request.id)).find((a) => a.status === 'booked');
			if (!booked) throw new Error('not booked');
			return booked;
		};
		const second = await book(friday9);
		expect(await cancelAppointment(t.db, animator, second.id, now)).toEqual({ ok: true });
		const third = await book(friday9);
		const afterStart = new Date(friday9.getTime() + 10 * MINUTE);
		expect(await markAppointmentOutcome(t.db, animator, third.id, 'attended', afterStart)).toEqual({
			ok: true
		});
		const fourth = await book(at('2027-03-06T08:00:00Z'));
		expect(
			await markAppointmentOutcome(t.db, animator, fourth.id, 'no_show', at('2027-03-06T08:10:00Z'))
		).toEqual({ ok: true });
		expect((await requestRow(t.db, request.id)).status).toBe('appointment_held');

		const file = await loadRequestFile(t.db, animator, request.reference, now);
		const journal = (file?.audit ?? [])
			.filter((entry) => entry.action.startsWith('appointment.'))
			.map((entry) => `${entry.action}:${entry.actorKind}`)
			.reverse();
		expect(journal).toEqual([
			'appointment.offered:staff',
			'appointment.booked:family',
			'appointment.rescheduled:staff',
			'appointment.rescheduled:family',
			'appointment.cancelled:family',
			'appointment.booked:staff',
			'appointment.cancelled:staff',
			'appointment.booked:staff',
			'appointment.attended:staff',
			'appointment.booked:staff',
			'appointment.no_show:staff'
		]);
	});
});
