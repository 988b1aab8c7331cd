import type { ObservatoryView } from '$lib/observatory/observatory-view';
import type { PublishedTable } from '$lib/observatory/published-table';
import { m } from '$lib/i18n';
import { parisDate } from '$lib/time/paris';
import type { Db } from '../db/types';
import { GridBuilder } from './grid/grid-builder';
import { keyFigures, type YearTables } from './key-figures';
import { scopeKeyOf, type ObservatoryScope } from './observatory-scope';
import { completeMonths, quartersOf, yearsBetween } from './periods';
import { protectGrid } from './protection/protect-grid';
import { demandTables } from './tables/demand-tables';
import { outcomeTables } from './tables/outcome-tables';
import { firstAppointmentTable } from './tables/response-tables';
import { declareRequests } from './tables/requests-over-time';
import { tensionTables } from './tables/tension-tables';
import type { YearContext } from './tables/year-context';
import { countsState, readTerritoryCounts } from './territory-counts';

interface YearSections {
	name: string;
	sections: ObservatoryView['sections'];
	tables: YearTables;
}

/**
 * Every table of one territory and year, declared on one grid, protected once, then cut: the
 * same cell has the same status in every table, page and export made from it.
 */
async function protectedYear(
	db: Db,
	scope: ObservatoryScope,
	year: number,
	today: string
): Promise<YearSections> {
	const months = completeMonths(year, today);
	const snapshotMonth = today.slice(0, 7);
	const counts = await readTerritoryCounts(db, scope, `${year}-01`, `${year}-12`, snapshotMonth);
	const ctx: YearContext = {
		builder: new GridBuilder(),
		counts,
		year,
		months,
		quarters: quartersOf(months),
		snapshotMonth,
		periodLabel: m.observatoryTables.yearToDate(year, months.length)
	};
	const yearTotal = declareRequests(ctx);
	const cuts = {
		demand: demandTables(ctx, yearTotal),
		response: [firstAppointmentTable(ctx)],
		outcomes: outcomeTables(ctx, yearTotal),
		tension: tensionTables(ctx)
	};
	const grid = protectGrid(ctx.builder.grid());
	const cut = (list: typeof cuts.demand): PublishedTable[] => list.map((table) => table(grid));
	const sections = {
		demand: cut(cuts.demand),
		response: cut(cuts.response),
		outcomes: cut(cuts.outcomes),
		tension: cut(cuts.tension)
	};
	const tables = new Map(
		Object.values(sections).flatMap((list) => list.map((t) => [t.id, t] as const))
	);
	return { name: counts.name, sections, tables };
}

/** Views already cut, by territory, year and refresh: a page never recomputes them. */
const cache = new Map<string, ObservatoryView>();
const CACHE_SIZE = 64;

/**
 * The observatory of a territory for a year (the most recent when `year` is not one of the
 * years counted): read from the counts of the last refresh, protected, cut into tables, and
 * kept until the next refresh.
 */
export async function loadObservatory(
	db: Db,
	scope: ObservatoryScope,
	year: number | null = null,
	now = new Date()
): Promise<ObservatoryView> {
	const state = await countsState(db, scope);
	const today = parisDate(state.refreshedAt ?? now);
	const years = yearsBetween(state.firstMonth, today);
	const chosen =
		year !== null && years.includes(year) ? year : (years[0] ?? Number(today.slice(0, 4)));
	const key = `${scopeKeyOf(scope)}|${chosen}|${state.generation ?? 'never'}`;
	const cached = cache.get(key);
	if (cached) return cached;

	const current = await protectedYear(db, scope, chosen, today);
	const previous = years.includes(chosen - 1)
		? await protectedYear(db, scope, chosen - 1, today)
		: null;
	const period = { year: chosen, months: completeMonths(chosen, today).length };
	const view: ObservatoryView = {
		territory: { kind: scope.kind, name: current.name },
		period,
		years,
		refreshedAt: state.refreshedAt?.toISOString() ?? null,
		overview: keyFigures(period, current.tables, previous?.tables ?? null),
		sections: current.sections
	};
	if (cache.size >= CACHE_SIZE) {
		const oldest = cache.keys().next();
		if (!oldest.done) cache.delete(oldest.value);
	}
	cache.set(key, view);
	return view;
}
