import { and, eq, notExists, sql } from 'drizzle-orm';
import type { AuditActor } from '../audit/record-audit';
import { appointments, childcareRequests } from '../db/schema';
import type { Db } from '../db/types';
import { changeRequestStatus } from '../requests/lifecycle/change-status';
import type { TransferableStatus } from '../requests/lifecycle/state-machine';

/**
 * Before an appointment, a request can move to another relay of the deployment. It leaves
 * the old relay's queue and enters the other's as waiting, unassigned, at its original
 * arrival: the family has been waiting since then. Once an appointment is booked it stays.
 */
export interface RequestMove {
	requestId: string;
	fromRelayId: string;
	/** The status the mover read: a request whose status changed since is left alone. */
	fromStatus: TransferableStatus;
	toRelay: { id: string; name: string };
	/** The staff member who moves it: a relay admin, or the coordinator moving a commune. */
	actor: Extract<AuditActor, { kind: 'staff' }>;
	/** The audit entry's relay: the admin's own, or the old relay for the coordinator. */
	auditRelayId: string;
	reason: string;
}

/**
 * Moves one request, with its event (the family's page then shows the new relay) and its
 * audit entry. The UPDATE is the guard: it only moves a request that is still in the old
 * relay, in the status read, with no appointment booked, so that a request taken meanwhile
 * or already moved by someone else is left alone (false). Call it inside the transaction of
 * the change, so that the event and the audit entry commit with the move or not at all.
 */
export async function moveRequestToRelay(db: Db, move: RequestMove, now: Date): Promise<boolean> {
	const details = {
		fromRelayId: move.fromRelayId,
		toRelayId: move.toRelay.id,
		fromStatus: move.fromStatus
	};
	const moved = await changeRequestStatus(db, {
		request: move.requestId,
		from: move.fromStatus,
		to: 'received',
		transfer: true,
		actor: move.actor,
		auditRelayId: move.auditRelayId,
		where: and(
			eq(childcareRequests.relayId, move.fromRelayId),
			notExists(
				db
					.select({ one: sql`1` })
					.from(appointments)
					.where(
						and(eq(appointments.requestId, childcareRequests.id), eq(appointments.status, 'booked'))
					)
			)
		),
		set: { relayId: move.toRelay.id, assignedTo: null },
		event: {
			kind: 'transferred',
			visibleToFamily: true,
			details: { ...details, toRelayName: move.toRelay.name, reason: move.reason }
		},
		// The reason stays in the event (erased with the family's data), never in the audit log.
		audit: { action: 'request.transferred', details },
		now
	});
	return moved !== null;
}
