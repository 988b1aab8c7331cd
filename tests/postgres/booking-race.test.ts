import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appointments } from '../../src/lib/server/db/schema';
import { bookAppointment } from '../../src/lib/server/appointments/book-appointment';
import { connectDatabase } from '../../src/lib/server/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { makeStaff } from '../integration/fixtures';
import { createTestDatabase, type TestDatabase } from '../integration/test-database';
import { runTogether } from '../integration/run-together';
import {
	appointmentsOf,
	invitationsTo,
	makeBookingRelay,
	slotAt,
	takenRequest
} from '../integration/booking-fixtures';

let t: TestDatabase;
/** Fifty bookings must each hold a connection while they wait: more than the test pool's 30. */
let wide: DatabaseHandle;
beforeAll(async () => {
	t = await createTestDatabase();
	if (!t.url) throw new Error('tests/postgres run only with TEST_DATABASE_URL');
	wide = await connectDatabase({ url: t.url, poolSize: 60 });
});
afterAll(async () => {
	await wide.close();
	await t.close();
});

describe('booking one slot from 50 places at once on PostgreSQL', () => {
	it('makes exactly one appointment; the 49 others are told the slot is taken', async () => {
		const arrival = new Date('2027-03-01T09:00:00Z');
		const now = new Date('2027-03-01T10:00:00Z');
		const { relay, commune, animator } = await makeBookingRelay(t.db, arrival);
		const callers = await Promise.all(
			Array.from({ length: 50 }, () => makeStaff(t.db, relay, 'animator'))
		);
		const requests: Awaited<ReturnType<typeof takenRequest>>[] = [];
		for (const caller of callers)
			requests.push(await takenRequest(t.db, commune.inseeCode, caller.id, arrival));
		// The same animator at the same time, booked by fifty colleagues for fifty families.
		const slot = slotAt(animator.id, new Date('2027-03-04T09:00:00Z'));

		const results = await runTogether(
			t,
			'appointments',
			callers.map((caller, i) => () => {
				const request = requests[i];
				if (!request) throw new Error('no request');
				return bookAppointment(wide.db, caller, { requestId: request.id, ...slot }, now);
			})
		);

		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && r.refusal === 'slot_taken')).toHaveLength(49);
		const stored = await t.db.select().from(appointments).where(eq(appointments.relayId, relay.id));
		expect(stored).toHaveLength(1);
	});
});

describe('five bookings of five slots for one request at once on PostgreSQL', () => {
	it('leave one booked appointment, moved four times, with five invitations of one UID', async () => {
		const arrival = new Date('2027-03-01T09:00:00Z');
		const now = new Date('2027-03-01T10:00:00Z');
		const { animator, request } = await makeBookingRelay(t.db, arrival, 'Relais cinq clics');
		const slots = [4, 5, 8, 9, 10].map((day) =>
			slotAt(animator.id, new Date(`2027-03-${String(day).padStart(2, '0')}T09:00:00Z`))
		);

		// Not runTogether: the bookings queue up on the request's row lock, which its gate cannot
		// count (a row lock waits on a transaction id, outside any database in pg_locks). Five
		// connections sent at once still race for that lock, in any order.
		const results = await Promise.all(
			slots.map((slot) =>
				bookAppointment(wide.db, animator, { requestId: request.id, ...slot }, now)
			)
		);

		expect(results.every((r) => r.ok)).toBe(true);
		expect(results.filter((r) => r.ok && !r.moved)).toHaveLength(1);
		const booked = (await appointmentsOf(t.db, request.id)).filter((a) => a.status === 'booked');
		expect(booked).toHaveLength(1);
		expect(booked[0]?.icalSequence).toBe(4);
		const invitations = await invitationsTo(t.db, request.email);
		expect(invitations.map((i) => i.uid)).toEqual(Array(5).fill(booked[0]?.icalUid));
		expect(invitations.map((i) => i.sequence).sort()).toEqual([0, 1, 2, 3, 4]);
	});
});
