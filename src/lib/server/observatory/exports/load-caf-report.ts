import type { Db } from '../../db/types';
import { loadObservatory } from '../load-observatory';
import type { ObservatoryScope } from '../observatory-scope';
import { cafReport, type CafReport } from './caf-report';
import { defaultYear, type ExportQuery } from './export-request';
import { relaysInScope, type ScopeRelay } from './relays-in-scope';

export interface CafReportPage {
	report: CafReport;
	years: number[];
	/** The relays one may choose; empty for a relay's own people (their relay only). */
	relays: ScopeRelay[];
	/** The relay chosen, or null for the whole territory. */
	relayId: string | null;
}

/**
 * The CAF activity report of the caller's territory, or of one relay of it (`relais`): that
 * relay's own observatory, and the previous year's to compare. Null when the relay is not one
 * of the territory's or the year is not offered (the route answers 404).
 */
export async function loadCafReport(
	db: Db,
	scope: ObservatoryScope,
	query: ExportQuery,
	now = new Date()
): Promise<CafReportPage | null> {
	const relays = scope.kind === 'relay' ? [] : await relaysInScope(db, scope);
	if (query.relais !== undefined && !relays.some((relay) => relay.id === query.relais)) return null;
	const reportScope: ObservatoryScope =
		query.relais !== undefined ? { kind: 'relay', relayId: query.relais } : scope;
	const view = await loadObservatory(db, reportScope, query.annee ?? defaultYear(now), now);
	if (!view.years.includes(view.period.year)) return null;
	const previousYear = view.period.year - 1;
	const previous = view.years.includes(previousYear)
		? await loadObservatory(db, reportScope, previousYear, now)
		: null;
	return {
		report: cafReport(view, previous),
		years: view.years,
		relays,
		relayId: query.relais ?? null
	};
}
