import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/types';
import { communes, relays } from '../db/schema';
import { demoRelays } from './demo-territory';

/** The communes the demo relays serve, with their population: where demo families live. */
export const demoCommunesOf = (tx: Db) =>
	tx
		.select({
			inseeCode: communes.inseeCode,
			relayId: communes.relayId,
			population: communes.population
		})
		.from(communes)
		.innerJoin(relays, eq(relays.id, communes.relayId))
		.where(
			inArray(
				relays.slug,
				demoRelays.map((r) => r.slug)
			)
		)
		.orderBy(asc(communes.inseeCode));
