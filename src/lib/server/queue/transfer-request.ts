import { asc, eq, ne } from 'drizzle-orm';
import { TRANSFER_REASON_MAX } from '$lib/queue/rules';
import { relays } from '../db/schema';
import type { Db } from '../db/types';
import { isUuid } from '$lib/ids';
import { findRelayRequest } from './relay-request';
import { moveRequestToRelay } from './move-request-to-relay';
import { isTransferable } from '../requests/lifecycle/state-machine';
import type { StaffActor } from './staff-actor';

/**
 * An admin moves a request to another relay of the deployment (the family lives on a border,
 * works in the other territory): move-request-to-relay.ts says what a move does. Once an
 * appointment is booked it stays: cancel the appointment first.
 */

/** The other relays of the deployment, for the admin's choice. */
export async function otherRelays(
	db: Db,
	relayId: string
): Promise<{ id: string; name: string }[]> {
	return db
		.select({ id: relays.id, name: relays.name })
		.from(relays)
		.where(ne(relays.id, relayId))
		.orderBy(asc(relays.name));
}

export type TransferResult =
	| { ok: true; toRelay: { id: string; name: string } }
	| {
			ok: false;
			refusal:
				| 'not_found'
				| 'not_admin'
				| 'not_transferable'
				| 'invalid_relay'
				| 'reason_required'
				| 'reason_too_long';
	  };

export async function transferRequest(
	db: Db,
	admin: StaffActor,
	requestId: string,
	toRelayId: string,
	reason: string,
	now = new Date()
): Promise<TransferResult> {
	if (admin.role !== 'admin') return { ok: false, refusal: 'not_admin' };
	const why = reason.trim();
	if (!why) return { ok: false, refusal: 'reason_required' };
	if (why.length > TRANSFER_REASON_MAX) return { ok: false, refusal: 'reason_too_long' };
	return db.transaction(async (tx) => {
		const request = await findRelayRequest(tx, admin, requestId, { lock: true });
		if (!request) return { ok: false, refusal: 'not_found' };
		if (!isTransferable(request.status)) return { ok: false, refusal: 'not_transferable' };
		if (!isUuid(toRelayId) || toRelayId === admin.relayId)
			return { ok: false, refusal: 'invalid_relay' };
		const [toRelay] = await tx
			.select({ id: relays.id, name: relays.name })
			.from(relays)
			.where(eq(relays.id, toRelayId));
		if (!toRelay) return { ok: false, refusal: 'invalid_relay' };

		const moved = await moveRequestToRelay(
			tx,
			{
				requestId: request.id,
				fromRelayId: admin.relayId,
				fromStatus: request.status,
				toRelay,
				actor: { kind: 'staff', userId: admin.id },
				auditRelayId: admin.relayId,
				reason: why
			},
			now
		);
		if (!moved) return { ok: false, refusal: 'not_transferable' };
		return { ok: true, toRelay };
	});
}
