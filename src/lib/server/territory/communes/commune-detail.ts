import { and, asc, count, eq, inArray, ne, notExists, sql } from 'drizzle-orm';
import { appointments, childcareRequests, communes, epcis, relays } from '../../db/schema';
import type { Db } from '../../db/types';
import { transferableStatuses } from '../../requests/lifecycle/state-machine';
import { INSEE_CODE } from './commune-coordinator';

export interface CommuneDetail {
	inseeCode: string;
	name: string;
	postalCodes: string[];
	departement: string;
	epci: { code: string; name: string } | null;
	population: number | null;
	relay: { id: string; name: string } | null;
	missingFromReferentialSince: Date | null;
	latitude: number | null;
	longitude: number | null;
	centroidEditedAt: Date | null;
}

/** One commune of the deployment as the coordinator's page shows it; null if unknown. */
export async function findCommuneDetail(db: Db, inseeCode: string): Promise<CommuneDetail | null> {
	if (!INSEE_CODE.test(inseeCode)) return null;
	const [row] = await db
		.select({
			inseeCode: communes.inseeCode,
			name: communes.name,
			postalCodes: communes.postalCodes,
			departement: communes.departement,
			epciCode: epcis.code,
			epciName: epcis.name,
			population: communes.population,
			relayId: relays.id,
			relayName: relays.name,
			missingFromReferentialSince: communes.missingFromReferentialSince,
			latitude: communes.latitude,
			longitude: communes.longitude,
			centroidEditedAt: communes.centroidEditedAt
		})
		.from(communes)
		.leftJoin(epcis, eq(epcis.code, communes.epciCode))
		.leftJoin(relays, eq(relays.id, communes.relayId))
		.where(eq(communes.inseeCode, inseeCode));
	if (!row) return null;
	const { epciCode, epciName, relayId, relayName, ...commune } = row;
	return {
		...commune,
		epci: epciCode && epciName ? { code: epciCode, name: epciName } : null,
		relay: relayId && relayName ? { id: relayId, name: relayName } : null
	};
}

/** Open requests of a commune still in a relay that no longer serves it, counted per relay. */
export interface RequestsElsewhere {
	fromRelay: { id: string; name: string };
	count: number;
}

/**
 * What the commune's page offers to transfer after a move: the requests of families of this
 * commune still waiting for a first appointment (received or in progress, nothing booked) in
 * another relay than the one serving it now. Counts only: the coordinator never sees who.
 */
export async function openRequestsElsewhere(
	db: Db,
	inseeCode: string,
	servingRelayId: string
): Promise<RequestsElsewhere[]> {
	const rows = await db
		.select({ id: relays.id, name: relays.name, count: count() })
		.from(childcareRequests)
		.innerJoin(relays, eq(relays.id, childcareRequests.relayId))
		.where(and(...movableRequestsOf(db, inseeCode), ne(childcareRequests.relayId, servingRelayId)))
		.groupBy(relays.id, relays.name)
		.orderBy(asc(relays.name));
	return rows.map((row) => ({ fromRelay: { id: row.id, name: row.name }, count: row.count }));
}

/** The requests of a commune a move may carry along: waiting, with no appointment booked. */
export function movableRequestsOf(db: Db, inseeCode: string) {
	return [
		eq(childcareRequests.residenceInsee, inseeCode),
		inArray(childcareRequests.status, [...transferableStatuses]),
		notExists(
			db
				.select({ one: sql`1` })
				.from(appointments)
				.where(
					and(eq(appointments.requestId, childcareRequests.id), eq(appointments.status, 'booked'))
				)
		)
	];
}
