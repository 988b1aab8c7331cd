import { and, eq, isNull } from 'drizzle-orm';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import type { AnonymisationCause } from '$lib/requests/outcome-options';
import type { AuditActor } from '../../audit/record-audit';
import { releaseAppointmentsForErasure } from '../../appointments/release-for-erasure';
import { childcareRequests, relays } from '../../db/schema';
import type { Db } from '../../db/types';
import type { StaffActor } from '../../queue/staff-actor';
import { changeRequestStatus } from '../lifecycle/change-status';
import { anonymiseRequest, type AnonymisationActor } from '../retention/anonymise-request';
import { trackingTokenKey } from '../tracking-link';
import { enqueueErasureMail } from './erasure-mail';

/**
 * The right to erasure, at once (GDPR art. 17): asked by the family from its tracking page,
 * or at the desk and done by the relay's admin. In one transaction, the request locked: an
 * open request is first cancelled (the family's, reason `erasure`) and its appointment to come
 * cancelled, so that the relay's queue and the animator's agenda let go of it; then THE
 * erasure rule (requests/retention/anonymise-request.ts); then, for the family, a
 * confirmation to the address read before it was erased.
 */

interface LockedRequest {
	id: string;
	relayId: string;
	relayName: string;
	status: (typeof childcareRequests.$inferSelect)['status'];
	email: string | null;
	anonymisedAt: Date | null;
}

const lockedColumns = {
	id: childcareRequests.id,
	relayId: childcareRequests.relayId,
	relayName: relays.name,
	status: childcareRequests.status,
	email: childcareRequests.email,
	locale: childcareRequests.locale,
	anonymisedAt: childcareRequests.anonymisedAt
};

async function erase(
	tx: Db,
	request: LockedRequest,
	cause: AnonymisationCause,
	actor: AnonymisationActor,
	now: Date
): Promise<void> {
	await releaseAppointmentsForErasure(tx, request, actor satisfies AuditActor, now);
	if (isOpenRequestStatus(request.status)) {
		await changeRequestStatus(tx, {
			request: request.id,
			from: request.status,
			to: 'cancelled_by_family',
			actor,
			event: { details: { reason: 'erasure' } },
			audit: { action: 'request.cancelled_by_family', details: { reason: 'erasure' } },
			now
		});
	}
	await anonymiseRequest(tx, request.id, cause, now, actor);
}

export type FamilyErasureResult = { ok: true } | { ok: false; reason: 'not_found' };

/**
 * The family erases its request's data. A second attempt (another tab, a retried POST) finds
 * no request behind the link any more: `not_found`, nothing written, no second mail.
 */
export async function eraseByFamily(
	db: Db,
	token: string,
	now = new Date()
): Promise<FamilyErasureResult> {
	return db.transaction(async (tx): Promise<FamilyErasureResult> => {
		const [request] = await tx
			.select(lockedColumns)
			.from(childcareRequests)
			.innerJoin(relays, eq(relays.id, childcareRequests.relayId))
			.where(
				and(
					eq(childcareRequests.trackingTokenHash, await trackingTokenKey(tx, token)),
					isNull(childcareRequests.anonymisedAt)
				)
			)
			.for('update', { of: childcareRequests });
		if (!request) return { ok: false, reason: 'not_found' };
		await erase(tx, request, 'family', { kind: 'family' }, now);
		// Read before the erasure, queued after it: the erasure deletes the request's mails.
		await enqueueErasureMail(tx, request);
		return { ok: true };
	});
}

export type DeskErasureResult =
	{ ok: true; already: boolean } | { ok: false; reason: 'not_found' | 'forbidden' };

/**
 * The relay's admin erases a request's data for a family who asks at the desk (the route
 * checks the role too; an animator is refused here as well). The audit entry names the admin
 * and holds no personal datum. Erasing an erased request changes nothing (`already`).
 */
export async function eraseAtDesk(
	db: Db,
	actor: StaffActor,
	requestId: string,
	now = new Date()
): Promise<DeskErasureResult> {
	if (actor.role !== 'admin') return { ok: false, reason: 'forbidden' };
	return db.transaction(async (tx): Promise<DeskErasureResult> => {
		const [request] = await tx
			.select(lockedColumns)
			.from(childcareRequests)
			.innerJoin(relays, eq(relays.id, childcareRequests.relayId))
			.where(and(eq(childcareRequests.id, requestId), eq(childcareRequests.relayId, actor.relayId)))
			.for('update', { of: childcareRequests });
		if (!request) return { ok: false, reason: 'not_found' };
		if (request.anonymisedAt) return { ok: true, already: true };
		await erase(tx, request, 'desk', { kind: 'staff', userId: actor.id }, now);
		return { ok: true, already: false };
	});
}
