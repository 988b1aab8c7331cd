import { eq, sql } from 'drizzle-orm';
import { relays } from '../db/schema';
import type { Db } from '../db/types';
import { preparedQuery } from '../db/prepared-query';

const targetDaysQuery = preparedQuery((db) =>
	db
		.select({ days: relays.targetDaysToAppointment })
		.from(relays)
		.where(eq(relays.id, sql.placeholder('relayId')))
		.prepare('relay_target_days')
);

/**
 * The relay's appointment target in days (null for an unknown relay). Read by the queue, the
 * staff home, the request and booking pages on every load: prepared once (`preparedQuery`).
 */
export async function relayTargetDays(db: Db, relayId: string): Promise<number | null> {
	const [relay] = await targetDaysQuery(db).execute({ relayId });
	return relay?.days ?? null;
}
