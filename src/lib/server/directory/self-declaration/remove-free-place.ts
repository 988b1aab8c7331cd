import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { childminderAvailabilities } from '../../db/schema';
import { lockOwnChildminder, recordOwnChange } from './own-childminder';
import { renewDeclaration } from './renew-declaration';

export type RemovePlaceResult =
	{ ok: true; validUntil: string } | { ok: false; reason: 'not_found' };

/**
 * She removes one of her places. The delete is scoped by her id as well as the place's: a
 * forged id of another childminder's place deletes nothing and answers not_found.
 */
export async function removeFreePlace(
	db: Database,
	childminderId: string,
	placeId: string,
	now = new Date()
): Promise<RemovePlaceResult> {
	return db.transaction(async (tx) => {
		const own = await lockOwnChildminder(tx, childminderId);
		if (!own) return { ok: false, reason: 'not_found' };
		const [removed] = await tx
			.delete(childminderAvailabilities)
			.where(
				and(
					eq(childminderAvailabilities.id, placeId),
					eq(childminderAvailabilities.childminderId, own.id)
				)
			)
			.returning({ id: childminderAvailabilities.id });
		if (!removed) return { ok: false, reason: 'not_found' };
		const validUntil = await renewDeclaration(tx, own.id, now);
		await recordOwnChange(tx, own, 'childminder.place_removed', { placeId: removed.id });
		return { ok: true, validUntil };
	});
}
