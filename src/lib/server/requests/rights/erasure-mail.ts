import { familyMessagesOf } from '$lib/i18n/family';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '../../db/types';
import { enqueueMail } from '../../mail/enqueue-mail';

/**
 * The one mail to a family that does not go through `enqueueFamilyMail`: it confirms that the
 * request's personal data are erased, so it has no tracking link to carry (the link is dead)
 * and no request to point at (`request_id` null: the erasure deletes the request's mails, and
 * this one must leave). It holds nothing about the family: the address, read before the
 * erasure, is only its recipient. Its language is the request's, read before the erasure too.
 */
export async function enqueueErasureMail(
	tx: Db,
	recipient: { email: string | null; relayId: string; relayName: string; locale: Locale }
): Promise<void> {
	if (!recipient.email) return;
	const t = familyMessagesOf(recipient.locale).familyMail;
	await enqueueMail(tx, {
		to: recipient.email,
		relayId: recipient.relayId,
		requestId: null,
		subject: t.erasure.subject,
		text: `${t.erasure.text}\n\n${t.signature(recipient.relayName)}`
	});
}
