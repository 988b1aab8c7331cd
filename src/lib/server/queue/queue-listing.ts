import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { RequestChannel, RequestStatus } from '$lib/childcare-request-options';
import { ageAtStart, type AgeAtStart } from '$lib/queue/child-age';
import type { Countdown } from '$lib/queue/countdown';
import { openRequestStatuses, type OpenRequestStatus } from '$lib/requests/request-status';
import { childcareRequests, communes, requestChildren, staffUsers } from '../db/schema';
import type { Db } from '../db/types';
import { relayTargetDays } from './relay-target-days';
import { isUuid } from '$lib/ids';
import {
	appointmentDeadlineSql,
	awaitingAppointmentStatuses,
	countdownOf,
	overdueSql
} from './appointment-target';
import type { StaffActor } from './staff-actor';

/**
 * The relay's queue: its open requests, always oldest first (`received_at, id`); no other
 * order exists, and every filter keeps it. It opens on the requests still waiting for a
 * first appointment (`QueueFilters.status`). A row says what the relay needs to plan its work
 * and nothing that invites a preference: no family name, no contact, no comment. The name
 * appears when the request is opened.
 */

export const QUEUE_PAGE_SIZE = 50;

/**
 * Which open requests the queue shows. By default the work to do: those still waiting for a
 * first appointment (received or in progress); the rest (appointment booked or held) is one
 * filter away: one status, or every open request.
 */
export type QueueStatusFilter = 'awaiting_appointment' | OpenRequestStatus | 'all_open';
export const DEFAULT_QUEUE_STATUS: QueueStatusFilter = 'awaiting_appointment';

export interface QueueFilters {
	/** `awaiting_appointment` when absent. */
	status?: QueueStatusFilter;
	/** INSEE code of the commune of residence. */
	commune?: string;
	assignment?: 'mine' | 'unassigned';
	overdue?: boolean;
}

/** Keyset pagination: the rows after (or before) the request with this id, in queue order. */
export type QueueCursor = { after: string } | { before: string };

export interface QueueRow {
	id: string;
	reference: string;
	receivedAt: Date;
	deadline: Date;
	countdown: Countdown;
	status: RequestStatus;
	channel: RequestChannel;
	commune: { inseeCode: string; name: string };
	desiredStart: string;
	/** The children's ages on the desired start date, in order. */
	children: AgeAtStart[];
	assignee: { id: string; name: string } | null;
}

export interface QueuePage {
	rows: QueueRow[];
	/** Requests matching the filters, all pages. */
	total: number;
	/** 1-based rank of the first row among them (0 when there is none). */
	firstRank: number;
	/** Cursors for the neighbouring pages; null at either end. */
	previous: QueueCursor | null;
	next: QueueCursor | null;
	/** The relay's appointment target, in days after arrival. */
	targetDays: number;
}

export interface QueueCounters {
	open: number;
	unassigned: number;
	overdue: number;
}

async function targetDaysOf(db: Db, relayId: string): Promise<number> {
	const days = await relayTargetDays(db, relayId);
	if (days === null) throw new Error(`relay ${relayId} not found`);
	return days;
}

function filterConditions(
	actor: StaffActor,
	filters: QueueFilters,
	targetDays: number,
	now: Date
): SQL[] {
	const conditions: SQL[] = [
		eq(childcareRequests.relayId, actor.relayId),
		inArray(childcareRequests.status, [...openRequestStatuses])
	];
	const status = filters.status ?? DEFAULT_QUEUE_STATUS;
	if (status === 'awaiting_appointment')
		conditions.push(inArray(childcareRequests.status, [...awaitingAppointmentStatuses]));
	else if (status !== 'all_open') conditions.push(eq(childcareRequests.status, status));
	if (filters.commune) conditions.push(eq(childcareRequests.residenceInsee, filters.commune));
	if (filters.assignment === 'mine') conditions.push(eq(childcareRequests.assignedTo, actor.id));
	if (filters.assignment === 'unassigned') conditions.push(isNull(childcareRequests.assignedTo));
	if (filters.overdue) conditions.push(overdueSql(targetDays, now));
	return conditions;
}

/** `(received_at, id) <op> (that request's)`: the queue position, compared in the database
 *  (timestamps there have microseconds that a JavaScript Date would lose). */
const positionComparedTo = (op: '<' | '>', requestId: string) =>
	sql`(${childcareRequests.receivedAt}, ${childcareRequests.id}) ${sql.raw(op)} (select received_at, id from childcare_requests where id = ${requestId})`;

