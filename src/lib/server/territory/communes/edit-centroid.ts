import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { communes } from '../../db/schema';
import type { Db } from '../../db/types';
import {
	auditActorOfCoordinator,
	COMMUNE_ENTITY,
	INSEE_CODE,
	type CoordinatorActor
} from './commune-coordinator';

export interface Centroid {
	latitude: number;
	longitude: number;
}

/**
 * The coordinator corrects a commune's centre (distances to childminders are measured from
 * it). `centroid_edited_at` marks it as corrected by hand: a later import of the référentiel
 * leaves it as it is. Ranges are checked by the form and again by the table's constraint.
 */
export async function editCentroid(
	db: Db,
	coordinator: CoordinatorActor,
	inseeCode: string,
	centroid: Centroid,
	now = new Date()
): Promise<{ ok: true } | { ok: false; refusal: 'not_found' }> {
	if (!INSEE_CODE.test(inseeCode)) return { ok: false, refusal: 'not_found' };
	return db.transaction(async (tx) => {
		const [before] = await tx
			.select({ latitude: communes.latitude, longitude: communes.longitude })
			.from(communes)
			.where(eq(communes.inseeCode, inseeCode))
			.for('update');
		if (!before) return { ok: false, refusal: 'not_found' };
		await tx
			.update(communes)
			.set({ ...centroid, centroidEditedAt: now })
			.where(eq(communes.inseeCode, inseeCode));
		await recordAudit(tx, {
			actor: auditActorOfCoordinator(coordinator),
			relayId: null,
			action: 'commune.centroid_edited',
			entityType: COMMUNE_ENTITY,
			entityId: inseeCode,
			details: { from: before, to: centroid }
		});
		return { ok: true };
	});
}
