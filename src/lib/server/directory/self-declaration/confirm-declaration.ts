import { eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { childminderAvailabilities } from '../../db/schema';
import { lockOwnChildminder, recordOwnChange } from './own-childminder';
import { renewDeclaration } from './renew-declaration';

export type ConfirmResult = { ok: true; validUntil: string } | { ok: false; reason: 'not_found' };

/** "Je confirme : rien n'a changé": her places stay, her declaration is renewed. */
export async function confirmUnchanged(
	db: Database,
	childminderId: string,
	now = new Date()
): Promise<ConfirmResult> {
	return db.transaction(async (tx) => {
		const own = await lockOwnChildminder(tx, childminderId);
		if (!own) return { ok: false, reason: 'not_found' };
		const validUntil = await renewDeclaration(tx, own.id, now);
		await recordOwnChange(tx, own, 'childminder.availability_confirmed', { validUntil });
		return { ok: true, validUntil };
	});
}

/** "Je n'ai aucune place libre": her places are removed, her declaration is renewed. */
export async function declareNoFreePlace(
	db: Database,
	childminderId: string,
	now = new Date()
): Promise<ConfirmResult> {
	return db.transaction(async (tx) => {
		const own = await lockOwnChildminder(tx, childminderId);
		if (!own) return { ok: false, reason: 'not_found' };
		const removed = await tx
			.delete(childminderAvailabilities)
			.where(eq(childminderAvailabilities.childminderId, own.id))
			.returning({ id: childminderAvailabilities.id });
		const validUntil = await renewDeclaration(tx, own.id, now);
		await recordOwnChange(tx, own, 'childminder.no_free_place', {
			removedPlaces: removed.length,
			validUntil
		});
		return { ok: true, validUntil };
	});
}
