import { sql } from 'drizzle-orm';
import type { Db } from '../db/types';

/**
 * Holds the agendas of these animators until the transaction ends: a transaction-scoped
 * advisory lock per animator, taken in one order (sorted ids) so that two writers never wait
 * on each other in a circle.
 *
 * The exclusion constraint (migration 0004) stays the guard against a double booking; this
 * lock only makes the writers of one animator's time queue up instead of meeting inside the
 * constraint check. Without it, two inserts of one slot each find the other's row in progress
 * and wait for it: PostgreSQL breaks the deadlock by aborting one, and under many concurrent
 * bookings a retried transaction can be chosen as the victim again (CI saw it three times in
 * a row). Queued, the second writer sees the first's committed row and gets 23P01 at once.
 * Every path that inserts or moves a holding appointment calls it after locking its request,
 * so the order is always request, then animators.
 */
export async function lockAnimatorAgendas(tx: Db, animatorIds: readonly string[]): Promise<void> {
	for (const id of [...new Set(animatorIds)].sort()) {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`agenda:${id}`}, 0))`);
	}
}
