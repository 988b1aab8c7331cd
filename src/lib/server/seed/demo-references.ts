import { inArray, sql } from 'drizzle-orm';
import { todayInParis } from '$lib/time/paris';
import { relays, requestReferenceCounters } from '../db/schema';
import type { Db } from '../db/types';
import { formatRequestReference } from '../requests/reference';

/** A demo request about to be inserted: its key, relay and arrival. */
export interface DemoArrival {
	key: string;
	relayId: string;
	receivedAt: Date;
}

/**
 * The references of demo requests inserted together (the 150 and the history), numbered in
 * their order of arrival within each relay and year, as `nextRequestReference` would have
 * numbered them one by one, but with one counter bump per relay and year: a thousand
 * requests cost a dozen statements.
 */
export async function allocateDemoReferences(
	tx: Db,
	arrivals: readonly DemoArrival[]
): Promise<Map<string, string>> {
	const references = new Map<string, string>();
	if (arrivals.length === 0) return references;
	const groups = new Map<string, { relayId: string; year: number; keys: string[] }>();
	const ordered = [...arrivals].sort(
		(a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.key.localeCompare(b.key)
	);
	for (const arrival of ordered) {
		const year = Number(todayInParis(arrival.receivedAt).slice(0, 4));
		const id = `${arrival.relayId}|${year}`;
		const group = groups.get(id) ?? { relayId: arrival.relayId, year, keys: [] };
		group.keys.push(arrival.key);
		groups.set(id, group);
	}
	const codes = new Map(
		(
			await tx
				.select({ id: relays.id, code: relays.referenceCode })
				.from(relays)
				.where(inArray(relays.id, [...new Set(arrivals.map((a) => a.relayId))]))
		).map((r) => [r.id, r.code])
	);
	for (const { relayId, year, keys } of groups.values()) {
		const code = codes.get(relayId);
		if (code === undefined) throw new Error(`allocateDemoReferences: relay ${relayId} not found`);
		const [counter] = await tx
			.insert(requestReferenceCounters)
			.values({ relayId, year, lastNumber: keys.length })
			.onConflictDoUpdate({
				target: [requestReferenceCounters.relayId, requestReferenceCounters.year],
				set: { lastNumber: sql`${requestReferenceCounters.lastNumber} + ${keys.length}` }
			})
			.returning({ lastNumber: requestReferenceCounters.lastNumber });
		if (!counter) throw new Error('allocateDemoReferences: no counter');
		const first = counter.lastNumber - keys.length + 1;
		keys.forEach((key, index) =>
			references.set(key, formatRequestReference(code, year, first + index))
		);
	}
	return references;
}
