import type { RequestStatus } from '$lib/childcare-request-options';
import type { Db } from '../../db/types';
import { isOutcomeStatus } from '../lifecycle/state-machine';
import { findRelayRequest } from '../../queue/relay-request';
import { auditActorOf, type StaffActor } from '../../queue/staff-actor';
import { reopenOutcome } from './write-outcome';

export type ReopenRefusal = 'not_found' | 'stale' | 'not_reopenable';

export type ReopenResult =
	{ ok: true; reference: string } | { ok: false; refusal: ReopenRefusal; current?: RequestStatus };

/**
 * The family is still looking: a request of the actor's relay closed with an outcome goes
 * back to "in progress". The outcome stays in the history, marked reopened; a new one may be
 * recorded later. Requests closed otherwise (by the relay, cancelled) are not reopened here.
 */
export async function reopenRequest(
	db: Db,
	actor: StaffActor,
	input: { requestId: string; expectedFrom: RequestStatus },
	now = new Date()
): Promise<ReopenResult> {
	return db.transaction(async (tx) => {
		const current = await findRelayRequest(tx, actor, input.requestId, { lock: true });
		if (!current) return { ok: false, refusal: 'not_found' };
		const from = current.status;
		if (from !== input.expectedFrom) return { ok: false, refusal: 'stale', current: from };
		if (!isOutcomeStatus(from)) return { ok: false, refusal: 'not_reopenable', current: from };
		const moved = await reopenOutcome(tx, {
			requestId: current.id,
			from,
			actor: auditActorOf(actor),
			now
		});
		if (!moved) return { ok: false, refusal: 'stale', current: from };
		return { ok: true, reference: moved.reference };
	});
}
