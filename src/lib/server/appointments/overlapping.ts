import { and, gt, lt } from 'drizzle-orm';
import { DAY_MS } from '$lib/time/durations';
import { appointments } from '../db/schema';

/**
 * The longest an appointment may last, held by the database (check `appointments_length`):
 * a slot is at most four hours (availability rules), a day leaves room for any future kind.
 */
export const LONGEST_APPOINTMENT_MS = DAY_MS;

/**
 * Appointments whose time meets [from, to). `starts_at < to and ends_at > from` alone lets
 * the (animator | relay, starts_at) indexes bound only one side: every appointment since the
 * relay opened was read for a week's agenda or a booking page (five years of a relay: tens of
 * thousands of rows). Since none lasts longer than a day, one that meets the range starts
 * after `from` minus a day: the index scan is bounded on both sides.
 */
export const overlapping = (from: Date, to: Date) =>
	and(
		lt(appointments.startsAt, to),
		gt(appointments.endsAt, from),
		gt(appointments.startsAt, new Date(from.getTime() - LONGEST_APPOINTMENT_MS))
	);
