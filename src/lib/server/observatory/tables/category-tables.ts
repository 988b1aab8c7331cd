import type { PublishedRow, PublishedTable } from '$lib/observatory/published-table';
import { m } from '$lib/i18n';
import type { ProtectedGrid } from '../protection/grid';
import { cellKey, countValue, K, shareValue } from './table-values';
import { categorySummary } from './summaries';
import { yearKey, type TableCut, type YearContext } from './year-context';

const words = m.observatoryTables;

/** Categories with their words, in the catalogue's order. */
export const labelled = <C extends string>(categories: readonly C[], labels: Record<C, string>) =>
	categories.map((key) => ({ key, label: labels[key] }));

interface TableWords {
	id: string;
	title: string;
	rowHeading: string;
}

/**
 * A table of requests split into categories of one measure over the year (each request in
 * exactly one): the categories are a line whose total is `totalKey`, a breakdown (a small group
 * all in one category is not shown split).
 */
export function exclusiveTable(
	ctx: YearContext,
	table: TableWords,
	measure: string,
	categories: readonly { key: string; label: string }[],
	totalKey: string,
	k = K
): TableCut {
	const year = yearKey(ctx);
	const keys = categories.map((c) =>
		ctx.builder.cell(cellKey(measure, c.key, year), ctx.counts.sum(measure, c.key, ctx.months), k)
	);
	ctx.builder.line(totalKey, keys, true);
	return (grid) =>
		shareTable(
			grid,
			table,
			categories.map((c, i) => ({ key: c.key, label: c.label, cell: keys[i] ?? '' })),
			totalKey,
			ctx.periodLabel,
			k
		);
}

/**
 * A table of yes/no measures (atypical hours, kinds of care): one row per measure, the requests
 * answering yes. Each measure's yes and no are a line of the total: the "no" is not printed
 * but protected, since anyone can subtract it.
 */
export function yesNoTable(
	ctx: YearContext,
	table: TableWords,
	measures: readonly { key: string; measure: string; label: string }[],
	totalKey: string
): TableCut {
	const year = yearKey(ctx);
	const rows = measures.map((row) => {
		const yes = ctx.builder.cell(
			cellKey(row.measure, 'yes', year),
			ctx.counts.sum(row.measure, 'yes', ctx.months),
			K
		);
		const no = ctx.builder.cell(
			cellKey(row.measure, 'no', year),
			ctx.counts.sum(row.measure, 'no', ctx.months),
			K
		);
		ctx.builder.line(totalKey, [yes, no], true);
		return { key: row.key, label: row.label, cell: yes };
	});
	return (grid) => shareTable(grid, table, rows, totalKey, ctx.periodLabel, K);
}

/** Rows of counts with their share of the total, and the total row. */
function shareTable(
	grid: ProtectedGrid,
	table: TableWords,
	rows: readonly { key: string; label: string; cell: string }[],
	totalKey: string,
	periodLabel: string,
	threshold: number
): PublishedTable {
	const published: PublishedRow[] = [
		...rows.map((row) => ({
			key: row.key,
			label: row.label,
			values: [countValue(grid, row.cell), shareValue(grid, row.cell, totalKey)]
		})),
		{
			key: 'total',
			label: words.total,
			isTotal: true,
			values: [countValue(grid, totalKey), shareValue(grid, totalKey, totalKey)]
		}
	];
	return {
		...table,
		columns: [
			{ key: 'requests', label: words.columns.requests },
			{ key: 'share', label: words.columns.share }
		],
		rows: published,
		summary: categorySummary(published, periodLabel),
		chart: { kind: 'bars', column: 'requests' },
		threshold
	};
}
