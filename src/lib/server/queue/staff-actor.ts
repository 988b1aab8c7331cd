import type { AuditActor } from '../audit/record-audit';
import type { RelayStaffUser } from '../auth/session';

/**
 * The person working the queue: an admin or an animator of a relay. Every function of this
 * folder scopes what it reads and writes to `relayId`, so that another relay's request is
 * "not found", exactly like one that does not exist.
 */
export type StaffActor = Pick<RelayStaffUser, 'id' | 'relayId' | 'role'>;

export const auditActorOf = (actor: StaffActor): AuditActor => ({
	kind: 'staff',
	userId: actor.id
});
