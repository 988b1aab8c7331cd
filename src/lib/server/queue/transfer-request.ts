import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { TRANSFER_REASON_MAX } from '$lib/queue/rules';
import { recordAudit } from '../audit/record-audit';
import { childcareRequests, relays, requestEvents } from '../db/schema';
import type { Db } from '../db/types';
import { isUuid } from '$lib/ids';
import { findRelayRequest } from './relay-request';
import { auditActorOf, REQUEST_ENTITY, type StaffActor } from './staff-actor';

/**
 * Before an appointment, a request can move to another relay of the deployment (the family
 * lives on a border, works in the other territory). It leaves this relay's queue and enters
 * the other's as waiting, unassigned, at its original arrival: the family has been waiting
 * since then. Once an appointment is booked it stays: cancel the appointment first.
 */
export const transferableStatuses = ['received', 'in_progress'] as const;

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
		if (!(transferableStatuses as readonly string[]).includes(request.status)) {
			return { ok: false, refusal: 'not_transferable' };
		}
		if (!isUuid(toRelayId) || toRelayId === admin.relayId)
			return { ok: false, refusal: 'invalid_relay' };
		const [toRelay] = await tx
			.select({ id: relays.id, name: relays.name })
			.from(relays)
			.where(eq(relays.id, toRelayId));
		if (!toRelay) return { ok: false, refusal: 'invalid_relay' };

		const [moved] = await tx
			.update(childcareRequests)
			.set({ relayId: toRelay.id, status: 'received', assignedTo: null, updatedAt: now })
			.where(
				and(
					eq(childcareRequests.id, request.id),
					eq(childcareRequests.relayId, admin.relayId),
					inArray(childcareRequests.status, [...transferableStatuses])
				)
			)
			.returning({ id: childcareRequests.id });
		if (!moved) return { ok: false, refusal: 'not_transferable' };
		const details = {
			fromRelayId: admin.relayId,
			toRelayId: toRelay.id,
			fromStatus: request.status
		};
		// Visible: the family's page shows the relay that now handles the request.
		await tx.insert(requestEvents).values({
			requestId: request.id,
			kind: 'transferred',
			at: now,
			actorKind: 'staff',
			actorId: admin.id,
			visibleToFamily: true,
			details: { ...details, toRelayName: toRelay.name, reason: why }
		});
		await recordAudit(tx, {
			actor: auditActorOf(admin),
			relayId: admin.relayId,
			action: 'request.transferred',
			entityType: REQUEST_ENTITY,
			entityId: request.id,
			details: { ...details, reason: why }
		});
		return { ok: true, toRelay };
	});
}
