import { and, eq, isNull } from 'drizzle-orm';
import type { RequestStatus } from '$lib/childcare-request-options';
import { childcareRequests } from '../db/schema';
import type { Db } from '../db/types';
import { isUuid } from '$lib/ids';
import type { StaffActor } from './staff-actor';

export interface RelayRequestRef {
	id: string;
	reference: string;
	relayId: string;
	status: RequestStatus;
	assignedTo: string | null;
}

const refColumns = {
	id: childcareRequests.id,
	reference: childcareRequests.reference,
	relayId: childcareRequests.relayId,
	status: childcareRequests.status,
	assignedTo: childcareRequests.assignedTo
};

/**
 * A request of the actor's relay, by id, to change it; null for an unknown id and for another
 * relay's request alike, and for an erased one: once the family's data are erased nothing is
 * added to the request (a note, a call, a list, an outcome), so none can come back.
 * `lock` takes the row for the rest of the transaction.
 */
export async function findRelayRequest(
	db: Db,
	actor: StaffActor,
	requestId: string,
	options: { lock?: boolean } = {}
): Promise<RelayRequestRef | null> {
	if (!isUuid(requestId)) return null;
	const query = db
		.select(refColumns)
		.from(childcareRequests)
		.where(
			and(
				eq(childcareRequests.id, requestId),
				eq(childcareRequests.relayId, actor.relayId),
				isNull(childcareRequests.anonymisedAt)
			)
		);
	const [row] = options.lock ? await query.for('update') : await query;
	return row ?? null;
}

/** The same, by the reference read on the phone (the request page's address). */
export async function findRelayRequestByReference(
	db: Db,
	actor: StaffActor,
	reference: string
): Promise<RelayRequestRef | null> {
	const [row] = await db
		.select(refColumns)
		.from(childcareRequests)
		.where(
			and(
				eq(childcareRequests.reference, reference.trim().toUpperCase()),
				eq(childcareRequests.relayId, actor.relayId)
			)
		);
	return row ?? null;
}
