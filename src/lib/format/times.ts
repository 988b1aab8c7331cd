import { parisClock } from '$lib/time/paris';

/**
 * Times as French typography writes them: `9 h 00`, `14 h 30`, `0 h 15` (hours not padded,
 * minutes always two digits), on a Paris clock.
 */
const write = (hours: number, minutes: number) => `${hours} h ${String(minutes).padStart(2, '0')}`;

/**
 * An instant on a Paris clock, or a wall-clock time `HH:MM` (`HH:MM:SS`) of a schedule or
 * an opening hour, which is already local.
 */
export function formatTime(value: Date | string): string {
	if (value instanceof Date) {
		const { hours, minutes } = parisClock(value);
		return write(hours, minutes);
	}
	const [hours, minutes] = value.split(':').map(Number);
	return write(hours ?? 0, minutes ?? 0);
}

/** `9 h 00 – 9 h 45`: a span of time on one day. */
export const formatTimeRange = (start: Date | string, end: Date | string) =>
	`${formatTime(start)} – ${formatTime(end)}`;
