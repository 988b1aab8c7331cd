import type { Db } from '../db/types';
import { auditLog } from '../db/schema';

export type AuditActor =
	| { kind: 'staff'; userId: string }
	| { kind: 'family' }
	| { kind: 'system' }
	/** A childminder on her own data; her id is the entry's entity id. */
	| { kind: 'childminder' };

export interface AuditEvent {
	actor: AuditActor;
	relayId: string | null;
	/** Dotted verb, e.g. `staff.deactivated`, `request.claimed`. */
	action: string;
	entityType: string;
	entityId: string;
	details?: Record<string, unknown>;
}

/** Appends one entry to the audit log; call it in the transaction of the change it records. */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
	await db.insert(auditLog).values({
		actorKind: event.actor.kind,
		actorId: event.actor.kind === 'staff' ? event.actor.userId : null,
		relayId: event.relayId,
		action: event.action,
		entityType: event.entityType,
		entityId: event.entityId,
		details: event.details ?? {}
	});
}
