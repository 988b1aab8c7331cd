import { z } from '$lib/forms/zod';
import { mailOutbox, type OutboxAttachment } from '../db/schema';
import type { Db } from '../db/types';

export interface MailAttachment {
	filename: string;
	contentType: string;
	content: string | Uint8Array;
	/** iTIP method (REQUEST, CANCEL…) of a text/calendar part, so calendars act on it. */
	method?: string;
}

export interface MailToEnqueue {
	to: string;
	subject: string;
	text: string;
	html?: string;
	attachments?: MailAttachment[];
	relayId?: string | null;
	/** The request a family mail is about: erasing its personal data deletes the mail. */
	requestId?: string | null;
}

const recipient = z.email();

/**
 * Queues a message for the sender. Call it with the transaction of the change that causes
 * the message: if that change rolls back, no mail leaves; if it commits, the mail will be
 * sent even when the mail server is down right now.
 */
export async function enqueueMail(db: Db, message: MailToEnqueue): Promise<string> {
	// Addresses come from validated forms or the database: a bad one here is a bug.
	if (!recipient.safeParse(message.to).success) {
		throw new Error(`enqueueMail: invalid recipient address ${JSON.stringify(message.to)}`);
	}
	const [row] = await db
		.insert(mailOutbox)
		.values({
			to: message.to,
			subject: message.subject,
			text: message.text,
			html: message.html ?? null,
			attachments: (message.attachments ?? []).map(toStoredAttachment),
			relayId: message.relayId ?? null,
			requestId: message.requestId ?? null,
			// Due from the application's clock, the one the sender compares with: the column's
			// default (the database's now(), in microseconds) can be a fraction of a millisecond
			// ahead of a `new Date()` taken right after, and the message would wait a round.
			nextAttemptAt: new Date()
		})
		.returning({ id: mailOutbox.id });
	if (!row) throw new Error('enqueueMail: the insert returned no row');
	return row.id;
}

function toStoredAttachment(attachment: MailAttachment): OutboxAttachment {
	const bytes =
		typeof attachment.content === 'string'
			? Buffer.from(attachment.content, 'utf8')
			: Buffer.from(
					attachment.content.buffer,
					attachment.content.byteOffset,
					attachment.content.byteLength
				);
	return {
		filename: attachment.filename,
		contentType: attachment.contentType,
		content: bytes.toString('base64'),
		...(attachment.method ? { method: attachment.method } : {})
	};
}
