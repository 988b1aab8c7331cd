import { and, asc, eq, gte, inArray, lte, min, or } from 'drizzle-orm';
import type { Db } from '../db/types';
import { communes, epcis, observatoryCounts, observatoryRefreshes, relays } from '../db/schema';
import { config } from '../config';
import { scopeKeyOf, type ObservatoryScope } from './observatory-scope';
import { monthDate } from './periods';

/** A commune of the territory, with the EPCI its figures roll up to (`none`: no EPCI). */
export interface TerritoryCommune {
	inseeCode: string;
	name: string;
	epciCode: string;
	epciName: string;
}

/** Counts of one territory read once: the sums the tables ask for come from here. */
export interface TerritoryCounts {
	name: string;
	communes: TerritoryCommune[];
	/** Σ n of the territory's rows for this measure and category over these months. */
	sum(measure: string, category: string, months: readonly string[]): number;
	/** The same for one commune (commune measures only). */
	communeSum(insee: string, measure: string, category: string, months: readonly string[]): number;
}

export const NO_EPCI = 'none';

/** When the counts were last recomputed, and the first month they hold. */
export async function countsState(
	db: Db,
	scope: ObservatoryScope
): Promise<{ refreshedAt: Date | null; generation: string | null; firstMonth: string | null }> {
	const [refresh] = await db
		.select({ at: observatoryRefreshes.refreshedAt, generation: observatoryRefreshes.generation })
		.from(observatoryRefreshes)
		.where(eq(observatoryRefreshes.id, 1));
	const [first] = await db
		.select({ month: min(observatoryCounts.month) })
		.from(observatoryCounts)
		.where(
			and(eq(observatoryCounts.scope, scopeKeyOf(scope)), eq(observatoryCounts.measure, 'requests'))
		);
	return {
		refreshedAt: refresh?.at ?? null,
		generation: refresh?.generation ?? null,
		firstMonth: first?.month ?? null
	};
}

async function territoryName(db: Db, scope: ObservatoryScope): Promise<string> {
	switch (scope.kind) {
		case 'relay': {
			const [relay] = await db
				.select({ name: relays.name })
				.from(relays)
				.where(eq(relays.id, scope.relayId));
			return relay?.name ?? '';
		}
		case 'epci': {
			const [epci] = await db
				.select({ name: epcis.name })
				.from(epcis)
				.where(eq(epcis.code, scope.epciCode));
			return epci?.name ?? '';
		}
		case 'deployment':
			return config.deploymentName;
	}
}

/**
 * Reads the rows of one territory over some months (`from`..`to`, `YYYY-MM`), and of its
 * communes for the measures counted per commune. Snapshot measures are read at their month.
 */
export async function readTerritoryCounts(
	db: Db,
	scope: ObservatoryScope,
	from: string,
	to: string,
	snapshotMonth: string
): Promise<TerritoryCounts> {
	const scopeKey = scopeKeyOf(scope);
	const inMonths = or(
		and(gte(observatoryCounts.month, monthDate(from)), lte(observatoryCounts.month, monthDate(to))),
		eq(observatoryCounts.month, monthDate(snapshotMonth))
	);
	const select = {
		scope: observatoryCounts.scope,
		measure: observatoryCounts.measure,
		month: observatoryCounts.month,
		category: observatoryCounts.category,
		n: observatoryCounts.n
	};
	const own = await db
		.select(select)
		.from(observatoryCounts)
		.where(and(eq(observatoryCounts.scope, scopeKey), inMonths));
	// The communes the territory held at the refresh, not now: the counts were cut by those.
	const members = own
		.filter((row) => row.measure === 'territory_commune')
		.map((row) => row.category);
	const communeKeys = members.map((insee) => `commune:${insee}`);
	const ofCommunes =
		communeKeys.length === 0
			? []
			: await db
					.select(select)
					.from(observatoryCounts)
					.where(and(inArray(observatoryCounts.scope, communeKeys), inMonths));
	const territoryCommunes =
		members.length === 0
			? []
			: await db
					.select({
						inseeCode: communes.inseeCode,
						name: communes.name,
						epciCode: communes.epciCode,
						epciName: epcis.name
					})
					.from(communes)
					.leftJoin(epcis, eq(epcis.code, communes.epciCode))
					.where(inArray(communes.inseeCode, members))
					.orderBy(asc(communes.name), asc(communes.inseeCode));
	const index = new Map<string, number>();
	for (const row of [...own, ...ofCommunes]) {
		index.set(`${row.scope}|${row.measure}|${row.category}|${row.month.slice(0, 7)}`, row.n);
	}
	const sumOf = (rowScope: string, measure: string, category: string, months: readonly string[]) =>
		months.reduce(
			(acc, month) => acc + (index.get(`${rowScope}|${measure}|${category}|${month}`) ?? 0),
			0
		);
	return {
		name: await territoryName(db, scope),
		communes: territoryCommunes.map((c) => ({
			inseeCode: c.inseeCode,
			name: c.name,
			epciCode: c.epciCode ?? NO_EPCI,
			epciName: c.epciName ?? ''
		})),
		sum: (measure, category, months) => sumOf(scopeKey, measure, category, months),
		communeSum: (insee, measure, category, months) =>
			sumOf(`commune:${insee}`, measure, category, months)
	};
}
