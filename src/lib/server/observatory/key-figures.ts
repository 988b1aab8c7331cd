import type { KeyFigure, ObservatoryPeriod } from '$lib/observatory/observatory-view';
import type { PublishedTable, PublishedValue } from '$lib/observatory/published-table';
import { m } from '$lib/i18n';
import { MIN_DENOMINATOR } from './tables/table-values';

const words = m.observatoryTables;

/** The tables of one year, by id: what key figures are read from. */
export type YearTables = ReadonlyMap<string, PublishedTable>;

const NOT_PUBLISHED: PublishedValue = { kind: 'not_published' };

/** One published value, by table id, row key and column key. */
export function figureOf(
	tables: YearTables,
	tableId: string,
	rowKey: string,
	columnKey: string
): PublishedValue {
	const table = tables.get(tableId);
	const column = table?.columns.findIndex((c) => c.key === columnKey) ?? -1;
	const row = table?.rows.find((r) => r.key === rowKey);
	return (column >= 0 ? row?.values[column] : undefined) ?? NOT_PUBLISHED;
}

/** The sum of some published counts: withheld as soon as one of them is. */
function sumOf(values: readonly PublishedValue[]): PublishedValue {
	let n = 0;
	for (const value of values) {
		if (value.kind !== 'count') return value.kind === 'suppressed' ? value : NOT_PUBLISHED;
		n += value.n;
	}
	return { kind: 'count', n };
}

/** Solutions among the outcomes known (found or none), from 11. */
function shareFound(tables: YearTables): PublishedValue {
	const [found, none] = [
		figureOf(tables, 'issues', 'found', 'requests'),
		figureOf(tables, 'issues', 'none', 'requests')
	];
	if (found.kind !== 'count' || none.kind !== 'count') return NOT_PUBLISHED;
	const known = found.n + none.n;
	return known < MIN_DENOMINATOR ? NOT_PUBLISHED : { kind: 'share', value: found.n / known };
}

const numberOf = (value: PublishedValue): number | null =>
	value.kind === 'count' ? value.n : 'value' in value ? value.value : null;

/** Up or down when the figures differ by more than 2 % of the previous one. */
function trendOf(value: PublishedValue, previous: PublishedValue): KeyFigure['trend'] {
	const [now, before] = [numberOf(value), numberOf(previous)];
	if (now === null || before === null || value.kind !== previous.kind) return null;
	if (Math.abs(now - before) <= Math.abs(before) * 0.02) return 'stable';
	return now > before ? 'up' : 'down';
}

/**
 * The overview's figures for the year chosen, each against the previous year: the whole
 * previous year, or its same months for the count of requests when the year chosen is not
 * complete (a partial count against a whole year would always look like a fall).
 */
export function keyFigures(
	period: ObservatoryPeriod,
	current: YearTables,
	previous: YearTables | null
): KeyFigure[] {
	const partial = period.months < 12;
	const previousYear = period.year - 1;
	const months = Array.from(
		{ length: period.months },
		(_, i) => `${previousYear}-${String(i + 1).padStart(2, '0')}`
	);
	const figures: { id: string; label: string; read: (t: YearTables) => PublishedValue }[] = [
		{
			id: 'share_within_7',
			label: words.keyFigures.shareWithin7,
			read: (t) => figureOf(t, 'premier-rendez-vous', 'year', 'share_within_7')
		},
		{
			id: 'median_days',
			label: words.keyFigures.medianDays,
			read: (t) => figureOf(t, 'premier-rendez-vous', 'year', 'median_days')
		},
		{ id: 'share_found', label: words.keyFigures.shareFound, read: shareFound },
		{
			id: 'share_atypical',
			label: words.keyFigures.shareAtypical,
			read: (t) => figureOf(t, 'horaires-atypiques', 'atypical', 'share')
		},
		{
			id: 'lists_given',
			label: words.keyFigures.listsGiven,
			read: (t) => figureOf(t, 'listes-remises', 'yes', 'requests')
		}
	];
	const requests = figureOf(current, 'demandes-par-mois', 'total', 'requests');
	const previousRequests =
		previous === null
			? NOT_PUBLISHED
			: partial
				? sumOf(months.map((month) => figureOf(previous, 'demandes-par-mois', month, 'requests')))
				: figureOf(previous, 'demandes-par-mois', 'total', 'requests');
	const wholeYear = String(previousYear);
	return [
		{
			id: 'requests',
			label: words.keyFigures.requests,
			value: requests,
			previous: previousRequests,
			previousPeriod: partial ? words.yearToDate(previousYear, period.months) : wholeYear,
			trend: trendOf(requests, previousRequests)
		},
		...figures.map((figure) => {
			const value = figure.read(current);
			const before = previous === null ? NOT_PUBLISHED : figure.read(previous);
			return {
				id: figure.id,
				label: figure.label,
				value,
				previous: before,
				previousPeriod: wholeYear,
				trend: trendOf(value, before)
			};
		})
	];
}
