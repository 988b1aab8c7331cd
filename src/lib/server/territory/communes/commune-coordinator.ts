import type { AuditActor } from '../../audit/record-audit';
import type { CoordinatorUser } from '../../auth/session';

/** Who changes the communes of the territory: the deployment's coordinator. */
export type CoordinatorActor = Pick<CoordinatorUser, 'id' | 'role'>;

export const auditActorOfCoordinator = (
	coordinator: CoordinatorActor
): Extract<AuditActor, { kind: 'staff' }> => ({ kind: 'staff', userId: coordinator.id });

/** The audit log's entity for a commune: its INSEE code. */
export const COMMUNE_ENTITY = 'commune';

/** An INSEE code as the communes table accepts it (2A/2B for Corsica). */
export const INSEE_CODE = /^[0-9][0-9AB][0-9]{3}$/;
