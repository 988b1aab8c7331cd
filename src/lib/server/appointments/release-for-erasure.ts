import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import { appointments } from '../db/schema';
import type { Db } from '../db/types';
import { APPOINTMENT_ENTITY } from './appointment-slot';

/**
 * A family's data are being erased (requests/rights/erase-request.ts): its appointment to
 * come is cancelled and the slots offered to it are released, so that the animator's agenda
 * frees them. No mail: the address is about to be erased, and the family asked for it. The
 * caller holds the request's lock and closes the request in the same transaction; the audit
 * entries name the appointment and the request, nothing of the family.
 */
export async function releaseAppointmentsForErasure(
	tx: Db,
	request: { id: string; relayId: string },
	actor: AuditActor,
	now: Date
): Promise<void> {
	const freed = await tx
		.update(appointments)
		.set({
			status: sql`case when ${appointments.status} = 'booked' then 'cancelled' else 'released' end::appointment_status`,
			icalSequence: sql`${appointments.icalSequence} + 1`,
			updatedAt: now
		})
		.where(
			and(
				eq(appointments.requestId, request.id),
				inArray(appointments.status, ['booked', 'offered'])
			)
		)
		.returning({ id: appointments.id, status: appointments.status });
	for (const appointment of freed) {
		if (appointment.status !== 'cancelled') continue;
		await recordAudit(tx, {
			actor,
			relayId: request.relayId,
			action: 'appointment.cancelled',
			entityType: APPOINTMENT_ENTITY,
			entityId: appointment.id,
			details: { requestId: request.id, reason: 'erasure' }
		});
	}
}
