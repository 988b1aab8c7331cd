import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { childcareRequests, requestEvents, staffUsers } from '../db/schema';
import type { Db } from '../db/types';
import { isUuid } from '$lib/ids';
import { findRelayRequest } from './relay-request';
import { auditActorOf, type StaffActor } from './staff-actor';
import { REQUEST_ENTITY } from '../requests/lifecycle/change-status';

/** The statuses of a request someone is working on: the ones that can change hands. */
export const reassignableStatuses = [
	'in_progress',
	'appointment_booked',
	'appointment_held'
] as const;

/** Who can take a request over: the active admins and animators of the relay. */
export async function relayCaseworkers(
	db: Db,
	relayId: string
): Promise<{ id: string; name: string }[]> {
	return db
		.select({ id: staffUsers.id, name: staffUsers.name })
		.from(staffUsers)
		.where(
			and(
				eq(staffUsers.relayId, relayId),
				eq(staffUsers.active, true),
				inArray(staffUsers.role, ['admin', 'animator'])
			)
		)
		.orderBy(asc(staffUsers.name), asc(staffUsers.id));
}

export type ReassignResult =
	| { ok: true; assignee: { id: string; name: string } }
	| { ok: false; refusal: 'not_found' | 'not_taken' | 'invalid_assignee' | 'same_assignee' };

/**
 * Hands a request someone is working on to another active admin or animator of the relay (a
 * holiday, a language spoken). A request still waiting is not handed out: it is taken, in
 * turn or with a reason (take-next.ts).
 */
export async function reassignRequest(
	db: Db,
	actor: StaffActor,
	requestId: string,
	toStaffId: string,
	now = new Date()
): Promise<ReassignResult> {
	return db.transaction(async (tx) => {
		const request = await findRelayRequest(tx, actor, requestId, { lock: true });
		if (!request) return { ok: false, refusal: 'not_found' };
		if (!(reassignableStatuses as readonly string[]).includes(request.status)) {
			return { ok: false, refusal: 'not_taken' };
		}
		if (!isUuid(toStaffId)) return { ok: false, refusal: 'invalid_assignee' };
		const [assignee] = (await relayCaseworkers(tx, actor.relayId)).filter(
			(member) => member.id === toStaffId
		);
		if (!assignee) return { ok: false, refusal: 'invalid_assignee' };
		if (request.assignedTo === assignee.id) return { ok: false, refusal: 'same_assignee' };

		const [moved] = await tx
			.update(childcareRequests)
			.set({ assignedTo: assignee.id, updatedAt: now })
			.where(
				and(
					eq(childcareRequests.id, request.id),
					eq(childcareRequests.relayId, actor.relayId),
					inArray(childcareRequests.status, [...reassignableStatuses]),
					ne(childcareRequests.assignedTo, assignee.id)
				)
			)
			.returning({ id: childcareRequests.id });
		if (!moved) return { ok: false, refusal: 'not_taken' };
		const change = { from: request.assignedTo, to: assignee.id };
		await tx.insert(requestEvents).values({
			requestId: request.id,
			kind: 'reassigned',
			at: now,
			actorKind: 'staff',
			actorId: actor.id,
			visibleToFamily: false,
			details: change
		});
		await recordAudit(tx, {
			actor: auditActorOf(actor),
			relayId: actor.relayId,
			action: 'request.reassigned',
			entityType: REQUEST_ENTITY,
			entityId: request.id,
			details: change
		});
		return { ok: true, assignee };
	});
}
