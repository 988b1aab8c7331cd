import { and, eq, isNotNull, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { availabilityReminders, childminders } from '../../db/schema';
import { campaignInWindow, reminderWindowStart } from '../availability-campaigns';
import {
	childminderMailee,
	childminderSignInPageUrl,
	enqueueChildminderMail
} from '../childminder-mail';
import { parisToUtc, todayInParis } from '$lib/time/paris';
import { formatDate } from '$lib/format/dates';
import { m } from '$lib/i18n';

/**
 * Before 1 June and 1 December each active childminder is reminded, by mail, to update her
 * availability: once per campaign, from 15 days before the deadline until the day before it
 * (availability-campaigns.ts). Run from the hourly housekeeping.
 *
 * Once per campaign is the database's rule: the reminder row (primary key childminder +
 * campaign) is inserted with ON CONFLICT DO NOTHING and the mail is queued in the same
 * transaction only when that insert happened, so concurrent runs send one mail each.
 * Skipped: childminders with no email (nothing to send to) and those who already declared
 * since the window opened (they have done what the mail asks). Returns the mails queued.
 */
export async function sendAvailabilityReminders(db: Database, now = new Date()): Promise<number> {
	const campaign = campaignInWindow(todayInParis(now));
	if (!campaign) return 0;
	const windowOpened = parisToUtc(reminderWindowStart(campaign), '00:00');
	const due = await db
		.select({ id: childminders.id })
		.from(childminders)
		.where(
			and(
				eq(childminders.status, 'active'),
				isNotNull(childminders.email),
				or(
					isNull(childminders.availabilityDeclaredAt),
					lt(childminders.availabilityDeclaredAt, windowOpened)
				),
				notExists(
					db
						.select({ one: sql`1` })
						.from(availabilityReminders)
						.where(
							and(
								eq(availabilityReminders.childminderId, childminders.id),
								eq(availabilityReminders.campaign, campaign)
							)
						)
				)
			)
		);
	let queued = 0;
	for (const { id } of due) {
		const sent = await db.transaction(async (tx) => {
			const [inserted] = await tx
				.insert(availabilityReminders)
				.values({ childminderId: id, campaign, sentAt: now })
				.onConflictDoNothing()
				.returning({ childminderId: availabilityReminders.childminderId });
			if (!inserted) return false;
			const mailee = await childminderMailee(tx, id);
			await enqueueChildminderMail(tx, mailee, {
				subject: m.childminder.mail.reminder.subject,
				text: m.childminder.mail.reminder.text({
					name: mailee.name,
					deadline: formatDate(campaign),
					pageUrl: childminderSignInPageUrl()
				})
			});
			return true;
		});
		if (sent) queued++;
	}
	return queued;
}
