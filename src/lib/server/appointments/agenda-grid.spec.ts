import { describe, expect, it } from 'vitest';
import { agendaGrid, placeAgendaEntries } from './agenda-grid';
import type { AgendaDay, AgendaEntry } from './agenda-week';
import { addDays } from '$lib/time/calendar-date';
import { parisDate } from '$lib/time/paris';

/** A free slot (or, with `reference`, an appointment) from a Paris time with its offset. */
function entry(key: string, startsAt: string, minutes: number, reference?: string): AgendaEntry {
	const start = new Date(startsAt);
	const base = {
		key,
		startsAt: start,
		endsAt: new Date(start.getTime() + minutes * 60_000),
		animatorName: 'Anne',
		kind: 'phone' as const,
		placeName: null
	};
	return reference
		? {
				...base,
				type: 'appointment',
				status: 'booked',
				reference,
				parentNames: 'Famille Test',
				phone: '0639981234'
			}
		: { ...base, type: 'free' };
}

/** The seven days of the week of `monday`, each with its entries, as loadAgendaWeek gives them. */
const week = (monday: string, entries: AgendaEntry[]): AgendaDay[] =>
	Array.from({ length: 7 }, (_, i) => {
		const date = addDays(monday, i);
		return { date, entries: entries.filter((e) => parisDate(e.startsAt) === date) };
	});

const placements = (days: AgendaDay[]) =>
	Object.fromEntries(
		(placeAgendaEntries(days)?.placements ?? []).map(({ key, ...at }) => [key, at])
	);

describe('placeAgendaEntries', () => {
	it('puts each entry in its day’s column, at the row of its start, over the rows of its length', () => {
		// Winter (UTC+1): 45-minute slots from 9:00 give 15-minute rows from 9:00.
		const days = week('2026-12-07', [
			entry('mon-booked', '2026-12-07T09:00:00+01:00', 45, '2026-ABCD'),
			entry('mon-free', '2026-12-07T09:45:00+01:00', 45),
			entry('wed-free', '2026-12-09T14:45:00+01:00', 45)
		]);
		const layout = placeAgendaEntries(days);
		expect(layout).toMatchObject({
			stepMinutes: 15,
			firstMinute: 9 * 60,
			// 9:00 to 16:00 (the hour after the last end, 15:30).
			rowCount: 28
		});
		expect(layout?.columns.map((c) => [c.date, c.lanes])).toEqual([
			['2026-12-07', 1],
			['2026-12-08', 1],
			['2026-12-09', 1],
			['2026-12-10', 1],
			['2026-12-11', 1]
		]);
		expect(placements(days)).toEqual({
			'mon-booked': { column: 0, lane: 0, row: 0, rowSpan: 3 },
			'mon-free': { column: 0, lane: 0, row: 3, rowSpan: 3 },
			// 14:45 is 5 h 45 after 9:00: 23 rows of 15 minutes.
			'wed-free': { column: 2, lane: 0, row: 23, rowSpan: 3 }
		});
	});

	it('reads Paris wall-clock times in summer too', () => {
		// 07:00Z is 9:00 in Paris in July: the first row is 9:00, not 7:00.
		const days = week('2026-07-06', [entry('tue', '2026-07-07T07:00:00Z', 30)]);
		expect(placeAgendaEntries(days)).toMatchObject({
			stepMinutes: 30,
			firstMinute: 9 * 60,
			rowCount: 2
		});
		expect(placements(days)).toEqual({ tue: { column: 1, lane: 0, row: 0, rowSpan: 1 } });
	});

	it('sets entries at the same time side by side, each day with as many lanes as it needs', () => {
		const days = week('2026-12-07', [
			entry('anne-9', '2026-12-08T09:00:00+01:00', 45),
			entry('bruno-9', '2026-12-08T09:00:00+01:00', 45),
			entry('anne-945', '2026-12-08T09:45:00+01:00', 45),
			entry('bruno-1015', '2026-12-08T10:15:00+01:00', 45)
		]);
		expect(placeAgendaEntries(days)?.columns.map((c) => c.lanes)).toEqual([1, 2, 1, 1, 1]);
		expect(placements(days)).toEqual({
			'anne-9': { column: 1, lane: 0, row: 0, rowSpan: 3 },
			'bruno-9': { column: 1, lane: 1, row: 0, rowSpan: 3 },
			// The first lane free at the start: Anne's at 9:45, then only Bruno's at 10:15.
			'anne-945': { column: 1, lane: 0, row: 3, rowSpan: 3 },
			'bruno-1015': { column: 1, lane: 1, row: 5, rowSpan: 3 }
		});
	});

	it('shows Saturday and Sunday only when they hold something', () => {
		const days = week('2026-12-07', [entry('sat', '2026-12-12T10:00:00+01:00', 60)]);
		expect(placeAgendaEntries(days)?.columns.map((c) => c.date)).toEqual([
			'2026-12-07',
			'2026-12-08',
			'2026-12-09',
			'2026-12-10',
			'2026-12-11',
			'2026-12-12'
		]);
		expect(placements(days)).toEqual({ sat: { column: 5, lane: 0, row: 0, rowSpan: 1 } });
	});

	it('takes the step that fits every time, down to 5 minutes, and rounds odd times outwards', () => {
		const twenty = week('2026-12-07', [entry('a', '2026-12-07T10:20:00+01:00', 20)]);
		expect(placeAgendaEntries(twenty)).toMatchObject({ stepMinutes: 20, firstMinute: 600 });
		expect(placements(twenty)).toEqual({ a: { column: 0, lane: 0, row: 1, rowSpan: 1 } });

		// 10:07 to 10:19: rows of 5 minutes, from 10:05 to 10:20.
		const odd = week('2026-12-07', [entry('b', '2026-12-07T10:07:00+01:00', 12)]);
		expect(placeAgendaEntries(odd)).toMatchObject({ stepMinutes: 5, rowCount: 12 });
		expect(placements(odd)).toEqual({ b: { column: 0, lane: 0, row: 1, rowSpan: 3 } });
	});

	it('has nothing to place in an empty week', () => {
		expect(placeAgendaEntries(week('2026-12-07', []))).toBeNull();
		expect(agendaGrid(week('2026-12-07', []))).toBeNull();
	});
});

describe('agendaGrid', () => {
	it('gives each row its time and its cells, without the cells a longer one covers', () => {
		const days = week('2026-12-07', [
			entry('mon', '2026-12-07T09:00:00+01:00', 60, '2026-ABCD'),
			entry('tue', '2026-12-08T09:30:00+01:00', 30)
		]);
		const grid = agendaGrid(days);
		expect(grid?.stepMinutes).toBe(30);
		const rows = (grid?.rows ?? []).map((row) => ({
			time: row.time,
			onTheHour: row.onTheHour,
			cells: row.cells.map((cell) =>
				cell.type === 'entry' ? `${cell.key}×${cell.rowSpan}@${cell.date}` : '·'
			)
		}));
		expect(rows).toEqual([
			{ time: '09:00', onTheHour: true, cells: ['mon×2@2026-12-07', '·', '·', '·', '·'] },
			// Monday's cell spans this row: four cells, Tuesday's second.
			{ time: '09:30', onTheHour: false, cells: ['tue×1@2026-12-08', '·', '·', '·'] }
		]);
		const first = grid?.rows[0]?.cells[0];
		expect(
			first?.type === 'entry' && first.entry.type === 'appointment' && first.entry.reference
		).toBe('2026-ABCD');
	});
});
