import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { appointments } from '../../src/lib/server/db/schema';
import { bookAppointment } from '../../src/lib/server/appointments/book-appointment';
import { lockAnimatorAgendas } from '../../src/lib/server/appointments/lock-animator-agendas';
import { connectDatabase } from '../../src/lib/server/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { createTestDatabase, type TestDatabase } from '../integration/test-database';
import {
	appointmentsOf,
	mailsTo,
	makeBookingRelay,
	slotAt,
	takenRequest
} from '../integration/booking-fixtures';

let t: TestDatabase;
let wide: DatabaseHandle;
beforeAll(async () => {
	t = await createTestDatabase();
	if (!t.url) throw new Error('tests/postgres run only with TEST_DATABASE_URL');
	wide = await connectDatabase({ url: t.url, poolSize: 4 });
});
afterAll(async () => {
	await wide.close();
	await t.close();
});

const at = (iso: string) => new Date(iso);

/** Waits until a session of this test's database waits on a lock (of that type: `advisory`). */
async function someoneWaitsOnALock(url: string, type = '%') {
	const observer = postgres(url, { max: 1, onnotice: () => {} });
	try {
		for (let waited = 0; waited < 10_000; waited += 20) {
			const [row] = await observer<{ waiting: number }[]>`
				select count(*)::int as waiting from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock'
				and wait_event like ${type}`;
			if ((row?.waiting ?? 0) > 0) return;
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		throw new Error('nobody ever waited on a lock');
	} finally {
		await observer.end();
	}
}

describe('a booking chosen as a deadlock victim on PostgreSQL', () => {
	it('runs again and is told the slot is taken, writing nothing', async () => {
		const arrival = at('2027-03-01T09:00:00Z');
		const now = at('2027-03-01T10:00:00Z');
		const { relay, commune, animator, request } = await makeBookingRelay(
			t.db,
			arrival,
			'Relais interblocage'
		);
		const others = [
			await takenRequest(t.db, commune.inseeCode, animator.id, arrival),
			await takenRequest(t.db, commune.inseeCode, animator.id, arrival)
		];
		const appointmentOf = (requestId: string, startsAt: string, endsAt: string) => ({
			relayId: relay.id,
			requestId,
			animatorId: animator.id,
			kind: 'phone' as const,
			phone: '0712000000',
			startsAt: at(startsAt),
			endsAt: at(endsAt),
			status: 'booked' as const,
			icalUid: `${requestId}@guichet`,
			bookedAt: now,
			bookedByKind: 'staff' as const,
			createdAt: now,
			updatedAt: now
		});

		// Another transaction holds the animator from 8:30 to 9:15 (not committed yet); the
		// booking of 9:00 inserts its row and waits for it; then that transaction also takes
		// 9:30 to 10:15 and waits for the booking's row: each waits for the other. The other
		// transaction waits longer before looking for deadlocks, so the booking is the victim.
		let booking: ReturnType<typeof bookAppointment> | undefined;
		await wide.db.transaction(async (tx) => {
			await tx.execute(sql`set local deadlock_timeout = '20s'`);
			const [first, second] = others;
			if (!first || !second) throw new Error('no requests');
			await tx
				.insert(appointments)
				.values(appointmentOf(first.id, '2027-03-04T08:30:00Z', '2027-03-04T09:15:00Z'));
			booking = bookAppointment(
				wide.db,
				animator,
				{ requestId: request.id, ...slotAt(animator.id, at('2027-03-04T09:00:00Z')) },
				now
			);
			await someoneWaitsOnALock(t.url ?? '');
			await tx
				.insert(appointments)
				.values(appointmentOf(second.id, '2027-03-04T09:30:00Z', '2027-03-04T10:15:00Z'));
		});

		expect(await booking).toEqual({ ok: false, refusal: 'slot_taken' });
		expect(await appointmentsOf(t.db, request.id)).toEqual([]);
		// Only the confirmation of the request: no invitation went into the outbox.
		const mails = await mailsTo(t.db, request.email);
		expect(mails.map((mail) => mail.subject)).toEqual([expect.stringContaining('bien reçue')]);
	});
});

describe('bookings of one animator on PostgreSQL', () => {
	it('queue up on the animator’s agenda before writing, so they never meet in the exclusion check', async () => {
		// CI once saw a booking chosen as the deadlock victim three times in a row among five
		// bookings of one slot. Queued on the agenda lock, the second writer sees the first's
		// committed row and is refused at once.
		const arrival = at('2027-03-01T09:00:00Z');
		const now = at('2027-03-01T10:00:00Z');
		const { commune, animator, request } = await makeBookingRelay(
			t.db,
			arrival,
			'Relais file d’attente'
		);
		const other = await takenRequest(t.db, commune.inseeCode, animator.id, arrival);
		const slot = slotAt(animator.id, at('2027-03-04T09:00:00Z'));

		let booking: ReturnType<typeof bookAppointment> | undefined;
		await wide.db.transaction(async (tx) => {
			await lockAnimatorAgendas(tx, [animator.id]);
			booking = bookAppointment(wide.db, animator, { requestId: request.id, ...slot }, now);
			await someoneWaitsOnALock(t.url ?? '', 'advisory');
			const won = await bookAppointment(tx, animator, { requestId: other.id, ...slot }, now);
			expect(won.ok).toBe(true);
		});

		expect(await booking).toEqual({ ok: false, refusal: 'slot_taken' });
		expect(await appointmentsOf(t.db, request.id)).toEqual([]);
	});
});
