import { and, asc, isNull, lt, notInArray } from 'drizzle-orm';
import { todayInParis } from '$lib/time/paris';
import { childcareRequests } from '../../db/schema';
import type { Database } from '../../db/types';
import { anonymiseRequest } from './anonymise-request';
import { pruneOldMails } from './prune-old-mails';

/** Requests erased per run at most: a backlog (a first run) is spread over a few hours. */
export const PURGE_MAX_PER_RUN = 500;

export interface PurgeReport {
	anonymised: number;
	mailsDeleted: number;
}

/**
 * Erases the personal data of every request whose retention date is past (cause `retention`),
 * then prunes old mails. Run by the hourly housekeeping without a day gate: it is idempotent,
 * and when nothing is due it costs one indexed query (the partial index
 * `childcare_requests_retention_idx` holds only the requests not yet erased), so a gate would
 * only add state to keep across instances.
 *
 * One transaction per request: each picks the oldest due request nobody else holds
 * (`FOR UPDATE SKIP LOCKED`), so several instances share the work without waiting on each
 * other, and anonymiseRequest re-reads it under the lock (a request erased meanwhile is left
 * alone). A failure rolls back that request only: the run goes on without it and reports it
 * at the end (thrown, so the housekeeping logs it), and the next run tries it again.
 */
export async function purgeExpiredRequests(db: Database, now = new Date()): Promise<PurgeReport> {
	const today = todayInParis(now);
	let anonymised = 0;
	const failed: { id: string; err: unknown }[] = [];
	for (let run = 0; run < PURGE_MAX_PER_RUN; run++) {
		const skipped = failed.map((failure) => failure.id);
		let dueId: string | undefined;
		try {
			const erased = await db.transaction(async (tx) => {
				const [due] = await tx
					.select({ id: childcareRequests.id })
					.from(childcareRequests)
					.where(
						and(
							isNull(childcareRequests.anonymisedAt),
							lt(childcareRequests.retentionUntil, today),
							skipped.length > 0 ? notInArray(childcareRequests.id, skipped) : undefined
						)
					)
					.orderBy(asc(childcareRequests.retentionUntil), asc(childcareRequests.id))
					.limit(1)
					.for('update', { skipLocked: true });
				if (!due) return null;
				dueId = due.id;
				return anonymiseRequest(tx, due.id, 'retention', now);
			});
			if (erased === null) break;
			if (erased === 'erased') anonymised += 1;
		} catch (err) {
			// Not even picked: the database itself failed; the next run starts again.
			if (dueId === undefined) throw err;
			failed.push({ id: dueId, err });
		}
	}
	const mailsDeleted = await pruneOldMails(db, now);
	if (failed.length > 0) {
		throw new AggregateError(
			failed.map((failure) => failure.err),
			`retention purge: ${failed.length} request(s) not erased (${failed.map((f) => f.id).join(', ')}), ${anonymised} erased`
		);
	}
	return { anonymised, mailsDeleted };
}
