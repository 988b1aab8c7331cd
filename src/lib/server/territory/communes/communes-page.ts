import type { Db } from '../../db/types';
import { findCommuneDetail, openRequestsElsewhere } from './commune-detail';
import type { CommuneFilters } from './commune-query';
import { listCommunes } from './list-communes';
import { epciOptions, relayOptions } from './territory-options';

/** Everything the communes list shows: one page of results and the choices of its forms. */
export async function communesPage(db: Db, filters: CommuneFilters, page: number) {
	const [results, relays, epcis] = await Promise.all([
		listCommunes(db, filters, page),
		relayOptions(db),
		epciOptions(db)
	]);
	return { results, relays, epcis };
}

/** Everything one commune's page shows; null for an unknown commune (404). */
export async function communePage(db: Db, inseeCode: string) {
	const commune = await findCommuneDetail(db, inseeCode);
	if (!commune) return null;
	const [relays, requestsElsewhere] = await Promise.all([
		relayOptions(db),
		commune.relay ? openRequestsElsewhere(db, inseeCode, commune.relay.id) : Promise.resolve([])
	]);
	return { commune, relays, requestsElsewhere };
}
