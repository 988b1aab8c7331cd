import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { followUpAnswers, type FollowUpAnswer } from '$lib/requests/outcome-options';
import { openRequestStatuses } from '$lib/requests/request-status';
import { parisDate } from '$lib/time/paris';
import { DAY_MS } from '$lib/time/durations';
import { z } from '$lib/forms/zod';
import { childcareRequests, communes, staffUsers } from '../../db/schema';
import type { Db } from '../../db/types';
import { firstHeldAppointments, hasNoCurrentOutcome } from './awaiting-outcome';
import type { StaffActor } from '../../queue/staff-actor';

/**
 * The animators' follow-up list: the relay's requests whose family was met (an appointment
 * held) and whose outcome is not recorded yet, the longest waiting first (by the date of the
 * first appointment held). Each row says which follow-up mails went out and what the family
 * answered, so that "still looking" is seen by the animator. Staff see the family's name here
 * (unlike the neutral queue): it is the list of families they already met.
 *
 * One statement for the page: the first appointment held comes from a `DISTINCT ON` subquery,
 * the follow-ups from a correlated `json_agg`, the total from a window count.
 */

export const FOLLOW_UP_PAGE_SIZE = 50;

export interface FollowUpListFilters {
	/** Only the requests assigned to the actor ("les miennes"); every one by default. */
	mine: boolean;
	/** 1-based. */
	page: number;
}

export interface FollowUpSent {
	stage: number;
	sentAt: Date;
	answer: FollowUpAnswer | null;
	answeredAt: Date | null;
}

export interface FollowUpRow {
	id: string;
	reference: string;
	familyName: string;
	commune: string;
	firstHeldAt: Date;
	/** Calendar days (Paris) since the first appointment held. */
	daysSince: number;
	assignee: { id: string; name: string } | null;
	/** Oldest stage first. */
	followUps: FollowUpSent[];
}

export interface FollowUpListPage {
	rows: FollowUpRow[];
	/** Requests matching the filter, all pages (0 when the page is past the last). */
	total: number;
	page: number;
	pageCount: number;
	/** 1-based rank of the first row among all (0 when there is none). */
	firstRank: number;
}

const queryNames = { mine: 'attribution', page: 'page' } as const;
const MINE = 'moi';

const querySchema = z.object({
	mine: z.literal(MINE).optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)
});

/** Reads `?attribution=moi&page=2`; anything else falls back to the first page of all. */
export function parseFollowUpListQuery(params: URLSearchParams): FollowUpListFilters {
	const parsed = querySchema.parse({
		mine: params.get(queryNames.mine) ?? undefined,
		page: params.get(queryNames.page) ?? undefined
	});
	return { mine: parsed.mine === MINE, page: parsed.page ?? 1 };
}

/** The address of the list with this filter and page. */
export function followUpListHref(filters: FollowUpListFilters): string {
	const params = new URLSearchParams();
	if (filters.mine) params.set(queryNames.mine, MINE);
	if (filters.page > 1) params.set(queryNames.page, String(filters.page));
	const query = params.toString();
	return query ? `/relais/suivis?${query}` : '/relais/suivis';
}

const followUpJson = z.array(
	z.object({
		stage: z.number().int(),
		sentAt: z.string(),
		answer: z.enum(followUpAnswers).nullable(),
		answeredAt: z.string().nullable()
	})
);

/** The drivers differ: postgres.js parses json, PGlite may too; a string is parsed here. */
function followUpsOf(value: unknown): FollowUpSent[] {
	const raw: unknown = typeof value === 'string' ? JSON.parse(value) : value;
	return followUpJson.parse(raw ?? []).map((followUp) => ({
		stage: followUp.stage,
		sentAt: new Date(followUp.sentAt),
		answer: followUp.answer,
		answeredAt: followUp.answeredAt ? new Date(followUp.answeredAt) : null
	}));
}

const daysBetween = (from: Date, to: Date) =>
	Math.round((Date.parse(parisDate(to)) - Date.parse(parisDate(from))) / DAY_MS);

export async function listFollowUps(
	db: Db,
	actor: StaffActor,
	filters: FollowUpListFilters,
	now = new Date()
): Promise<FollowUpListPage> {
	// The first appointment held of every request (a later one may be held too). Not scoped
	// by relay: a request moved in from another relay keeps the appointment held there; the
	// scope is the request's relay, below.
	const firstHeld = firstHeldAppointments(db);

	const rows = await db
		.select({
			id: childcareRequests.id,
			reference: childcareRequests.reference,
			familyName: childcareRequests.parentNames,
			commune: communes.name,
			firstHeldAt: firstHeld.heldAt,
			assigneeId: staffUsers.id,
			assigneeName: staffUsers.name,
			followUps: sql<unknown>`(
				select coalesce(json_agg(json_build_object(
					'stage', f.stage, 'sentAt', f.sent_at, 'answer', f.answer, 'answeredAt', f.answered_at
				) order by f.stage), '[]'::json)
				from request_follow_ups f where f.request_id = ${childcareRequests.id}
			)`,
			total: sql<number>`count(*) over ()`.mapWith(Number)
		})
		.from(childcareRequests)
		.innerJoin(firstHeld, eq(firstHeld.requestId, childcareRequests.id))
		.innerJoin(communes, eq(communes.inseeCode, childcareRequests.residenceInsee))
		.leftJoin(staffUsers, eq(staffUsers.id, childcareRequests.assignedTo))
		.where(
			and(
				eq(childcareRequests.relayId, actor.relayId),
				inArray(childcareRequests.status, [...openRequestStatuses]),
				isNull(childcareRequests.anonymisedAt),
				hasNoCurrentOutcome(db),
				...(filters.mine ? [eq(childcareRequests.assignedTo, actor.id)] : [])
			)
		)
		.orderBy(asc(firstHeld.heldAt), asc(childcareRequests.id))
		.limit(FOLLOW_UP_PAGE_SIZE)
		.offset((filters.page - 1) * FOLLOW_UP_PAGE_SIZE);

	const total = rows[0]?.total ?? 0;
	return {
		rows: rows.map((row) => ({
			id: row.id,
			reference: row.reference,
			familyName: row.familyName,
			commune: row.commune,
			firstHeldAt: row.firstHeldAt,
			daysSince: daysBetween(row.firstHeldAt, now),
			assignee:
				row.assigneeId && row.assigneeName ? { id: row.assigneeId, name: row.assigneeName } : null,
			followUps: followUpsOf(row.followUps)
		})),
		total,
		page: filters.page,
		pageCount: Math.ceil(total / FOLLOW_UP_PAGE_SIZE),
		firstRank: rows.length > 0 ? (filters.page - 1) * FOLLOW_UP_PAGE_SIZE + 1 : 0
	};
}
