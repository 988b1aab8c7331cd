import { eq } from 'drizzle-orm';
import { childcareRequests } from '../db/schema';
import type { Db } from '../db/types';
import { enqueueMail, type MailAttachment } from '../mail/enqueue-mail';
import { mailTrackingToken, trackingUrl } from './tracking-link';

export interface FamilyMailRecipient {
	requestId: string;
	relayId: string;
	/** The request's address; a request without one gets no mail (the relay phones). */
	email: string | null;
	/** The tracking token, when the caller has just issued it; else a mail token is written. */
	token?: string;
}

export interface FamilyMail {
	subject: string;
	text: string;
	/** When given, it must carry the link as well (escaped or not: it holds no `&<>"'`). */
	html?: string;
	attachments?: MailAttachment[];
}

/**
 * THE way to mail a family: every mail about a request carries its tracking link, where the
 * family sees the request, moves or cancels the appointment, corrects its details.
 * `compose` gets the link and writes the mail; a mail that leaves it out is a bug, thrown
 * here (a test also checks that no other code queues mail to families).
 */
export async function enqueueFamilyMail(
	tx: Db,
	recipient: FamilyMailRecipient,
	compose: (trackingLink: string) => FamilyMail
): Promise<void> {
	if (!recipient.email) return;
	const link = trackingUrl(recipient.token ?? (await mailTokenOf(tx, recipient.requestId)));
	const mail = compose(link);
	if (!mail.text.includes(link) || (mail.html !== undefined && !mail.html.includes(link))) {
		throw new Error(`family mail "${mail.subject}" has no tracking link`);
	}
	await enqueueMail(tx, {
		to: recipient.email,
		relayId: recipient.relayId,
		requestId: recipient.requestId,
		subject: mail.subject,
		text: mail.text,
		...(mail.html !== undefined ? { html: mail.html } : {}),
		...(mail.attachments ? { attachments: mail.attachments } : {})
	});
}

async function mailTokenOf(tx: Db, requestId: string): Promise<string> {
	const [row] = await tx
		.select({ hash: childcareRequests.trackingTokenHash })
		.from(childcareRequests)
		.where(eq(childcareRequests.id, requestId));
	if (!row) throw new Error(`request ${requestId} not found`);
	return mailTrackingToken(requestId, row.hash);
}
