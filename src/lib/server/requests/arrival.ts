import { parisToUtc, parisWallClock } from '$lib/time/paris';

/**
 * When a request arrived in the queue, the instant its 7-day target counts from. Sent online,
 * by phone or at the desk: now. Forwarded by monenfant.fr: on `arrivedOn`, the day the family
 * made it there; monenfant.fr gives the day, so the hour is the one of entering it (never
 * later than now), which keeps requests entered together in the order they were entered.
 */
export function arrivalInstant(arrivedOn: string | null, now: Date): Date {
	if (!arrivedOn) return now;
	const wall = parisWallClock(now);
	if (arrivedOn >= wall.date) return now;
	return parisToUtc(arrivedOn, wall.time);
}
