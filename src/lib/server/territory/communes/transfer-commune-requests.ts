import { and, asc, eq } from 'drizzle-orm';
import { childcareRequests, communes, relays } from '../../db/schema';
import type { Db } from '../../db/types';
import { isUuid } from '$lib/ids';
import { moveRequestToRelay } from '../../queue/move-request-to-relay';
import { isTransferable } from '../../requests/lifecycle/state-machine';
import { auditActorOfCoordinator, INSEE_CODE, type CoordinatorActor } from './commune-coordinator';
import { movableRequestsOf } from './commune-detail';

export type TransferCommuneResult =
	| { ok: true; moved: number; toRelay: { id: string; name: string } }
	| { ok: false; refusal: 'not_found' | 'not_served' | 'invalid_relay' };

/**
 * After a commune moved to another relay, its families' requests still waiting for a first
 * appointment in the old relay (`fromRelayId`) follow it, all at once, each with its event
 * and audit entry (actor: the coordinator), like an admin's transfer. Each move is
 * conditional (move-request-to-relay.ts): a request taken, booked or moved meanwhile stays
 * where it is, and pressing twice moves nothing the second time.
 */
export async function transferOpenRequestsOfCommune(
	db: Db,
	coordinator: CoordinatorActor,
	inseeCode: string,
	fromRelayId: string,
	reason: string,
	now = new Date()
): Promise<TransferCommuneResult> {
	if (!INSEE_CODE.test(inseeCode)) return { ok: false, refusal: 'not_found' };
	if (!isUuid(fromRelayId)) return { ok: false, refusal: 'invalid_relay' };
	return db.transaction(async (tx) => {
		const [commune] = await tx
			.select({ relayId: relays.id, relayName: relays.name })
			.from(communes)
			.leftJoin(relays, eq(relays.id, communes.relayId))
			.where(eq(communes.inseeCode, inseeCode));
		if (!commune) return { ok: false, refusal: 'not_found' };
		if (!commune.relayId || !commune.relayName) return { ok: false, refusal: 'not_served' };
		if (commune.relayId === fromRelayId) return { ok: false, refusal: 'invalid_relay' };
		const toRelay = { id: commune.relayId, name: commune.relayName };
		// Locked, in arrival order: a second coordinator pressing at once waits, then finds
		// them moved already.
		const candidates = await tx
			.select({ id: childcareRequests.id, status: childcareRequests.status })
			.from(childcareRequests)
			.where(and(...movableRequestsOf(tx, inseeCode), eq(childcareRequests.relayId, fromRelayId)))
			.orderBy(asc(childcareRequests.receivedAt), asc(childcareRequests.id))
			.for('update', { of: childcareRequests });
		let moved = 0;
		for (const request of candidates) {
			if (!isTransferable(request.status)) continue;
			const done = await moveRequestToRelay(
				tx,
				{
					requestId: request.id,
					fromRelayId,
					fromStatus: request.status,
					toRelay,
					actor: auditActorOfCoordinator(coordinator),
					auditRelayId: fromRelayId,
					reason
				},
				now
			);
			if (done) moved += 1;
		}
		return { ok: true, moved, toRelay };
	});
}
