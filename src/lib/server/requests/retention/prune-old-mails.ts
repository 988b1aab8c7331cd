import { and, eq, lt, or } from 'drizzle-orm';
import { DAY_MS } from '$lib/time/durations';
import { mailOutbox } from '../../db/schema';
import type { Db } from '../../db/types';

/**
 * Sent mails are kept only a few weeks in any case: long enough to answer "did you send me the
 * link?", short enough that the outbox is not a second file of the families (a mail holds a
 * name, an address, a tracking link). A failed mail is kept longer, for the relay to see it
 * never left and reach the family another way.
 */
export const SENT_MAIL_KEPT_DAYS = 30;
export const FAILED_MAIL_KEPT_DAYS = 90;

/** Deletes sent mails older than 30 days and failed ones older than 90; the count deleted. */
export async function pruneOldMails(db: Db, now: Date): Promise<number> {
	const sentBefore = new Date(now.getTime() - SENT_MAIL_KEPT_DAYS * DAY_MS);
	const failedBefore = new Date(now.getTime() - FAILED_MAIL_KEPT_DAYS * DAY_MS);
	const deleted = await db
		.delete(mailOutbox)
		.where(
			or(
				and(eq(mailOutbox.status, 'sent'), lt(mailOutbox.sentAt, sentBefore)),
				and(eq(mailOutbox.status, 'failed'), lt(mailOutbox.createdAt, failedBefore))
			)
		)
		.returning({ id: mailOutbox.id });
	return deleted.length;
}
