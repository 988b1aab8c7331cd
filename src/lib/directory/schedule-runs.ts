import { weekDays, type WeeklySchedule } from '$lib/childcare-request-options';

/** Consecutive days with the same hours, as indexes of `weekDays` (0 = Monday). */
export interface ScheduleRun {
	first: number;
	last: number;
	start: string;
	end: string;
}

/**
 * The days and hours of a place, consecutive days with the same hours grouped, for the words
 * of any language ("Mon–Fri 07:30 – 18:30"); the same grouping as the staff's French words.
 */
export function scheduleRuns(schedule: Partial<WeeklySchedule>): ScheduleRun[] {
	const runs: ScheduleRun[] = [];
	let first = 0;
	weekDays.forEach((day, index) => {
		const slot = schedule[day];
		const next = weekDays[index + 1];
		const following = next ? schedule[next] : null;
		if (!slot) {
			first = index + 1;
			return;
		}
		// A run of days with the same hours ends here unless tomorrow has the same hours.
		if (following && following.start === slot.start && following.end === slot.end) return;
		runs.push({ first, last: index, start: slot.start, end: slot.end });
		first = index + 1;
	});
	return runs;
}
