import { eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { childminders } from '../../db/schema';
import type { PublicationInput } from '$lib/forms/childminder';
import { lockOwnChildminder, recordOwnChange } from './own-childminder';
import type { OwnUpdateResult } from './update-offer';

/** Her publication choices: address or commune only; objection to publishing her contacts. */
export async function updateOwnPublication(
	db: Database,
	childminderId: string,
	input: PublicationInput,
	now = new Date()
): Promise<OwnUpdateResult> {
	return db.transaction(async (tx) => {
		const own = await lockOwnChildminder(tx, childminderId);
		if (!own) return { ok: false, reason: 'not_found' };
		await tx
			.update(childminders)
			.set({
				addressPublication: input.addressPublication,
				contactsObjection: input.contactsObjection,
				updatedAt: now
			})
			.where(eq(childminders.id, own.id));
		await recordOwnChange(tx, own, 'childminder.publication_chosen', { ...input });
		return { ok: true };
	});
}
