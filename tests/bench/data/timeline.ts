import { addDays, isoWeekday } from '../../../src/lib/time/calendar-date';
import { parisToUtc, todayInParis } from '../../../src/lib/time/paris';
import type { BenchScale } from './scales';

/**
 * The dataset's calendar. Everything is placed relative to the anchor day (today in Paris by
 * default, `--anchor` to repeat a run exactly): years of history before it, open requests in
 * the weeks before it, appointments booked in the week after it, so the queue, the agenda and
 * the booking pages have the load they would have on that day. The same anchor gives the same
 * rows.
 */
export interface BenchTimeline {
	/** The anchor day (Paris), YYYY-MM-DD: no request is received on or after it. */
	anchorDay: string;
	/** The dataset's "now": 07:00 in Paris on the anchor day, before anyone opens the pages. */
	now: Date;
	/** The first day requests are received on. */
	firstDay: string;
	/**
	 * A Monday before the first day: slot numbers count from it (10 slots a working day,
	 * Monday to Friday), so appointments are laid out as integers and never overlap.
	 */
	slotEpoch: string;
}

export function benchTimeline(scale: BenchScale, anchorDay = todayInParis()): BenchTimeline {
	const firstDay = addDays(anchorDay, -Math.round(scale.years * 365.25));
	const slotEpoch = addDays(firstDay, -(isoWeekday(firstDay) - 1) - 7);
	return { anchorDay, now: parisToUtc(anchorDay, '07:00'), firstDay, slotEpoch };
}

/** Appointment slots a working day: 9:00 to 12:45 and 13:30 to 17:15, 45 minutes each. */
export const SLOTS_PER_DAY = 10;
export const SLOT_MINUTES = 45;

/** SQL: the working-day number of a date (a Saturday or Sunday counts as the next Monday). */
export const workdayOf = (timeline: BenchTimeline, dateSql: string): string =>
	`(((${dateSql}) - ${`'${timeline.slotEpoch}'::date`}) / 7 * 5 + least(extract(isodow from (${dateSql}))::int - 1, 5))`;

/** SQL: the start (timestamptz) of slot number `slotSql`. */
export const slotStart = (timeline: BenchTimeline, slotSql: string): string =>
	`((('${timeline.slotEpoch}'::date + ((${slotSql}) / ${SLOTS_PER_DAY} / 5) * 7 + ((${slotSql}) / ${SLOTS_PER_DAY}) % 5)
		+ case when (${slotSql}) % ${SLOTS_PER_DAY} < 5
			then time '09:00' + ((${slotSql}) % ${SLOTS_PER_DAY}) * interval '${SLOT_MINUTES} minutes'
			else time '13:30' + ((${slotSql}) % ${SLOTS_PER_DAY} - 5) * interval '${SLOT_MINUTES} minutes' end
	) at time zone 'Europe/Paris')`;
