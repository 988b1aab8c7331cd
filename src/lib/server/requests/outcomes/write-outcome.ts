import { and, eq, isNull } from 'drizzle-orm';
import type { CareFoundKind, FollowUpStage, NoSolutionReason } from '$lib/requests/outcome-options';
import type { AuditActor } from '../../audit/record-audit';
import { requestOutcomes } from '../../db/schema';
import type { Db } from '../../db/types';
import { changeRequestStatus, type MovedRequest } from '../lifecycle/change-status';
import type { OutcomeStatus } from '../lifecycle/state-machine';
import type { RequestStatus } from '$lib/childcare-request-options';

/** What a request ended with: the care found, or why none was. */
export type OutcomeFacts =
	| {
			found: true;
			careKind: CareFoundKind;
			/** When the care starts, if known. */
			startDate: string | null;
			/** Whether it came from a list the relay gave; null when unknown. */
			fromRelayList: boolean | null;
	  }
	| { found: false; reason: NoSolutionReason };

/** Who records it: an animator, or the family answering a follow-up. */
export type OutcomeAuthor =
	{ source: 'relay'; staffId: string } | { source: 'family'; followUpStage: FollowUpStage };

export const outcomeStatusOf = (facts: OutcomeFacts): OutcomeStatus =>
	facts.found ? 'solution_recorded' : 'closed_without_solution';

const auditActorOf = (author: OutcomeAuthor): AuditActor =>
	author.source === 'relay' ? { kind: 'staff', userId: author.staffId } : { kind: 'family' };

/** The facts as codes, for the event and the audit entry (no free text, no personal datum);
 *  the demo seed writes the same. */
export const outcomeCodesOf = (facts: OutcomeFacts) =>
	facts.found
		? {
				found: true,
				careKind: facts.careKind,
				...(facts.startDate ? { startDate: facts.startDate } : {}),
				...(facts.fromRelayList !== null ? { fromRelayList: facts.fromRelayList } : {})
			}
		: { found: false, noSolutionReason: facts.reason };

/**
 * Records an outcome and closes the request, in the caller's transaction: the status move
 * (conditional on `from`, through requests/lifecycle), its event and audit entry, and the
 * outcome row. The unique index `request_outcomes_one_current` is the last guard: a request
 * has one current outcome, whoever records it at the same moment. Null: the request was not
 * in `from` any more; nothing is written.
 */
export async function writeOutcome(
	tx: Db,
	input: {
		requestId: string;
		from: RequestStatus;
		facts: OutcomeFacts;
		author: OutcomeAuthor;
		now: Date;
	}
): Promise<MovedRequest | null> {
	const { facts, author, now } = input;
	const codes = { ...outcomeCodesOf(facts), source: author.source };
	const moved = await changeRequestStatus(tx, {
		request: input.requestId,
		from: input.from,
		to: outcomeStatusOf(facts),
		actor: auditActorOf(author),
		event: {
			details:
				author.source === 'family' ? { ...codes, followUpStage: author.followUpStage } : codes
		},
		audit: { action: 'request.outcome_recorded', details: codes },
		now
	});
	if (!moved) return null;
	await tx.insert(requestOutcomes).values({
		requestId: moved.id,
		source: author.source,
		recordedBy: author.source === 'relay' ? author.staffId : null,
		followUpStage: author.source === 'family' ? author.followUpStage : null,
		recordedAt: now,
		found: facts.found,
		careKind: facts.found ? facts.careKind : null,
		startDate: facts.found ? facts.startDate : null,
		fromRelayList: facts.found ? facts.fromRelayList : null,
		noSolutionReason: facts.found ? null : facts.reason
	});
	return moved;
}

/**
 * Reopens a request whose outcome was recorded (the family is still looking): back to "in
 * progress", the outcome kept in the history with its `reopened_at`. Null: the request was
 * not in `from` any more.
 */
export async function reopenOutcome(
	tx: Db,
	input: { requestId: string; from: OutcomeStatus; actor: AuditActor; now: Date }
): Promise<MovedRequest | null> {
	const moved = await changeRequestStatus(tx, {
		request: input.requestId,
		from: input.from,
		to: 'in_progress',
		actor: input.actor,
		event: { kind: 'reopened', visibleToFamily: true },
		audit: { action: 'request.reopened' },
		now: input.now
	});
	if (!moved) return null;
	await tx
		.update(requestOutcomes)
		.set({ reopenedAt: input.now })
		.where(and(eq(requestOutcomes.requestId, moved.id), isNull(requestOutcomes.reopenedAt)));
	return moved;
}
