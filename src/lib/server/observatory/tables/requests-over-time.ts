import type { PublishedRow } from '$lib/observatory/published-table';
import { formatCount } from '$lib/format/numbers';
import { m } from '$lib/i18n';
import { cellKey, countValue, K } from './table-values';
import { countWords, withWithheld } from './summaries';
import { quarterKey, yearKey, type TableCut, type YearContext } from './year-context';

const words = m.observatoryTables;

/**
 * The territory's requests by month, quarter and year, tied by the hierarchy's lines (a
 * quarter is the sum of its months, the year of its quarters): every other table's total.
 * Returns the year's key.
 */
export function declareRequests(ctx: YearContext): string {
	const monthKeys = ctx.months.map((month) =>
		ctx.builder.cell(
			cellKey('requests', 'all', month),
			ctx.counts.sum('requests', 'all', [month]),
			K
		)
	);
	const quarterKeys = ctx.quarters.map(({ quarter, months }) => {
		const key = ctx.builder.cell(
			cellKey('requests', 'all', quarterKey(ctx, quarter)),
			ctx.counts.sum('requests', 'all', months),
			K
		);
		ctx.builder.line(
			key,
			months.map((month) => cellKey('requests', 'all', month)),
			false
		);
		return key;
	});
	const year = ctx.builder.cell(
		cellKey('requests', 'all', yearKey(ctx)),
		ctx.counts.sum('requests', 'all', ctx.months),
		K
	);
	ctx.builder.line(year, quarterKeys, false);
	if (monthKeys.length > 0) ctx.builder.line(year, monthKeys, false);
	return year;
}

/** `demandes-par-mois`: one row per complete month, and the year. */
export function demandByMonth(ctx: YearContext, yearTotal: string): TableCut {
	return (grid) => {
		const rows: PublishedRow[] = [
			...ctx.months.map((month) => ({
				key: month,
				label: words.month(month),
				values: [countValue(grid, cellKey('requests', 'all', month))]
			})),
			{ key: 'total', label: words.total, isTotal: true, values: [countValue(grid, yearTotal)] }
		];
		const busiest = rows
			.filter((row) => !row.isTotal)
			.flatMap((row) => (row.values[0]?.kind === 'count' ? [{ row, n: row.values[0].n }] : []))
			.sort((a, b) => b.n - a.n)[0];
		const total = countWords(rows.at(-1)?.values[0]);
		return {
			id: 'demandes-par-mois',
			title: words.tables.demandByMonth.title,
			rowHeading: words.tables.demandByMonth.rowHeading,
			columns: [{ key: 'requests', label: words.columns.requests }],
			rows,
			summary: withWithheld(
				[
					...(total !== null ? [words.summary.total(total, ctx.periodLabel)] : []),
					...(busiest && busiest.n > 0
						? [words.summary.busiestMonth(busiest.row.label, formatCount(busiest.n))]
						: [])
				],
				{ rows }
			),
			chart: { kind: 'columns', column: 'requests' },
			threshold: K
		};
	};
}
