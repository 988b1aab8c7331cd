import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookAppointment } from '../../src/lib/server/appointments/book-appointment';
import { loadBookingPage } from '../../src/lib/server/appointments/booking-page';
import {
	cancelAppointment,
	cancelByFamily,
	markAppointmentOutcome
} from '../../src/lib/server/appointments/change-appointment';
import { loadRequestFile } from '../../src/lib/server/queue/request-file';
import { createTestDatabase, type TestDatabase } from './test-database';
import { eventsOf, requestRow } from './queue-fixtures';
import { appointmentsOf, makeBookingRelay, slotAt } from './booking-fixtures';

/**
 * A cancelled or missed appointment puts the request back "in progress" (not "appointment
 * booked" for ever): the booking page offers slots again and a new appointment can be booked.
 */
let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const HOUR = 3_600_000;
const arrival = new Date('2027-03-01T09:00:00Z');
const now = new Date('2027-03-01T10:00:00Z');
const later = (base: Date, hours: number) => new Date(base.getTime() + hours * HOUR);

let relays = 0;
async function booked() {
	relays += 1;
	const setup = await makeBookingRelay(t.db, arrival, `Relais Rebooking ${relays}`);
	const result = await bookAppointment(
		t.db,
		setup.animator,
		{ requestId: setup.request.id, ...slotAt(setup.animator.id, later(now, 48)) },
		now
	);
	if (!result.ok) throw new Error(result.refusal);
	expect((await requestRow(t.db, setup.request.id)).status).toBe('appointment_booked');
	return { ...setup, appointmentId: result.appointment.id };
}

/** The booking page offers slots again, and a second appointment is booked. */
async function expectBookableAgain(setup: Awaited<ReturnType<typeof booked>>, at: Date) {
	const { animator, request } = setup;
	expect((await requestRow(t.db, request.id)).status).toBe('in_progress');
	const page = await loadBookingPage(t.db, animator, request.reference, at);
	expect(page?.openness).toBe('ok');
	expect((page?.withinTarget.length ?? 0) + (page?.afterTarget.length ?? 0)).toBeGreaterThan(0);
	// The request page no longer says an appointment is booked.
	const file = await loadRequestFile(t.db, animator, request.reference, at);
	expect(file?.standing.status).toBe('in_progress');

	const again = await bookAppointment(
		t.db,
		animator,
		{ requestId: request.id, ...slotAt(animator.id, later(at, 72)) },
		at
	);
	expect(again).toMatchObject({ ok: true });
	expect((await requestRow(t.db, request.id)).status).toBe('appointment_booked');
	const statuses = (await appointmentsOf(t.db, request.id)).map((row) => row.status).sort();
	return statuses;
}

describe('booking again', () => {
	it('after the animator cancelled the appointment', async () => {
		const setup = await booked();
		expect(await cancelAppointment(t.db, setup.animator, setup.appointmentId, now)).toEqual({
			ok: true
		});
		expect(await expectBookableAgain(setup, now)).toEqual(['booked', 'cancelled']);
		const kinds = (await eventsOf(t.db, setup.request.id)).map((event) => event.kind);
		expect(kinds.filter((kind) => kind === 'appointment_booked')).toHaveLength(2);
	});

	it('after the family cancelled it from the tracking page', async () => {
		const setup = await booked();
		expect((await cancelByFamily(t.db, setup.request.token, setup.appointmentId, now)).ok).toBe(
			true
		);
		expect(await expectBookableAgain(setup, now)).toEqual(['booked', 'cancelled']);
	});

	it('after the family missed it', async () => {
		const setup = await booked();
		const missedAt = later(now, 49);
		expect(
			await markAppointmentOutcome(t.db, setup.animator, setup.appointmentId, 'no_show', missedAt)
		).toEqual({ ok: true });
		expect(await expectBookableAgain(setup, missedAt)).toEqual(['booked', 'no_show']);
	});
});