export async function listQueue(
	db: Db,
	actor: StaffActor,
	filters: QueueFilters = {},
	cursor: QueueCursor | null = null,
	now = new Date()
): Promise<QueuePage> {
	const targetDays = await targetDaysOf(db, actor.relayId);
	const where = filterConditions(actor, filters, targetDays, now);
	const deadline = appointmentDeadlineSql(targetDays);

	// An unknown or foreign cursor (an old link) starts from the beginning.
	const cursorId = cursor ? ('after' in cursor ? cursor.after : cursor.before) : null;
	const cursorKnown =
		cursorId !== null &&
		isUuid(cursorId) &&
		(await db
			.select({ id: childcareRequests.id })
			.from(childcareRequests)
			.where(and(eq(childcareRequests.id, cursorId), eq(childcareRequests.relayId, actor.relayId)))
			.then((rows) => rows.length > 0));
	const backwards = cursorKnown && cursor !== null && 'before' in cursor;
	const pageWhere =
		cursorKnown && cursorId
			? [...where, positionComparedTo(backwards ? '<' : '>', cursorId)]
			: where;

	const fetched = await db
		.select({
			id: childcareRequests.id,
			reference: childcareRequests.reference,
			receivedAt: childcareRequests.receivedAt,
			deadline,
			status: childcareRequests.status,
			channel: childcareRequests.channel,
			communeInsee: childcareRequests.residenceInsee,
			communeName: communes.name,
			desiredStart: childcareRequests.desiredStart,
			assigneeId: staffUsers.id,
			assigneeName: staffUsers.name
		})
		.from(childcareRequests)
		.innerJoin(communes, eq(communes.inseeCode, childcareRequests.residenceInsee))
		.leftJoin(staffUsers, eq(staffUsers.id, childcareRequests.assignedTo))
		.where(and(...pageWhere))
		.orderBy(
			...(backwards
				? [desc(childcareRequests.receivedAt), desc(childcareRequests.id)]
				: [asc(childcareRequests.receivedAt), asc(childcareRequests.id)])
		)
		.limit(QUEUE_PAGE_SIZE + 1);
	const hasMore = fetched.length > QUEUE_PAGE_SIZE;
	const page = fetched.slice(0, QUEUE_PAGE_SIZE);
	if (backwards) page.reverse();

	// The children of the page's rows, and in one pass over the matching requests both the
	// total and the rank of the page's first row: the two run side by side.
	const first = page[0];
	const [children, [totals]] = await Promise.all([
		page.length
			? db
					.select({
						requestId: requestChildren.requestId,
						birthDate: requestChildren.birthDate,
						expectedBirthDate: requestChildren.expectedBirthDate
					})
					.from(requestChildren)
					.where(
						inArray(
							requestChildren.requestId,
							page.map((row) => row.id)
						)
					)
					.orderBy(asc(requestChildren.requestId), asc(requestChildren.position))
			: [],
		db
			.select({
				n: count(),
				before: first
					? sql<number>`count(*) filter (where ${positionComparedTo('<', first.id)})`.mapWith(
							Number
						)
					: sql<number>`0`.mapWith(Number)
			})
			.from(childcareRequests)
			.where(and(...where))
	]);
	const last = page.at(-1);

	const rows: QueueRow[] = page.map((row) => ({
		id: row.id,
		reference: row.reference,
		receivedAt: row.receivedAt,
		deadline: row.deadline,
		countdown: countdownOf(row.status, row.deadline, now),
		status: row.status,
		channel: row.channel,
		commune: { inseeCode: row.communeInsee, name: row.communeName },
		desiredStart: row.desiredStart,
		children: children
			.filter((child) => child.requestId === row.id)
			.map((child) => ageAtStart(child, row.desiredStart)),
		assignee:
			row.assigneeId && row.assigneeName ? { id: row.assigneeId, name: row.assigneeName } : null
	}));
	const rankBefore = totals?.before ?? 0;
	return {
		rows,
		total: totals?.n ?? 0,
		firstRank: first ? rankBefore + 1 : 0,
		previous: first && rankBefore > 0 ? { before: first.id } : null,
		next: last && (backwards ? cursorKnown : hasMore) ? { after: last.id } : null,
		targetDays
	};
}

/**
 * The counters above the queue and on the staff home, over every open request whatever the
 * queue's filters. (The home's appointments of the week are the agenda's query:
 * appointments/week-appointments.ts.)
 */
export async function queueCounters(
	db: Db,
	actor: StaffActor,
	now = new Date()
): Promise<QueueCounters> {
	const targetDays = await targetDaysOf(db, actor.relayId);
	const [row] = await db
		.select({
			open: count(),
			unassigned:
				sql<number>`count(*) filter (where ${childcareRequests.assignedTo} is null)`.mapWith(
					Number
				),
			overdue: sql<number>`count(*) filter (where ${overdueSql(targetDays, now)})`.mapWith(Number)
		})
		.from(childcareRequests)
		.where(
			and(
				eq(childcareRequests.relayId, actor.relayId),
				inArray(childcareRequests.status, [...openRequestStatuses])
			)
		);
	return { open: row?.open ?? 0, unassigned: row?.unassigned ?? 0, overdue: row?.overdue ?? 0 };
}

/**
 * The communes the commune filter offers: those the relay serves, and any other where one of
 * its open requests lives (a request moved in from another relay).
 */
export async function queueCommunes(
	db: Db,
	actor: StaffActor
): Promise<{ inseeCode: string; name: string }[]> {
	return db
		.selectDistinct({ inseeCode: communes.inseeCode, name: communes.name })
		.from(communes)
		.where(
			or(
				eq(communes.relayId, actor.relayId),
				inArray(
					communes.inseeCode,
					db
						.select({ insee: childcareRequests.residenceInsee })
						.from(childcareRequests)
						.where(
							and(
								eq(childcareRequests.relayId, actor.relayId),
								inArray(childcareRequests.status, [...openRequestStatuses])
							)
						)
				)
			)
		)
		.orderBy(asc(communes.name), asc(communes.inseeCode));
}
