import { eq, sql } from 'drizzle-orm';
import { relays, requestReferenceCounters } from '../db/schema';
import type { Db } from '../db/types';

/**
 * The next reference of a relay for a year, e.g. `VO-2026-00042`: short enough to read on the
 * phone, increasing per relay and year. Call it inside the transaction that inserts the
 * request: the upsert locks the counter row until that transaction ends, so two requests
 * never get the same number, and a rolled-back insert gives its number back. Numbers burnt
 * otherwise leave gaps, which are acceptable.
 */
export async function nextRequestReference(tx: Db, relayId: string, year: number): Promise<string> {
	const [counter] = await tx
		.insert(requestReferenceCounters)
		.values({ relayId, year, lastNumber: 1 })
		.onConflictDoUpdate({
			target: [requestReferenceCounters.relayId, requestReferenceCounters.year],
			set: { lastNumber: sql`${requestReferenceCounters.lastNumber} + 1` }
		})
		.returning({ lastNumber: requestReferenceCounters.lastNumber });
	const [relay] = await tx
		.select({ referenceCode: relays.referenceCode })
		.from(relays)
		.where(eq(relays.id, relayId));
	if (!counter || !relay) throw new Error(`nextRequestReference: relay ${relayId} not found`);
	return formatRequestReference(relay.referenceCode, year, counter.lastNumber);
}

export function formatRequestReference(code: string, year: number, number: number): string {
	return `${code}-${year}-${String(number).padStart(5, '0')}`;
}
