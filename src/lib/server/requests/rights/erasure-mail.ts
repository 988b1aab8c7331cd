import { m } from '$lib/i18n';
import type { Db } from '../../db/types';
import { enqueueMail } from '../../mail/enqueue-mail';

/**
 * The one mail to a family that does not go through `enqueueFamilyMail`: it confirms that the
 * request's personal data are erased, so it has no tracking link to carry (the link is dead)
 * and no request to point at (`request_id` null: the erasure deletes the request's mails, and
 * this one must leave). It holds nothing about the family: the address, read before the
 * erasure, is only its recipient.
 */
export async function enqueueErasureMail(
	tx: Db,
	recipient: { email: string | null; relayId: string; relayName: string }
): Promise<void> {
	if (!recipient.email) return;
	const t = m.familyMail.erasure;
	await enqueueMail(tx, {
		to: recipient.email,
		relayId: recipient.relayId,
		requestId: null,
		subject: t.subject,
		text: `${t.text}\n\n${m.familyMail.signature(recipient.relayName)}`
	});
}
