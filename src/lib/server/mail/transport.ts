import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { config } from '../config';
import type { OutboxMessage } from '../db/schema';

/** Delivers one outbox row; throws when it could not (the sender then retries later). */
export interface MailTransport {
	send(message: OutboxMessage): Promise<void>;
	close?(): void;
}

/** SMTP when `SMTP_URL` is set; otherwise each message lands in `OUTBOX_DIR` as a .eml file. */
export function createMailTransport(): MailTransport {
	const url = config.smtpUrl;
	return url ? createSmtpTransport(url) : createFileTransport(config.outboxDir);
}

/**
 * `url` is nodemailer's connection URL (`smtp://user:pass@host:587`, `smtps://…:465`); its
 * query string may set any SMTP option (`?ignoreTLS=true`) and overrides the timeouts below.
 */
export function createSmtpTransport(url: string): MailTransport {
	const transporter = nodemailer.createTransport({
		url,
		// nodemailer waits up to 10 min on a silent socket by default; a hung server would
		// then hold the whole batch past its lock and another instance would send it again.
		connectionTimeout: 15_000,
		greetingTimeout: 15_000,
		socketTimeout: 60_000
	});
	return {
		async send(message) {
			await transporter.sendMail(toMailOptions(message));
		},
		close: () => transporter.close()
	};
}

/** For development and demos without a mail server: what would be sent, readable by any mail client. */
export function createFileTransport(dir: string): MailTransport {
	const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
	return {
		async send(message) {
			const info = await transporter.sendMail(toMailOptions(message));
			if (!Buffer.isBuffer(info.message)) throw new Error('streamTransport returned no buffer');
			await mkdir(dir, { recursive: true });
			// Write then rename, so a reader watching the folder never sees half a message.
			const target = path.join(dir, `${message.id}.eml`);
			const partial = `${target}.partial`;
			await writeFile(partial, info.message);
			await rename(partial, target);
		},
		close: () => transporter.close()
	};
}

/** The one place an outbox row becomes a mail, so SMTP and files carry the same bytes. */
function toMailOptions(message: OutboxMessage): SendMailOptions {
	const calendar = message.attachments.find((a) => a.method);
	const attachments = message.attachments
		.filter((a) => a !== calendar)
		.map((a) => ({
			filename: a.filename,
			contentType: a.contentType,
			content: Buffer.from(a.content, 'base64')
		}));
	return {
		from: config.mailFrom,
		to: message.to,
		subject: message.subject,
		// Stable per row: a message sent twice (a crash after the server accepted it)
		// carries the same id, and receivers drop the duplicate.
		messageId: `<${message.id}@guichet>`,
		text: message.text,
		...(message.html ? { html: message.html } : {}),
		attachments,
		// nodemailer sends the event twice by itself: as a text/calendar alternative, which
		// calendars act on, and as an attachment under the same file name. Listing it in
		// `attachments` as well would attach it a second time.
		...(calendar
			? {
					icalEvent: {
						method: calendar.method,
						filename: calendar.filename,
						content: Buffer.from(calendar.content, 'base64').toString('utf8')
					}
				}
			: {})
	};
}
