import type { PublishedRow, PublishedValue } from '$lib/observatory/published-table';
import { MAX_SOLUTION_WEEKS, outcomeStates } from '$lib/observatory/measures';
import { careFoundKinds, noSolutionReasons } from '$lib/requests/outcome-options';
import { formatCount } from '$lib/format/numbers';
import { m } from '$lib/i18n';
import type { ProtectedGrid } from '../protection/grid';
import { exclusiveTable, labelled } from './category-tables';
import {
	cellKey,
	countValue,
	K,
	K_SENSITIVE,
	MIN_DENOMINATOR,
	percentileOf,
	shownCount,
	statisticValue
} from './table-values';
import { withWithheld } from './summaries';
import { yearKey, type TableCut, type YearContext } from './year-context';

const words = m.observatoryTables;
const tables = words.tables;

/**
 * The outcomes section, by cohort (requests received in the year): where they stand, the care
 * found, why none was, the same for atypical-hours and disability requests against all, the
 * delay to a solution and the lists given.
 */
export function outcomeTables(ctx: YearContext, yearTotal: string): TableCut[] {
	const year = yearKey(ctx);
	const issues = exclusiveTable(
		ctx,
		{ id: 'issues', ...tables.outcomes },
		'outcome',
		labelled(outcomeStates, words.outcomeStates),
		yearTotal
	);
	const found = cellKey('outcome', 'found', year);
	const none = cellKey('outcome', 'none', year);
	return [
		issues,
		exclusiveTable(
			ctx,
			{ id: 'solutions-par-mode', ...tables.foundKinds },
			'found_kind',
			labelled(careFoundKinds, words.foundKinds),
			found
		),
		exclusiveTable(
			ctx,
			{ id: 'raisons-sans-solution', ...tables.reasons },
			'no_solution_reason',
			labelled(noSolutionReasons, words.reasons),
			none
		),
		comparedOutcomes(ctx, yearTotal),
		solutionDelay(ctx, found),
		exclusiveTable(
			ctx,
			{ id: 'listes-remises', ...tables.lists },
			'list_given',
			labelled(['yes', 'no'] as const, words.listGiven),
			yearTotal
		)
	];
}

/**
 * `issues-comparees`: the outcomes of all requests, of those with atypical hours and of those
 * for a child with a disability. A group crosses three attributes (its trait, the outcome, the
 * year): 11 at least; the disability group is a health datum, 11 too.
 */
function comparedOutcomes(ctx: YearContext, yearTotal: string): TableCut {
	const year = yearKey(ctx);
	const b = ctx.builder;
	const groups = [
		{ key: 'all', measure: 'outcome', total: yearTotal, k: K },
		{
			key: 'atypical',
			measure: 'outcome_atypical',
			total: b.cell(
				cellKey('atypical', 'yes', year),
				ctx.counts.sum('atypical', 'yes', ctx.months),
				K
			),
			k: K_SENSITIVE
		},
		{
			key: 'disability',
			measure: 'outcome_disability',
			total: b.cell(
				cellKey('disability', 'yes', year),
				ctx.counts.sum('disability', 'yes', ctx.months),
				K_SENSITIVE
			),
			k: K_SENSITIVE
		}
	] as const;
	for (const group of groups) {
		const keys = outcomeStates.map((state) =>
			b.cell(
				cellKey(group.measure, state, year),
				ctx.counts.sum(group.measure, state, ctx.months),
				group.k
			)
		);
		b.line(group.total, keys, true);
	}
	return (grid: ProtectedGrid) => {
		const rows: PublishedRow[] = groups.map((group) => {
			const state = (s: string) => cellKey(group.measure, s, year);
			return {
				key: group.key,
				label: words.groups[group.key],
				values: [
					countValue(grid, group.total),
					...outcomeStates.map((s) => countValue(grid, state(s))),
					shareWithoutSolution(grid, state('found'), state('none'))
				]
			};
		});
		return {
			id: 'issues-comparees',
			title: tables.compared.title,
			rowHeading: tables.compared.rowHeading,
			columns: [
				{ key: 'requests', label: words.columns.requests },
				{ key: 'found', label: words.columns.found },
				{ key: 'none', label: words.columns.noSolution },
				{ key: 'closed', label: words.columns.closed },
				{ key: 'open', label: words.columns.open },
				{ key: 'share_none', label: words.columns.shareNone }
			],
			rows,
			summary: withWithheld([], { rows }),
			chart: { kind: 'bars', column: 'share_none' },
			threshold: K_SENSITIVE
		};
	};
}

/** Among the outcomes known (found or none), the share without a solution: from 11. */
function shareWithoutSolution(grid: ProtectedGrid, found: string, none: string): PublishedValue {
	const [f, n] = [shownCount(grid, found), shownCount(grid, none)];
	if (f === null || n === null || f + n < MIN_DENOMINATOR) return { kind: 'not_published' };
	return { kind: 'share', value: n / (f + n) };
}

const weeks = Array.from({ length: MAX_SOLUTION_WEEKS + 1 }, (_, week) => week);

/** `delai-de-solution`: the solutions of the year and the median weeks to them, from 11. */
function solutionDelay(ctx: YearContext, found: string): TableCut {
	const histogram = [
		...weeks.map((w) => ({ value: w, n: ctx.counts.sum('solution_weeks', `w${w}`, ctx.months) })),
		{ value: null, n: ctx.counts.sum('solution_weeks', 'over', ctx.months) }
	];
	const median = percentileOf(histogram, 0.5);
	return (grid) => {
		const medianValue = statisticValue(grid, found, median, 'weeks');
		const rows: PublishedRow[] = [
			{
				key: 'year',
				label: words.year(ctx.year),
				values: [countValue(grid, found), medianValue]
			}
		];
		return {
			id: 'delai-de-solution',
			title: tables.solutionDelay.title,
			rowHeading: tables.solutionDelay.rowHeading,
			columns: [
				{ key: 'found', label: words.columns.found },
				{ key: 'median_weeks', label: words.columns.medianWeeks }
			],
			rows,
			summary: withWithheld(
				medianValue.kind === 'weeks'
					? [words.summary.solution(formatCount(medianValue.value))]
					: [],
				{ rows }
			),
			chart: { kind: 'none', column: 'found' },
			threshold: K
		};
	};
}
