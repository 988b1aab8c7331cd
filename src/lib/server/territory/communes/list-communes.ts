import { and, asc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { communes, epcis, relays } from '../../db/schema';
import type { Db } from '../../db/types';
import { normaliseCommuneName } from '../find-commune';
import { MIN_SIMILARITY, nameSimilarity } from '../name-similarity';
import type { CommuneFilters } from './commune-query';

/** Rows per page: a screen of a département's ~350 communes, few enough to tick through. */
export const COMMUNES_PAGE_SIZE = 50;

export interface CommuneRow {
	inseeCode: string;
	name: string;
	postalCodes: string[];
	epciName: string | null;
	population: number | null;
	relayId: string | null;
	relayName: string | null;
	missingFromReferentialSince: Date | null;
}

export interface CommunePage {
	rows: CommuneRow[];
	total: number;
	page: number;
	pageCount: number;
	firstRank: number;
}

/**
 * The communes of the deployment for the coordinator, by name, with the filters of the page.
 * The EPCI and relay filters are SQL; the typed text is matched here, once the names are
 * normalised like the family's form does it (find-commune.ts: no accents, no case, "st" =
 * "saint"), which the database cannot do without the unaccent extension. A région's few
 * thousand rows are well within a request's time.
 */
export async function listCommunes(
	db: Db,
	filters: CommuneFilters,
	page = 1
): Promise<CommunePage> {
	const conditions: SQL[] = [];
	if (filters.epciCode) conditions.push(eq(communes.epciCode, filters.epciCode));
	if (filters.relay?.kind === 'relay') conditions.push(eq(communes.relayId, filters.relay.relayId));
	if (filters.relay?.kind === 'none') conditions.push(isNull(communes.relayId));
	if (filters.relay?.kind === 'missing')
		conditions.push(isNotNull(communes.missingFromReferentialSince));
	const all = await db
		.select({
			inseeCode: communes.inseeCode,
			name: communes.name,
			postalCodes: communes.postalCodes,
			epciName: epcis.name,
			population: communes.population,
			relayId: communes.relayId,
			relayName: relays.name,
			missingFromReferentialSince: communes.missingFromReferentialSince
		})
		.from(communes)
		.leftJoin(epcis, eq(epcis.code, communes.epciCode))
		.leftJoin(relays, eq(relays.id, communes.relayId))
		.where(and(...conditions))
		.orderBy(asc(communes.name), asc(communes.inseeCode));
	const matching = filters.text ? matchingText(all, filters.text) : all;
	const pageCount = Math.max(1, Math.ceil(matching.length / COMMUNES_PAGE_SIZE));
	const current = Math.min(page, pageCount);
	const start = (current - 1) * COMMUNES_PAGE_SIZE;
	return {
		rows: matching.slice(start, start + COMMUNES_PAGE_SIZE),
		total: matching.length,
		page: current,
		pageCount,
		firstRank: start + 1
	};
}

/**
 * Digits are the start of a postal code or an INSEE code; words are part of the name. Only
 * when no name holds the words are names with a typo offered ("Burz" finds Bruz): typing
 * "acigne" gives Acigné, not also Aubigné and Parigné.
 */
export function matchingText<Row extends Pick<CommuneRow, 'name' | 'postalCodes' | 'inseeCode'>>(
	rows: Row[],
	text: string
): Row[] {
	const typed = text.trim();
	if (/^\d[\dAB]*$/i.test(typed)) {
		const code = typed.toUpperCase();
		return rows.filter(
			(row) =>
				row.inseeCode.startsWith(code) || row.postalCodes.some((postal) => postal.startsWith(code))
		);
	}
	const name = normaliseCommuneName(typed);
	const named = rows.map((row) => ({ row, known: normaliseCommuneName(row.name) }));
	const holding = named.filter(({ known }) => known.includes(name));
	const found =
		holding.length > 0
			? holding
			: named.filter(({ known }) => nameSimilarity(name, known) >= MIN_SIMILARITY);
	return found.map(({ row }) => row);
}
