import type { PublishedRow } from '$lib/observatory/published-table';
import { MAX_COUNTED_DAYS } from '$lib/observatory/measures';
import { formatCount } from '$lib/format/numbers';
import { formatShareValue } from './value-words';
import { m } from '$lib/i18n';
import type { ProtectedGrid } from '../protection/grid';
import { cellKey, countValue, K, percentileOf, shareValue, statisticValue } from './table-values';
import { withWithheld } from './summaries';
import { quarterKey, yearKey, type TableCut, type YearContext } from './year-context';

const words = m.observatoryTables;
const WITHIN = 7;
const MEASURE = 'first_appointment_days';

const days = Array.from({ length: MAX_COUNTED_DAYS + 1 }, (_, day) => day);

/**
 * `premier-rendez-vous`: per quarter and for the year, the requests with a first appointment
 * held, within 7 days or later, and without one; the median and 9th decile of the delay. The
 * requests split into held and none, the held into within and beyond 7 days: lines, and the
 * year the sum of its quarters for each.
 */
export function firstAppointmentTable(ctx: YearContext): TableCut {
	const b = ctx.builder;
	const periods = [
		...ctx.quarters.map((q) => ({ key: quarterKey(ctx, q.quarter), row: `Q${q.quarter}`, q })),
		{ key: yearKey(ctx), row: 'year', q: null }
	];
	const sumDays = (from: number, to: number, months: readonly string[]) =>
		days
			.filter((d) => d >= from && d <= to)
			.reduce((acc, d) => acc + ctx.counts.sum(MEASURE, String(d), months), 0);
	const stats = new Map<string, { median: number | null; p90: number | null }>();
	for (const period of periods) {
		const months = period.q?.months ?? ctx.months;
		const within = sumDays(0, WITHIN, months);
		const beyond =
			sumDays(WITHIN + 1, MAX_COUNTED_DAYS, months) + ctx.counts.sum(MEASURE, 'over', months);
		const none = ctx.counts.sum(MEASURE, 'none', months);
		const key = (category: string) => cellKey('first_appointment', category, period.key);
		b.cell(key('within_7'), within, K);
		b.cell(key('beyond_7'), beyond, K);
		b.cell(key('held'), within + beyond, K);
		b.cell(key('none'), none, K);
		b.line(key('held'), [key('within_7'), key('beyond_7')], true);
		b.line(cellKey('requests', 'all', period.key), [key('held'), key('none')], true);
		const histogram = [
			...days.map((d) => ({ value: d, n: ctx.counts.sum(MEASURE, String(d), months) })),
			{ value: null, n: ctx.counts.sum(MEASURE, 'over', months) }
		];
		stats.set(period.key, {
			median: percentileOf(histogram, 0.5),
			p90: percentileOf(histogram, 0.9)
		});
	}
	for (const category of ['within_7', 'beyond_7', 'held', 'none']) {
		b.line(
			cellKey('first_appointment', category, yearKey(ctx)),
			ctx.quarters.map((q) => cellKey('first_appointment', category, quarterKey(ctx, q.quarter))),
			false
		);
	}

	return (grid: ProtectedGrid) => {
		const rows: PublishedRow[] = periods.map((period) => {
			const key = (category: string) => cellKey('first_appointment', category, period.key);
			const stat = stats.get(period.key);
			return {
				key: period.row,
				label:
					period.q === null
						? words.year(ctx.year)
						: words.quarter(
								period.q.quarter,
								period.q.months.length < 3,
								Number(period.q.months[0]?.slice(5, 7)),
								Number(period.q.months.at(-1)?.slice(5, 7))
							),
				...(period.q === null ? { isTotal: true } : {}),
				values: [
					countValue(grid, cellKey('requests', 'all', period.key)),
					countValue(grid, key('held')),
					countValue(grid, key('within_7')),
					shareValue(grid, key('within_7'), key('held')),
					statisticValue(grid, key('held'), stat?.median ?? null, 'days'),
					statisticValue(grid, key('held'), stat?.p90 ?? null, 'days'),
					countValue(grid, key('none'))
				]
			};
		});
		const year = rows.at(-1);
		const share = year?.values[3];
		const median = year?.values[4];
		return {
			id: 'premier-rendez-vous',
			title: words.tables.firstAppointment.title,
			rowHeading: words.tables.firstAppointment.rowHeading,
			columns: [
				{ key: 'requests', label: words.columns.requests },
				{ key: 'held', label: words.columns.held },
				{ key: 'within_7', label: words.columns.within7 },
				{ key: 'share_within_7', label: words.columns.shareWithin7 },
				{ key: 'median_days', label: words.columns.medianDays },
				{ key: 'p90_days', label: words.columns.p90Days },
				{ key: 'none', label: words.columns.none }
			],
			rows,
			summary: withWithheld(
				share?.kind === 'share' && median?.kind === 'days'
					? [
							words.summary.firstAppointment(
								formatShareValue(share.value),
								formatCount(median.value)
							)
						]
					: [],
				{ rows }
			),
			chart: { kind: 'columns', column: 'share_within_7' },
			threshold: K
		};
	};
}
