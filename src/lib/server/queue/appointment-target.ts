import { sql, type SQL } from 'drizzle-orm';
import type { RequestStatus } from '$lib/childcare-request-options';
import { RELAY_TIME_ZONE } from '$lib/time/paris';
import { countdownTo, type Countdown } from '$lib/queue/countdown';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import { childcareRequests, relays } from '../db/schema';

/**
 * The appointment target of a request: its arrival plus the relay's target days (7), counted
 * on the Paris wall clock: received Wednesday 24 March 2027 at 10:00, due Wednesday 31 March
 * at 10:00, although the clocks went forward on the 28th (167 hours later; 169 across the
 * last Sunday of October). Adding 7 × 24 h would move the deadline by an hour twice a year.
 *
 * One SQL expression for the listing, the "overdue" filter, the counters and the request
 * page, so that they always agree.
 */
export function appointmentDeadlineSql(targetDays: number): SQL<Date> {
	if (!Number.isInteger(targetDays) || targetDays < 1)
		throw new RangeError('targetDays must be a positive integer');
	return deadlineSql(sql`${targetDays}::int`);
}

/**
 * The same deadline with the target days of each request's own relay, for queries over
 * several relays (the coordinator's overview); `relays` must be joined.
 */
export function relayAppointmentDeadlineSql(): SQL<Date> {
	return deadlineSql(sql`${relays.targetDaysToAppointment}`);
}

function deadlineSql(targetDays: SQL): SQL<Date> {
	// mapWith: read back as a Date, like the column, whichever driver is behind.
	return sql<Date>`(((${childcareRequests.receivedAt} at time zone ${RELAY_TIME_ZONE}) + make_interval(days => ${targetDays})) at time zone ${RELAY_TIME_ZONE})`.mapWith(
		childcareRequests.receivedAt
	);
}

/** The statuses in which the target still runs: no appointment booked yet. */
export const awaitingAppointmentStatuses = [
	'received',
	'in_progress'
] as const satisfies readonly RequestStatus[];

const awaitingAppointment = (status: RequestStatus) =>
	(awaitingAppointmentStatuses as readonly RequestStatus[]).includes(status);

/** `status in ('received','in_progress') and deadline <= now`, for filters and counters. */
export function overdueSql(targetDays: number, now: Date): SQL<boolean> {
	return sql<boolean>`(${childcareRequests.status} in ('received', 'in_progress') and ${appointmentDeadlineSql(targetDays)} <= ${now.toISOString()}::timestamptz)`;
}

/** The countdown a request shows, given its deadline from `appointmentDeadlineSql`. */
export function countdownOf(status: RequestStatus, deadline: Date, now: Date): Countdown {
	if (!isOpenRequestStatus(status)) return { state: 'closed' };
	if (!awaitingAppointment(status)) return { state: 'met' };
	return countdownTo(deadline, now);
}
