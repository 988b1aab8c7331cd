import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { FollowUpStage } from '$lib/requests/outcome-options';
import { recordAudit } from '../../audit/record-audit';
import { childcareRequests, relays, requestEvents, requestFollowUps } from '../../db/schema';
import type { Database, Db } from '../../db/types';
import { logger } from '../../log';
import { enqueueFamilyMail } from '../family-mail';
import { REQUEST_ENTITY } from '../lifecycle/change-status';
import { dueFollowUps, followUpStatuses, type DueFollowUp } from './due-follow-ups';
import { followUpLinks } from './follow-up-links';

const BATCH_SIZE = 100;

export interface FollowUpRun {
	sent: number;
	failed: number;
}

/**
 * Sends the follow-ups due at `now` (due-follow-ups.ts), by batches, each request in its own
 * transaction, so that one failing request is logged and the others still go. Run hourly by
 * the housekeeping, possibly by several instances at once: the follow-up row (primary key
 * request + stage) is inserted with ON CONFLICT DO NOTHING, and the mail, the event and the
 * audit entry are written in the same transaction only when that insert happened.
 */
export async function sendFollowUps(db: Database, now = new Date()): Promise<FollowUpRun> {
	const run: FollowUpRun = { sent: 0, failed: 0 };
	for (;;) {
		const due = await dueFollowUps(db, now, BATCH_SIZE);
		let sentInBatch = 0;
		for (const followUp of due) {
			try {
				if (await sendFollowUp(db, followUp, now)) sentInBatch++;
			} catch (err) {
				run.failed++;
				logger.error(
					{ err, requestId: followUp.requestId, stage: followUp.stage },
					'follow-up failed'
				);
			}
		}
		run.sent += sentInBatch;
		// A short batch was the last; a batch where nothing went would come back the same.
		if (due.length < BATCH_SIZE || sentInBatch === 0) return run;
	}
}

/** One follow-up: true when this call sent it, false when it was not due any more. */
async function sendFollowUp(db: Database, due: DueFollowUp, now: Date): Promise<boolean> {
	return db.transaction(async (tx) => {
		// One statement claims the stage, if the request still qualifies (it may have closed
		// since the list was read): of two instances, one inserts, the other finds the row.
		const claim = tx
			.select({
				requestId: childcareRequests.id,
				stage: sql<number>`${due.stage}::smallint`.as('stage'),
				sentAt: sql<Date>`${now.toISOString()}::timestamptz`.as('sent_at'),
				answer: sql<null>`null::follow_up_answer`.as('answer'),
				answeredAt: sql<null>`null::timestamptz`.as('answered_at')
			})
			.from(childcareRequests)
			.where(
				and(
					eq(childcareRequests.id, due.requestId),
					inArray(childcareRequests.status, [...followUpStatuses]),
					isNull(childcareRequests.anonymisedAt),
					isNotNull(childcareRequests.email)
				)
			);
		const [inserted] = await tx
			.insert(requestFollowUps)
			.select(claim)
			.onConflictDoNothing()
			.returning({ stage: requestFollowUps.stage });
		if (!inserted) return false;

		const [request] = await tx
			.select({
				id: childcareRequests.id,
				relayId: childcareRequests.relayId,
				reference: childcareRequests.reference,
				email: childcareRequests.email,
				parentNames: childcareRequests.parentNames,
				relayName: relays.name
			})
			.from(childcareRequests)
			.innerJoin(relays, eq(relays.id, childcareRequests.relayId))
			.where(eq(childcareRequests.id, due.requestId));
		if (!request) throw new Error(`request ${due.requestId} vanished`);
		const recipient = { requestId: request.id, relayId: request.relayId, email: request.email };
		await enqueueFamilyMail(tx, recipient, (trackingLink, { t }) => ({
			subject: t.familyMail.followUp.subject,
			text: `${t.familyMail.followUp.text({
				parentNames: request.parentNames,
				relayName: request.relayName,
				reference: request.reference,
				links: followUpLinks(trackingLink),
				trackingLink
			})}\n\n${t.familyMail.signature(request.relayName)}`
		}));
		await recordFollowUpSent(tx, request, due.stage, now);
		return true;
	});
}

async function recordFollowUpSent(
	tx: Db,
	request: { id: string; relayId: string },
	stage: FollowUpStage,
	now: Date
) {
	await tx.insert(requestEvents).values({
		requestId: request.id,
		kind: 'follow_up_sent',
		at: now,
		actorKind: 'system',
		visibleToFamily: true,
		details: { stage }
	});
	await recordAudit(tx, {
		actor: { kind: 'system' },
		relayId: request.relayId,
		action: 'request.follow_up_sent',
		entityType: REQUEST_ENTITY,
		entityId: request.id,
		details: { stage }
	});
}
