import { scaleBand, scaleLinear } from 'd3-scale';
import { m } from '$lib/i18n';
import { formatCount, formatDecimal, formatPercent } from '$lib/format/numbers';
import { formatPublishedValue, plottedNumber } from '$lib/observatory/format-value';
import type { PublishedTable, PublishedValue } from '$lib/observatory/published-table';

/**
 * The geometry of the observatory's charts, computed by d3-scale (bands for the categories,
 * a linear scale for the values) and drawn by the Svelte components as plain SVG, on the
 * server. A value withheld ("s") or not given ("—") is never drawn as a bar: it gets a mark of
 * a fixed size that says so, so that no reader takes it for a zero or reads a size into it.
 */

export interface ChartPoint {
	key: string;
	label: string;
	value: PublishedValue;
}

/** The plotted column of a table, one point per row; total rows are never plotted. */
export function chartPoints(table: PublishedTable): ChartPoint[] {
	const column = table.columns.findIndex((c) => c.key === table.chart.column);
	if (column < 0) return [];
	return table.rows
		.filter((row) => !row.isTotal)
		.flatMap((row) => {
			const value = row.values[column];
			return value ? [{ key: row.key, label: row.label, value }] : [];
		});
}

export type MarkKind = 'bar' | 'suppressed' | 'not_published';

export interface Mark {
	key: string;
	kind: MarkKind;
	/** The rectangle: a bar, or the hatched outline of a withheld value; empty for "—". */
	x: number;
	y: number;
	width: number;
	height: number;
	/** The value as written in the table ("1 234", "42 %", "s", "—"), and where. */
	valueLabel: string;
	valueX: number;
	valueY: number;
	/** The category's name, wrapped into lines, and where its first line goes. */
	labelLines: string[];
	labelX: number;
	labelY: number;
}

export interface Tick {
	label: string;
	/** Along the value axis. */
	position: number;
	/** Its grid line, across the plot. */
	from: number;
	to: number;
}

export interface ChartGeometry {
	width: number;
	height: number;
	/** The value axis's zero line, from (x1, y1) to (x2, y2). */
	baseline: { x1: number; y1: number; x2: number; y2: number } | null;
	ticks: Tick[];
	marks: Mark[];
}

export const LINE_HEIGHT = 16;
/** The size of the mark of a withheld value: fixed, never proportional to anything. */
export const SUPPRESSED_SIZE = 18;
const CHAR_WIDTH = 7;

/** Words into lines of at most `maxChars` characters (a longer word stays whole). */
export function wrapLabel(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && `${line} ${word}`.length > maxChars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines.length > 0 ? lines : [''];
}

/** A month row (`2026-03`) is named by its short month on a time axis: "mars". */
function axisLabel(point: ChartPoint): string {
	const month = /^\d{4}-(\d{2})$/.exec(point.key)?.[1];
	return month ? (m.observatory.monthShort[Number(month) - 1] ?? point.label) : point.label;
}

/** Shares are plotted as percentages; the ticks say so. */
function tickFormat(points: ChartPoint[]): (value: number) => string {
	const shown = points
		.map((p) => p.value.kind)
		.find((k) => k !== 'suppressed' && k !== 'not_published');
	if (shown === 'share') return (value) => formatPercent(value / 100);
	if (shown === 'count') return formatCount;
	return formatDecimal;
}

function valueDomainMax(points: ChartPoint[]): number {
	const values = points.map((p) => plottedNumber(p.value)).filter((v): v is number => v !== null);
	return Math.max(1, ...values);
}

