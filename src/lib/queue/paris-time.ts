import { RELAY_TIME_ZONE } from '$lib/dates';

const parts = new Intl.DateTimeFormat('en-GB', {
	timeZone: RELAY_TIME_ZONE,
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** Hours and minutes of an instant on a Paris clock. */
export function parisClock(instant: Date): { hours: number; minutes: number } {
	let hours = 0;
	let minutes = 0;
	for (const part of parts.formatToParts(instant)) {
		if (part.type === 'hour') hours = Number(part.value);
		if (part.type === 'minute') minutes = Number(part.value);
	}
	return { hours, minutes };
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
	timeZone: RELAY_TIME_ZONE,
	day: 'numeric',
	month: 'long',
	year: 'numeric'
});

/** `31 mars 2027`, the date of an instant in Paris. */
export const parisDate = (instant: Date) => dateFormat.format(instant).replace(/^1 /, '1er ');
