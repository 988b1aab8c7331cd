import type { AgendaDay, AgendaEntry } from './agenda-week';
import { parisWallClock } from '$lib/time/paris';

/**
 * The agenda's week as a grid for wide screens: days as columns, Paris wall-clock times as
 * rows, each appointment or free slot in the cell of its day and start time, spanning the rows
 * of its duration. Pure: `loadAgendaWeek` calls it on the week it read.
 *
 * The page draws it as a `<table>` whose spanned cells use `rowspan` (an attribute, allowed by
 * the CSP, where `style=` is not): the browser places the cells, and a screen reader announces
 * each one with its day (column header) and start time (row header).
 *
 * - **Rows** are steps of the largest duration that divides every start and end of the week
 *   and the hour (the demo's 45-minute slots from 9:00 give 15 minutes), never under 5
 *   minutes, from the hour before the first start to the hour after the last end: each cell
 *   starts and ends exactly on a row (a time off the 5-minute marks is rounded outwards).
 * - **Lanes**: entries of one day that overlap (several animators at once in the relay view)
 *   sit side by side; a day has as many lanes as it has entries at the same time, at least one.
 * - **Days**: Monday to Friday always, Saturday and Sunday only when they hold something: a
 *   relay rarely opens at the weekend, and two empty columns would narrow the five others.
 */

const MINUTES_PER_DAY = 24 * 60;
const SMALLEST_STEP = 5;

export interface AgendaPlacement {
	key: string;
	/** Index in `columns`. */
	column: number;
	/** Index among the day's lanes, from 0. */
	lane: number;
	/** Index of the row where it starts, from 0. */
	row: number;
	rowSpan: number;
}

export interface AgendaGridColumn {
	date: string;
	lanes: number;
}

export type AgendaGridCell =
	| { type: 'entry'; key: string; date: string; rowSpan: number; entry: AgendaEntry }
	| { type: 'empty'; key: string };

export interface AgendaGridRow {
	/** Paris wall-clock time at which the row starts, `HH:MM`. */
	time: string;
	/** The row starts on the hour (the page draws a stronger line). */
	onTheHour: boolean;
	/**
	 * The row's cells, day after day and lane after lane; a lane covered by a cell spanning
	 * from an earlier row has none, as in HTML.
	 */
	cells: AgendaGridCell[];
}

export interface AgendaGrid {
	stepMinutes: number;
	columns: AgendaGridColumn[];
	rows: AgendaGridRow[];
}

export interface AgendaPlacements {
	stepMinutes: number;
	/** Minutes after midnight (Paris) at which the first row starts. */
	firstMinute: number;
	rowCount: number;
	columns: AgendaGridColumn[];
	placements: AgendaPlacement[];
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Minutes after midnight of `date` (Paris) at `instant`; a later day counts as midnight. */
function minuteOfDay(instant: Date, date: string): number {
	const wall = parisWallClock(instant);
	if (wall.date < date) return 0;
	if (wall.date > date) return MINUTES_PER_DAY;
	const [hours = 0, minutes = 0] = wall.time.split(':').map(Number);
	return hours * 60 + minutes;
}

const clock = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Where each entry of the week goes: its column, lane, first row and number of rows. */
export function placeAgendaEntries(days: AgendaDay[]): AgendaPlacements | null {
	const shown = days.filter((day, index) => index < 5 || day.entries.length > 0);
	const spans = shown.map((day) =>
		day.entries.map((entry) => {
			const start = minuteOfDay(entry.startsAt, day.date);
			return { entry, start, end: Math.max(start + 1, minuteOfDay(entry.endsAt, day.date)) };
		})
	);
	const all = spans.flat();
	if (all.length === 0) return null;

	const stepMinutes = Math.max(
		SMALLEST_STEP,
		all.reduce((step, span) => gcd(gcd(step, span.start), span.end), 60)
	);
	const firstMinute = Math.floor(Math.min(...all.map((s) => s.start)) / 60) * 60;
	const lastMinute = Math.min(
		MINUTES_PER_DAY,
		Math.ceil(Math.max(...all.map((s) => s.end)) / 60) * 60
	);
	const rowOf = (minute: number, round: (n: number) => number) =>
		round((minute - firstMinute) / stepMinutes);

	const placements: AgendaPlacement[] = [];
	const columns = shown.map((day, column): AgendaGridColumn => {
		// Each lane's first free row. Entries come sorted by start (then animator): the first
		// lane free at an entry's start is the one it takes, which needs the fewest lanes.
		const laneEnds: number[] = [];
		const daySpans = spans[column] ?? [];
		const rows = daySpans
			.map((span) => ({
				key: span.entry.key,
				row: rowOf(span.start, Math.floor),
				end: rowOf(span.end, Math.ceil)
			}))
			.sort((a, b) => a.row - b.row);
		for (const { key, row, end } of rows) {
			const free = laneEnds.findIndex((laneEnd) => laneEnd <= row);
			const lane = free === -1 ? laneEnds.length : free;
			laneEnds[lane] = end;
			placements.push({ key, column, lane, row, rowSpan: Math.max(1, end - row) });
		}
		return { date: day.date, lanes: Math.max(1, laneEnds.length) };
	});

	return {
		stepMinutes,
		firstMinute,
		rowCount: Math.max(1, (lastMinute - firstMinute) / stepMinutes),
		columns,
		placements
	};
}

/** The week as the rows of a table: what `placeAgendaEntries` decided, cell by cell. */
export function agendaGrid(days: AgendaDay[]): AgendaGrid | null {
	const layout = placeAgendaEntries(days);
	if (!layout) return null;
	const entries = new Map(days.flatMap((day) => day.entries.map((entry) => [entry.key, entry])));
	const at = (column: number, lane: number, row: number) => `${column}/${lane}/${row}`;
	const starting = new Map<string, AgendaPlacement>();
	const covered = new Set<string>();
	for (const placement of layout.placements) {
		starting.set(at(placement.column, placement.lane, placement.row), placement);
		for (let row = placement.row + 1; row < placement.row + placement.rowSpan; row++)
			covered.add(at(placement.column, placement.lane, row));
	}

	const rows = Array.from({ length: layout.rowCount }, (_, row): AgendaGridRow => {
		const minute = layout.firstMinute + row * layout.stepMinutes;
		const cells = layout.columns.flatMap((column, index) =>
			Array.from({ length: column.lanes }, (_, lane): AgendaGridCell[] => {
				const here = at(index, lane, row);
				if (covered.has(here)) return [];
				const placement = starting.get(here);
				const entry = placement && entries.get(placement.key);
				return placement && entry
					? [
							{
								type: 'entry',
								key: entry.key,
								date: column.date,
								rowSpan: placement.rowSpan,
								entry
							}
						]
					: [{ type: 'empty', key: here }];
			}).flat()
		);
		return { time: clock(minute), onTheHour: minute % 60 === 0, cells };
	});
	return { stepMinutes: layout.stepMinutes, columns: layout.columns, rows };
}
