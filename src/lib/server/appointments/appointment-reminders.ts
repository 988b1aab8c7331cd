import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import { appointments } from '../db/schema';
import type { Database } from '../db/types';
import { enqueueAppointmentMail, loadMailedAppointment } from './appointment-mail';
import { HOUR_MS } from '$lib/time/durations';

/** Reminded between 48 and 24 hours before: early enough to warn, late enough to remember. */
export const REMINDER_EARLIEST_MS = 48 * HOUR_MS;
export const REMINDER_LATEST_MS = 24 * HOUR_MS;
const BATCH_SIZE = 200;

/**
 * Queues the reminder of each booked appointment that starts in 24 to 48 hours and has had
 * none. Run every hour (housekeeping): a window of a day leaves many runs to catch each one.
 *
 * One statement claims the appointments (`reminder_sent_at is null` re-checked under the row
 * lock), in the transaction that queues the mails: two instances running together remind once,
 * and a rollback leaves both the claim and the mails undone. A family without an email is
 * claimed too (nothing to send), so that it is not looked at again every hour.
 *
 * Rescheduling must set `reminder_sent_at` back to null for the new date to be reminded.
 */
export async function sendDueReminders(db: Database, now = new Date()): Promise<number> {
	return db.transaction(async (tx) => {
		const due = tx
			.select({ id: appointments.id })
			.from(appointments)
			.where(
				and(
					eq(appointments.status, 'booked'),
					isNull(appointments.reminderSentAt),
					gt(appointments.startsAt, new Date(now.getTime() + REMINDER_LATEST_MS)),
					lte(appointments.startsAt, new Date(now.getTime() + REMINDER_EARLIEST_MS))
				)
			)
			.limit(BATCH_SIZE);
		const claimed = await tx
			.update(appointments)
			.set({ reminderSentAt: now })
			.where(
				and(
					inArray(appointments.id, due),
					isNull(appointments.reminderSentAt),
					eq(appointments.status, 'booked')
				)
			)
			.returning({ id: appointments.id });
		for (const { id } of claimed) {
			await enqueueAppointmentMail(tx, await loadMailedAppointment(tx, id), 'reminder', now);
		}
		return claimed.length;
	});
}
