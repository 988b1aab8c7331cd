import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import { rateLimitHits } from '../db/schema';
import type { Db } from '../db/types';

export interface RateLimit {
	/** What is limited, e.g. `request-submit`, `tracking-link-ip`. */
	bucket: string;
	/** Who is limited within the bucket: an IP address, an email. */
	key: string;
	/** Hits allowed within the window. */
	limit: number;
	windowMs: number;
	now?: Date;
}

/**
 * Counts one hit and says whether it is allowed: at most `limit` allowed hits per key within
 * any sliding window of `windowMs`. Refused hits are not stored, so a flood does not extend
 * the wait beyond the window. Kept in the database, so the limit holds across servers.
 *
 * The count and the insert run under a transaction-scoped advisory lock on (bucket, key):
 * without it, concurrent requests would all read the same count and all pass.
 */
export async function hitRateLimit(db: Db, options: RateLimit): Promise<boolean> {
	const { bucket, key, limit, windowMs } = options;
	const now = options.now ?? new Date();
	const since = new Date(now.getTime() - windowMs);
	return db.transaction(async (tx) => {
		await tx.execute(
			sql`select pg_advisory_xact_lock(hashtextextended(${`rate-limit:${bucket}:${key}`}, 0))`
		);
		const [row] = await tx
			.select({ n: count() })
			.from(rateLimitHits)
			.where(
				and(
					eq(rateLimitHits.bucket, bucket),
					eq(rateLimitHits.key, key),
					gt(rateLimitHits.at, since)
				)
			);
		if ((row?.n ?? 0) >= limit) return false;
		await tx.insert(rateLimitHits).values({ bucket, key, at: now });
		return true;
	});
}

/** Housekeeping: hits older than the longest window serve no limit any more. */
export async function pruneRateLimitHits(db: Db, olderThan: Date): Promise<number> {
	const removed = await db
		.delete(rateLimitHits)
		.where(lt(rateLimitHits.at, olderThan))
		.returning({ id: rateLimitHits.id });
	return removed.length;
}
