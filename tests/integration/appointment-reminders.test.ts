import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { appointments, mailOutbox } from '../../src/lib/server/db/schema';
import { sendDueReminders } from '../../src/lib/server/appointments/appointment-reminders';
import { runHousekeeping } from '../../src/lib/server/housekeeping';
import { createTestDatabase, type TestDatabase } from './test-database';
import { insertAppointment, makeCalendarRelay, referenceOf } from './calendar-fixtures';
import { runTogether } from './run-together';

const HOUR = 3_600_000;

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());
beforeEach(async () => {
	await t.db.delete(appointments);
});

/** Reminders queued for these requests (each test's families have their own references). */
async function remindersFor(references: string[]) {
	const rows = await t.db
		.select({ subject: mailOutbox.subject, text: mailOutbox.text })
		.from(mailOutbox);
	return rows.filter(
		(row) => row.subject.startsWith('Rappel') && references.some((r) => row.subject.includes(r))
	);
}

describe('appointment reminders', () => {
	it('reminds a booked appointment 24 to 48 hours ahead once, even when run twice', async () => {
		const team = await makeCalendarRelay(t.db);
		const now = new Date('2026-12-01T08:00:00Z');
		const appointment = await insertAppointment(t.db, team, {
			startsAt: new Date(now.getTime() + 30 * HOUR)
		});
		const reference = await referenceOf(t.db, appointment.requestId);

		expect(await sendDueReminders(t.db, now)).toBe(1);
		expect(await sendDueReminders(t.db, new Date(now.getTime() + HOUR))).toBe(0);

		const reminders = await remindersFor([reference]);
		expect(reminders).toHaveLength(1);
		expect(reminders[0]?.text).toContain('mercredi 2 décembre 2026, de 15 h 00 à 15 h 45');
		const [row] = await t.db.select().from(appointments).where(eq(appointments.id, appointment.id));
		expect(row?.reminderSentAt).toEqual(now);
	});

	it('reminds once when two runs race', async () => {
		const team = await makeCalendarRelay(t.db);
		const now = new Date('2026-12-01T08:00:00Z');
		const appointment = await insertAppointment(t.db, team, {
			startsAt: new Date(now.getTime() + 40 * HOUR)
		});
		const reference = await referenceOf(t.db, appointment.requestId);

		const counts = await runTogether(
			t,
			'appointments',
			[1, 2, 3, 4].map(() => () => sendDueReminders(t.db, now))
		);

		expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
		expect(await remindersFor([reference])).toHaveLength(1);
	});

	it('sends none for an appointment already started, cancelled, less than 24 or more than 48 hours away', async () => {
		const team = await makeCalendarRelay(t.db);
		const now = new Date('2026-12-01T08:00:00Z');
		const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
		const skipped = [];
		for (const [hours, status] of [
			[-0.5, 'booked'],
			[-30, 'booked'],
			[30, 'cancelled'],
			[31, 'offered'],
			[32, 'released'],
			[12, 'booked'],
			[49, 'booked']
		] as const) {
			skipped.push(await insertAppointment(t.db, team, { startsAt: at(hours), status }));
		}
		const due = await insertAppointment(t.db, team, { startsAt: at(47) });
		const references = await Promise.all(skipped.map((a) => referenceOf(t.db, a.requestId)));

		expect(await sendDueReminders(t.db, now)).toBe(1);

		expect(await remindersFor(references)).toHaveLength(0);
		expect(await remindersFor([await referenceOf(t.db, due.requestId)])).toHaveLength(1);
		const untouched = await t.db
			.select({ reminderSentAt: appointments.reminderSentAt })
			.from(appointments)
			.where(
				inArray(
					appointments.id,
					skipped.map((a) => a.id)
				)
			);
		expect(untouched.every((a) => a.reminderSentAt === null)).toBe(true);
	});

	it('runs with the hourly housekeeping', async () => {
		const team = await makeCalendarRelay(t.db);
		const now = new Date('2026-12-01T08:00:00Z');
		const appointment = await insertAppointment(t.db, team, {
			startsAt: new Date(now.getTime() + 25 * HOUR)
		});
		await runHousekeeping(t.db, now);
		await runHousekeeping(t.db, new Date(now.getTime() + HOUR));
		expect(await remindersFor([await referenceOf(t.db, appointment.requestId)])).toHaveLength(1);
	});
});
