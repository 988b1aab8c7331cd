import { and, desc, eq, isNull } from 'drizzle-orm';
import type { CareFoundKind, FollowUpAnswer, FollowUpStage } from '$lib/requests/outcome-options';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import { recordAudit } from '../../audit/record-audit';
import { childcareRequests, requestEvents, requestFollowUps } from '../../db/schema';
import type { Database, Db } from '../../db/types';
import { REQUEST_ENTITY } from '../lifecycle/change-status';
import { canTransition } from '../lifecycle/state-machine';
import { outcomeStatusOf, writeOutcome, type OutcomeFacts } from '../outcomes/write-outcome';
import { trackingTokenKey } from '../tracking-link';

/** The family's answer, as the answer page's forms give it. */
export type FollowUpReply =
	| { answer: 'found'; careKind: CareFoundKind }
	| { answer: 'still_looking' }
	| { answer: 'no_longer_needed' };

export type FollowUpRefusal =
	/** No request has this token (or its data were erased). */
	| 'not_found'
	/** No follow-up waits for an answer: answered already, or never sent. */
	| 'already_answered'
	/** The request is closed: nothing to answer any more. */
	| 'closed'
	/** The request cannot take an outcome now (an appointment is booked). */
	| 'not_now';

export type FollowUpAnswerResult =
	{ ok: true; stage: FollowUpStage } | { ok: false; reason: FollowUpRefusal };

/** The request a tracking token opens, locked, unless its personal data were erased. */
export async function lockTrackedRequest(tx: Db, token: string) {
	const [request] = await tx
		.select({
			id: childcareRequests.id,
			relayId: childcareRequests.relayId,
			status: childcareRequests.status
		})
		.from(childcareRequests)
		.where(
			and(
				eq(childcareRequests.trackingTokenHash, await trackingTokenKey(tx, token)),
				isNull(childcareRequests.anonymisedAt)
			)
		)
		.for('update');
	return request ?? null;
}

/** The latest follow-up sent to the request and not answered, if any. */
export async function pendingFollowUpStage(
	db: Db,
	requestId: string
): Promise<FollowUpStage | null> {
	const [row] = await db
		.select({ stage: requestFollowUps.stage })
		.from(requestFollowUps)
		.where(and(eq(requestFollowUps.requestId, requestId), isNull(requestFollowUps.answer)))
		.orderBy(desc(requestFollowUps.stage))
		.limit(1);
	if (!row) return null;
	return row.stage === 90 ? 90 : 30;
}

const factsOf = (reply: FollowUpReply): OutcomeFacts | null => {
	switch (reply.answer) {
		case 'found':
			return { found: true, careKind: reply.careKind, startDate: null, fromRelayList: null };
		case 'no_longer_needed':
			return { found: false, reason: 'no_longer_needed' };
		case 'still_looking':
			return null;
	}
};

/**
 * The family answers the follow-up waiting on its request (the latest sent), from the
 * tracking token. Once per stage: the answer is a conditional update (`answer is null`), so of
 * two tabs answering at once the second is refused. "Found" and "no longer needed" record an
 * outcome with source family (requests/outcomes), which closes the request; "still looking"
 * keeps it open, with an event and an audit entry of codes only. A request that cannot take
 * an outcome now (a new appointment is booked) or is closed is refused, nothing written.
 */
export async function answerFollowUp(
	db: Database,
	token: string,
	reply: FollowUpReply,
	now = new Date()
): Promise<FollowUpAnswerResult> {
	return db.transaction(async (tx): Promise<FollowUpAnswerResult> => {
		const request = await lockTrackedRequest(tx, token);
		if (!request) return { ok: false, reason: 'not_found' };
		const stage = await pendingFollowUpStage(tx, request.id);
		if (stage === null) return { ok: false, reason: 'already_answered' };
		if (!isOpenRequestStatus(request.status)) return { ok: false, reason: 'closed' };
		const facts = factsOf(reply);
		if (facts && !canTransition(request.status, outcomeStatusOf(facts))) {
			return { ok: false, reason: 'not_now' };
		}

		const [answered] = await tx
			.update(requestFollowUps)
			.set({ answer: reply.answer, answeredAt: now })
			.where(
				and(
					eq(requestFollowUps.requestId, request.id),
					eq(requestFollowUps.stage, stage),
					isNull(requestFollowUps.answer)
				)
			)
			.returning({ stage: requestFollowUps.stage });
		if (!answered) return { ok: false, reason: 'already_answered' };

		if (facts) {
			const moved = await writeOutcome(tx, {
				requestId: request.id,
				from: request.status,
				facts,
				author: { source: 'family', followUpStage: stage },
				now
			});
			// The row is locked: its status cannot have moved since it was read.
			if (!moved) throw new Error(`request ${request.id} left ${request.status} under lock`);
		} else {
			await recordStillLooking(tx, request, stage, reply.answer, now);
		}
		return { ok: true, stage };
	});
}

async function recordStillLooking(
	tx: Db,
	request: { id: string; relayId: string },
	stage: FollowUpStage,
	answer: FollowUpAnswer,
	now: Date
) {
	await tx.insert(requestEvents).values({
		requestId: request.id,
		kind: 'follow_up_answered',
		at: now,
		actorKind: 'family',
		visibleToFamily: true,
		details: { stage, answer }
	});
	await recordAudit(tx, {
		actor: { kind: 'family' },
		relayId: request.relayId,
		action: 'request.follow_up_answered',
		entityType: REQUEST_ENTITY,
		entityId: request.id,
		details: { stage, answer }
	});
}
