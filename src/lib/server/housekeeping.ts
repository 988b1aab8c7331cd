import type { Database } from './db/types';
import type { Logger } from './log';
import { pruneSignInAttempts } from './auth/rate-limit';
import { pruneExpiredDrafts } from './requests/drafts';
import { pruneRateLimitHits } from './rate-limit/hit-rate-limit';
import { releaseExpiredOffers } from './appointments/release-expired-offers';
import { sendDueReminders } from './appointments/appointment-reminders';
import { sendAvailabilityReminders } from './directory/reminders/send-availability-reminders';
import { pruneSignInLinks } from './directory/childminder-auth/sign-in-links';
import { pruneChildminderSessions } from './directory/childminder-auth/childminder-session';
import { sendFollowUps } from './requests/follow-ups/send-follow-ups';
import { DAY_MS } from '$lib/time/durations';
import { purgeExpiredRequests } from './requests/retention/purge-expired-requests';
import { refreshObservatoryCounts } from './observatory/refresh-counts';

/**
 * Deletes what serves no purpose any more: drafts nobody sent (personal data), old sign-in
 * attempts and rate-limit hits. Idempotent, so several instances may run it. Also queues the
 * appointment reminders: their 24-hour window leaves room for an hourly run; and the
 * childminders' availability reminders (once per campaign, in its 15-day window), and the
 * families' follow-ups at 30 and 90 days (once per stage, whichever instance runs first).
 * And erases the personal data of requests past their retention date, with old mails
 * (requests/retention); last, recounts the observatory (observatory/refresh-counts.ts), so its
 * pages are at most an hour behind and read counts, never requests. Two instances refreshing
 * at once: the second waits for the first, then rewrites the same rows.
 */
export async function runHousekeeping(db: Database, now = new Date()): Promise<void> {
	await pruneExpiredDrafts(db, now);
	await pruneSignInAttempts(db, now);
	await pruneRateLimitHits(db, new Date(now.getTime() - DAY_MS));
	await releaseExpiredOffers(db, now);
	await sendDueReminders(db, now);
	await pruneSignInLinks(db, now);
	await pruneChildminderSessions(db, now);
	await sendAvailabilityReminders(db, now);
	await sendFollowUps(db, now);
	await purgeExpiredRequests(db, now);
	await refreshObservatoryCounts(db, now);
}

export interface HousekeepingHandle {
	stop(): Promise<void>;
}

/** Runs at start, then every hour, never two runs at once. */
export function startHousekeeping(
	db: Database,
	log: Logger,
	intervalMs = 3_600_000
): HousekeepingHandle {
	let running: Promise<void> | undefined;
	let stopped = false;
	const run = () => {
		if (stopped || running) return;
		running = runHousekeeping(db)
			.catch((err: unknown) => log.error({ err }, 'housekeeping failed'))
			.finally(() => (running = undefined));
	};
	run();
	const timer = setInterval(run, intervalMs);
	timer.unref();
	return {
		async stop() {
			stopped = true;
			clearInterval(timer);
			await running;
		}
	};
}
