import { asc, eq } from 'drizzle-orm';
import { communes, epcis, relays } from '../../db/schema';
import type { Db } from '../../db/types';

export interface Option {
	value: string;
	label: string;
}

/** Every relay of the deployment, for the filters and the "give to" select. */
export async function relayOptions(db: Db): Promise<Option[]> {
	const rows = await db
		.select({ value: relays.id, label: relays.name })
		.from(relays)
		.orderBy(asc(relays.name));
	return rows;
}

/** The EPCIs that have communes in the deployment, by name. */
export async function epciOptions(db: Db): Promise<Option[]> {
	return db
		.selectDistinct({ value: epcis.code, label: epcis.name })
		.from(epcis)
		.innerJoin(communes, eq(communes.epciCode, epcis.code))
		.orderBy(asc(epcis.name), asc(epcis.code));
}
