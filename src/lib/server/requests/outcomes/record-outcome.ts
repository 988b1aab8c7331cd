import type { RequestStatus } from '$lib/childcare-request-options';
import type { Db } from '../../db/types';
import { findRelayRequest } from '../../queue/relay-request';
import type { StaffActor } from '../../queue/staff-actor';
import { writeOutcome, type OutcomeFacts } from './write-outcome';

/** The statuses an animator may record an outcome from (the machine's edges to an outcome). */
const recordableFrom = ['in_progress', 'appointment_held'] as const satisfies RequestStatus[];

export type RecordOutcomeRefusal =
	/** No such request in the actor's relay (another relay's too). */
	| 'not_found'
	/** The status changed since the person saw it. */
	| 'stale'
	/** An appointment is booked: hold it or cancel it first. */
	| 'appointment_booked'
	/** Not worked on, or already closed. */
	| 'not_open';

export type RecordOutcomeResult =
	| { ok: true; reference: string }
	| { ok: false; refusal: RecordOutcomeRefusal; current?: RequestStatus };

/**
 * The animator records what a request of their relay ended with, which closes it. The row is
 * locked for the check, and `writeOutcome` moves the status conditionally: of two animators
 * recording at once, the second finds the request closed and is refused as stale.
 */
export async function recordOutcome(
	db: Db,
	actor: StaffActor,
	input: { requestId: string; expectedFrom: RequestStatus; facts: OutcomeFacts },
	now = new Date()
): Promise<RecordOutcomeResult> {
	return db.transaction(async (tx) => {
		const current = await findRelayRequest(tx, actor, input.requestId, { lock: true });
		if (!current) return { ok: false, refusal: 'not_found' };
		const refuse = (refusal: RecordOutcomeRefusal): RecordOutcomeResult => ({
			ok: false,
			refusal,
			current: current.status
		});
		if (current.status !== input.expectedFrom) return refuse('stale');
		if (current.status === 'appointment_booked') return refuse('appointment_booked');
		if (!(recordableFrom as readonly RequestStatus[]).includes(current.status)) {
			return refuse('not_open');
		}
		const moved = await writeOutcome(tx, {
			requestId: current.id,
			from: current.status,
			facts: input.facts,
			author: { source: 'relay', staffId: actor.id },
			now
		});
		if (!moved) return refuse('stale');
		return { ok: true, reference: moved.reference };
	});
}
