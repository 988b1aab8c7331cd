import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { FollowUpAnswer, FollowUpStage } from '$lib/requests/outcome-options';
import type { RequestStatus } from '$lib/childcare-request-options';
import { childcareRequests, requestFollowUps } from '../../db/schema';
import type { Db } from '../../db/types';
import { trackingTokenKey } from '../tracking-link';
import { pendingFollowUpStage } from './answer-follow-up';

/** What the family sees of its follow-ups: the question waiting, and its last answer. */
export interface FamilyFollowUp {
	/** The stage of the follow-up waiting for an answer, if any. */
	pendingStage: FollowUpStage | null;
	lastAnswer: { stage: FollowUpStage; answer: FollowUpAnswer; answeredAt: Date } | null;
}

export async function familyFollowUpOf(db: Db, requestId: string): Promise<FamilyFollowUp> {
	const [answered] = await db
		.select({
			stage: requestFollowUps.stage,
			answer: requestFollowUps.answer,
			answeredAt: requestFollowUps.answeredAt
		})
		.from(requestFollowUps)
		.where(and(eq(requestFollowUps.requestId, requestId), isNotNull(requestFollowUps.answer)))
		.orderBy(desc(requestFollowUps.answeredAt))
		.limit(1);
	return {
		pendingStage: await pendingFollowUpStage(db, requestId),
		lastAnswer:
			answered?.answer && answered.answeredAt
				? {
						stage: answered.stage === 90 ? 90 : 30,
						answer: answered.answer,
						answeredAt: answered.answeredAt
					}
				: null
	};
}

export interface FollowUpQuestion extends FamilyFollowUp {
	reference: string;
	status: RequestStatus;
}

/** The answer page's view of a request, from its tracking token; null: not found (or erased). */
export async function loadFollowUpQuestion(
	db: Db,
	token: string
): Promise<FollowUpQuestion | null> {
	const [request] = await db
		.select({
			id: childcareRequests.id,
			reference: childcareRequests.reference,
			status: childcareRequests.status
		})
		.from(childcareRequests)
		.where(
			and(
				eq(childcareRequests.trackingTokenHash, await trackingTokenKey(db, token)),
				isNull(childcareRequests.anonymisedAt)
			)
		);
	if (!request) return null;
	return {
		reference: request.reference,
		status: request.status,
		...(await familyFollowUpOf(db, request.id))
	};
}
