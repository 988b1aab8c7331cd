import type { PublishedTable } from '$lib/observatory/published-table';
import type { GridBuilder } from '../grid/grid-builder';
import type { ProtectedGrid } from '../protection/grid';
import type { TerritoryCounts } from '../territory-counts';

/** What every table of one territory and year is declared with. */
export interface YearContext {
	builder: GridBuilder;
	counts: TerritoryCounts;
	year: number;
	/** The complete months of the year, `YYYY-MM`. */
	months: string[];
	quarters: { quarter: number; months: string[] }[];
	/** `YYYY-MM` of the refresh: the month snapshot measures are counted at. */
	snapshotMonth: string;
	/** How the period is said in a sentence ("2025", "2026 (janvier–octobre)"). */
	periodLabel: string;
}

/** A table declared on the grid, cut once the grid is protected. */
export type TableCut = (grid: ProtectedGrid) => PublishedTable;

export const yearKey = (ctx: YearContext) => String(ctx.year);
export const quarterKey = (ctx: YearContext, quarter: number) => `${ctx.year}-Q${quarter}`;
