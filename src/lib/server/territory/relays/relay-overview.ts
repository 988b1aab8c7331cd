import { and, asc, count, eq, gt, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { appointments, childcareRequests, communes, relays } from '../../db/schema';
import {
	awaitingAppointmentStatuses,
	relayAppointmentDeadlineSql
} from '../../queue/appointment-target';
import { DAY_MS } from '$lib/time/durations';

/** The periods of the overview's counts, in days back (or ahead, for appointments) from now. */
export const OVERVIEW_PERIODS = { receivedDays: 30, upcomingDays: 7, targetDays: 90 } as const;

/**
 * A first appointment is one that took place or is to take place: an offer not taken and a
 * cancelled appointment are not one.
 */
const heldStatuses = ['booked', 'attended', 'no_show'] as const;

export interface RelayActivity {
	id: string;
	slug: string;
	name: string;
	referenceCode: string;
	targetDays: number;
	communes: number;
	population: number;
	receivedLast30Days: number;
	waitingForAppointment: number;
	appointmentsNext7Days: number;
	/**
	 * Requests received in the last 90 days that can be judged (a first appointment, or the
	 * deadline passed without one), and those whose first appointment was within the target.
	 */
	withinTarget: { met: number; judged: number };
}

const counted = (expression: ReturnType<typeof sql>) => expression.mapWith(Number);

/**
 * Every relay with counts of its activity, for the coordinator: numbers only, never a
 * family's name, contact or request. One grouped query per kind of count, whatever the
 * number of relays.
 */
export async function listRelayActivity(db: Db, now = new Date()): Promise<RelayActivity[]> {
	// Rolling windows of 24-hour days: a count over 30 days does not need Paris's calendar.
	const since = (days: number) => new Date(now.getTime() - days * DAY_MS);
	const receivedSince = since(OVERVIEW_PERIODS.receivedDays);
	const judgedSince = since(OVERVIEW_PERIODS.targetDays);
	const upcomingUntil = new Date(now.getTime() + OVERVIEW_PERIODS.upcomingDays * DAY_MS);

	const firstAppointment = db
		.select({
			requestId: appointments.requestId,
			firstAt: sql<Date>`min(${appointments.startsAt})`.as('first_at')
		})
		.from(appointments)
		.where(inArray(appointments.status, heldStatuses))
		.groupBy(appointments.requestId)
		.as('first_appointment');
	const deadline = relayAppointmentDeadlineSql();
	const nowSql = sql`${now.toISOString()}::timestamptz`;

	const [relayRows, communeRows, requestRows, appointmentRows, targetRows] = await Promise.all([
		db
			.select({
				id: relays.id,
				slug: relays.slug,
				name: relays.name,
				referenceCode: relays.referenceCode,
				targetDays: relays.targetDaysToAppointment
			})
			.from(relays)
			.orderBy(asc(relays.name)),
		db
			.select({
				relayId: communes.relayId,
				communes: count(),
				population: counted(sql`coalesce(sum(${communes.population}), 0)`)
			})
			.from(communes)
			.groupBy(communes.relayId),
		db
			.select({
				relayId: childcareRequests.relayId,
				received: counted(
					sql`count(*) filter (where ${childcareRequests.receivedAt} > ${receivedSince.toISOString()}::timestamptz)`
				),
				waiting: counted(
					sql`count(*) filter (where ${inArray(childcareRequests.status, awaitingAppointmentStatuses)})`
				)
			})
			.from(childcareRequests)
			.where(
				or(
					gt(childcareRequests.receivedAt, receivedSince),
					inArray(childcareRequests.status, awaitingAppointmentStatuses)
				)
			)
			.groupBy(childcareRequests.relayId),
		db
			.select({ relayId: appointments.relayId, upcoming: count() })
			.from(appointments)
			.where(
				and(
					eq(appointments.status, 'booked'),
					gte(appointments.startsAt, now),
					lt(appointments.startsAt, upcomingUntil)
				)
			)
			.groupBy(appointments.relayId),
		db
			.select({
				relayId: childcareRequests.relayId,
				judged: counted(
					sql`count(*) filter (where ${firstAppointment.firstAt} is not null or ${deadline} <= ${nowSql})`
				),
				met: counted(sql`count(*) filter (where ${firstAppointment.firstAt} <= ${deadline})`)
			})
			.from(childcareRequests)
			.innerJoin(relays, eq(relays.id, childcareRequests.relayId))
			.leftJoin(firstAppointment, eq(firstAppointment.requestId, childcareRequests.id))
			.where(gt(childcareRequests.receivedAt, judgedSince))
			.groupBy(childcareRequests.relayId)
	]);

	const byRelay = <T extends { relayId: string | null }>(rows: T[]) =>
		new Map(rows.map((row) => [row.relayId, row]));
	const communesOf = byRelay(communeRows);
	const requestsOf = byRelay(requestRows);
	const appointmentsOf = byRelay(appointmentRows);
	const targetOf = byRelay(targetRows);
	return relayRows.map((relay) => {
		const served = communesOf.get(relay.id);
		const requests = requestsOf.get(relay.id);
		const target = targetOf.get(relay.id);
		return {
			...relay,
			communes: served?.communes ?? 0,
			population: served?.population ?? 0,
			receivedLast30Days: requests?.received ?? 0,
			waitingForAppointment: requests?.waiting ?? 0,
			appointmentsNext7Days: appointmentsOf.get(relay.id)?.upcoming ?? 0,
			withinTarget: { met: target?.met ?? 0, judged: target?.judged ?? 0 }
		};
	});
}
