import { weekDays, type WeeklySchedule } from '../childcare-request-options';

/**
 * The atypical-hours flags the portal derives from the weekly grid instead of asking the
 * family (the national definition: care before 7:00, after 19:00, at night, on weekends).
 * A day's end at or before its start means the care runs overnight into the next day.
 */
export interface AtypicalFlags {
	early: boolean;
	late: boolean;
	saturday: boolean;
	sunday: boolean;
	night: boolean;
}

const EARLY_BEFORE = 7 * 60;
const LATE_AFTER = 19 * 60;
/** Night: any care between 22:00 and 5:00. */
const NIGHT_FROM = 22 * 60;
const NIGHT_UNTIL = 5 * 60;
const DAY = 24 * 60;

export function minutesOf(time: string): number {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
	if (!match) throw new Error(`not a time: ${time}`);
	return Number(match[1]) * 60 + Number(match[2]);
}

/** Overlap of [a1, a2) and [b1, b2), in minutes. */
const overlaps = (a1: number, a2: number, b1: number, b2: number) =>
	Math.min(a2, b2) > Math.max(a1, b1);

export function deriveAtypicalFlags(schedule: WeeklySchedule): AtypicalFlags {
	const flags: AtypicalFlags = {
		early: false,
		late: false,
		saturday: false,
		sunday: false,
		night: false
	};
	weekDays.forEach((day, index) => {
		const slot = schedule[day];
		if (!slot) return;
		const start = minutesOf(slot.start);
		let end = minutesOf(slot.end);
		if (end <= start) end += DAY; // overnight: runs into the next day
		// Care covers [start, end) measured from this day's midnight; past DAY is the next day.
		if (overlaps(start, end, 0, EARLY_BEFORE) || overlaps(start, end, DAY, DAY + EARLY_BEFORE))
			flags.early = true;
		if (overlaps(start, end, LATE_AFTER, DAY) || overlaps(start, end, DAY + LATE_AFTER, 2 * DAY))
			flags.late = true;
		if (
			overlaps(start, end, 0, NIGHT_UNTIL) ||
			overlaps(start, end, NIGHT_FROM, DAY + NIGHT_UNTIL) ||
			overlaps(start, end, DAY + NIGHT_FROM, 2 * DAY)
		) {
			flags.night = true;
		}
		const spillsOver = end > DAY;
		const nextDay = weekDays[(index + 1) % 7];
		if (day === 'sat' || (spillsOver && nextDay === 'sat')) flags.saturday = true;
		if (day === 'sun' || (spillsOver && nextDay === 'sun')) flags.sunday = true;
	});
	return flags;
}

export const hasAtypicalHours = (flags: AtypicalFlags) => Object.values(flags).some(Boolean);
