import { eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { childminders } from '../../db/schema';
import type { ChildminderOffer } from '$lib/directory/directory-options';
import type { OfferInput } from '$lib/forms/childminder';
import { lockOwnChildminder, recordOwnChange } from './own-childminder';

export type OwnUpdateResult = { ok: true } | { ok: false; reason: 'not_found' };

/** Her offer flags (the boxes she ticked; the others are false) and her languages. */
export async function updateOwnOffer(
	db: Database,
	childminderId: string,
	input: OfferInput,
	now = new Date()
): Promise<OwnUpdateResult> {
	return db.transaction(async (tx) => {
		const own = await lockOwnChildminder(tx, childminderId);
		if (!own) return { ok: false, reason: 'not_found' };
		const offer: ChildminderOffer = Object.fromEntries(input.offer.map((flag) => [flag, true]));
		await tx
			.update(childminders)
			.set({ offer, languages: input.languages, updatedAt: now })
			.where(eq(childminders.id, own.id));
		await recordOwnChange(tx, own, 'childminder.offer_declared', {
			offer: input.offer,
			languages: input.languages
		});
		return { ok: true };
	});
}
