/**
 * Europe/Paris wall clock ↔ UTC instants, with nothing but `Intl.DateTimeFormat` (the
 * platform's time-zone database), so that a rule "Monday 9:00" stays 9:00 in Paris on both
 * sides of a daylight-saving change.
 *
 * The two hours that are not one instant each are resolved like Temporal's `compatible`
 * disambiguation (and like most calendars):
 * - a time that does not exist (02:30 on the last Sunday of March, skipped by the clocks) is
 *   moved forward by the gap: 02:30 → 03:30 summer time (01:30Z);
 * - a time that happens twice (02:30 on the last Sunday of October) is the first one, still
 *   in summer time: 02:30 +02:00 (00:30Z).
 * Relays do not open in the night, so this matters only for being well defined.
 */
import { DAY_MS as DAY, MINUTE_MS as MINUTE } from './durations';

/** The relays are in France: every date and time a person reads is on a Paris clock. */
export const RELAY_TIME_ZONE = 'Europe/Paris';

const partsFormat = new Intl.DateTimeFormat('en-CA', {
	timeZone: RELAY_TIME_ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

interface WallClock {
	date: string;
	time: string;
}

/** The Paris date (`YYYY-MM-DD`) and time (`HH:MM:SS`) of an instant. */
export function parisWallClock(instant: Date): WallClock {
	const parts: Record<string, string> = {};
	for (const part of partsFormat.formatToParts(instant)) parts[part.type] = part.value;
	return {
		date: `${parts.year}-${parts.month}-${parts.day}`,
		time: `${parts.hour}:${parts.minute}:${parts.second}`
	};
}

/** The Paris calendar date (`YYYY-MM-DD`) of an instant. */
export const parisDate = (instant: Date): string => parisWallClock(instant).date;

/** Today's date in Paris (`YYYY-MM-DD`): birth dates, start dates and deadlines count from it. */
export const todayInParis = (now = new Date()): string => parisDate(now);

/** Hours (0–23) and minutes of an instant on a Paris clock. */
export function parisClock(instant: Date): { hours: number; minutes: number } {
	const [hours, minutes] = parisWallClock(instant).time.split(':').map(Number);
	return { hours: hours ?? 0, minutes: minutes ?? 0 };
}

/**
 * Offsets already read, by UTC hour. Paris changes its clocks at a whole UTC hour (01:00Z),
 * so one hour has one offset; `formatToParts` costs microseconds, and the agenda's free slots
 * convert thousands of wall-clock times per page. Before 1970 (Paris's early changes were not
 * on whole hours) the offset is read every time. Bounded: cleared when it grows large.
 */
const offsetByUtcHour = new Map<number, number>();
const HOUR = 60 * MINUTE;

/** Minutes Paris is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function parisOffsetMinutes(instant: Date): number {
	const ms = instant.getTime();
	if (!(ms >= 0)) return readOffsetMinutes(instant);
	const hour = Math.floor(ms / HOUR);
	let offset = offsetByUtcHour.get(hour);
	if (offset === undefined) {
		offset = readOffsetMinutes(new Date(hour * HOUR));
		if (offsetByUtcHour.size >= 50_000) offsetByUtcHour.clear();
		offsetByUtcHour.set(hour, offset);
	}
	return offset;
}

function readOffsetMinutes(instant: Date): number {
	const wall = parisWallClock(instant);
	const asUtc = Date.parse(`${wall.date}T${wall.time}Z`);
	return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE);
}

/**
 * The instant at which Paris clocks show `date` `time` (`HH:MM` or `HH:MM:SS`); see the file's
 * comment for the skipped and repeated hours.
 */
export function parisToUtc(date: string, time: string): Date {
	const hms = time.length === 5 ? `${time}:00` : time;
	const local = Date.parse(`${date}T${hms}Z`);
	if (Number.isNaN(local)) throw new RangeError(`Not a wall-clock time: ${date} ${time}`);
	// A day either side is always outside the change, whichever side `local` falls on.
	const offsetBefore = parisOffsetMinutes(new Date(local - DAY));
	const offsetAfter = parisOffsetMinutes(new Date(local + DAY));
	const candidates = [...new Set([offsetBefore, offsetAfter])]
		.map((offset) => local - offset * MINUTE)
		// A candidate is right when Paris clocks, at that instant, show the wanted time.
		.filter((utc) => utc + parisOffsetMinutes(new Date(utc)) * MINUTE === local)
		.sort((a, b) => a - b);
	const first = candidates[0];
	// Ambiguous: the earlier instant. Skipped: read with the offset in force before the gap.
	return new Date(first ?? local - offsetBefore * MINUTE);
}