/** Vertical columns along time (months, quarters), the value axis on the left. */
export function columnChart(points: ChartPoint[]): ChartGeometry {
	// Narrow enough that a phone's 320 px shrinks the text little: the SVG scales to its box.
	const width = 400;
	const left = 44;
	const right = 8;
	const top = 22;
	const plotHeight = 180;
	const x = scaleBand<string>()
		.domain(points.map((p) => p.key))
		.range([left, width - right])
		.paddingInner(0.2)
		.paddingOuter(0.1);
	const band = x.bandwidth();
	const maxChars = Math.max(3, Math.floor(band / CHAR_WIDTH));
	const labels = points.map((p) => wrapLabel(axisLabel(p), maxChars));
	const labelLines = Math.max(1, ...labels.map((l) => l.length));
	const bottom = top + plotHeight;
	const y = scaleLinear()
		.domain([0, valueDomainMax(points)])
		.nice(4)
		.range([bottom, top]);
	const format = tickFormat(points);

	const marks = points.map((point, i): Mark => {
		const x0 = x(point.key) ?? left;
		const centre = x0 + band / 2;
		const common = {
			key: point.key,
			valueLabel: formatPublishedValue(point.value),
			valueX: centre,
			labelLines: labels[i] ?? [''],
			labelX: centre,
			labelY: bottom + LINE_HEIGHT
		};
		const n = plottedNumber(point.value);
		if (n !== null) {
			const barTop = y(n);
			return {
				...common,
				kind: 'bar',
				x: x0,
				y: barTop,
				width: band,
				height: bottom - barTop,
				valueY: barTop - 6
			};
		}
		if (point.value.kind === 'suppressed')
			return {
				...common,
				kind: 'suppressed',
				x: x0,
				y: bottom - SUPPRESSED_SIZE,
				width: band,
				height: SUPPRESSED_SIZE,
				valueY: bottom - SUPPRESSED_SIZE - 6
			};
		return {
			...common,
			kind: 'not_published',
			x: x0,
			y: bottom,
			width: 0,
			height: 0,
			valueY: bottom - 6
		};
	});

	return {
		width,
		height: bottom + labelLines * LINE_HEIGHT + 8,
		baseline: { x1: left, y1: bottom, x2: width - right, y2: bottom },
		ticks: y.ticks(4).map((value) => ({
			label: format(value),
			position: y(value),
			from: left,
			to: width - right
		})),
		marks
	};
}

/**
 * Horizontal bars, one per category, each name written above its bar so that a long name
 * wraps on a phone instead of squeezing the bars.
 */
export function barChart(points: ChartPoint[]): ChartGeometry {
	const width = 320;
	const valueRoom = 56;
	const barHeight = 20;
	const gap = 14;
	const maxChars = Math.floor(width / CHAR_WIDTH);
	const labels = points.map((p) => wrapLabel(p.label, maxChars));
	const labelLines = Math.max(1, ...labels.map((l) => l.length));
	const rowHeight = labelLines * LINE_HEIGHT + 4 + barHeight + gap;
	const rows = scaleBand<string>()
		.domain(points.map((p) => p.key))
		.range([0, points.length * rowHeight]);
	const x = scaleLinear()
		.domain([0, valueDomainMax(points)])
		.nice(4)
		.range([0, width - valueRoom]);

	const marks = points.map((point, i): Mark => {
		const rowTop = rows(point.key) ?? 0;
		const barTop = rowTop + labelLines * LINE_HEIGHT + 4;
		const common = {
			key: point.key,
			valueLabel: formatPublishedValue(point.value),
			valueY: barTop + barHeight / 2,
			labelLines: labels[i] ?? [''],
			labelX: 0,
			labelY: rowTop + LINE_HEIGHT - 4
		};
		const n = plottedNumber(point.value);
		if (n !== null) {
			const end = x(n);
			return {
				...common,
				kind: 'bar',
				x: 0,
				y: barTop,
				width: end,
				height: barHeight,
				valueX: end + 6
			};
		}
		if (point.value.kind === 'suppressed')
			return {
				...common,
				kind: 'suppressed',
				x: 0,
				y: barTop,
				width: SUPPRESSED_SIZE,
				height: barHeight,
				valueX: SUPPRESSED_SIZE + 6
			};
		return { ...common, kind: 'not_published', x: 0, y: barTop, width: 0, height: 0, valueX: 6 };
	});

	const height = Math.max(rowHeight, points.length * rowHeight);
	return {
		width,
		height,
		// Each bar starts at zero; a line through the names would cross them.
		baseline: null,
		ticks: [],
		marks
	};
}
