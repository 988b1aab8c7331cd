import { startSmtpServer } from '../../integration/smtp-test-server';

export interface ReceivedMail {
	subject: string;
	messageId: string;
	/** The From header: which instance sent it, when each has its own MAIL_FROM. */
	from: string;
	at: number;
}

export interface SlowSmtpServer {
	url: string;
	received: ReceivedMail[];
	/** Subjects received whose "250 OK" has not been sent yet. */
	awaitingReply: Set<string>;
	close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps each message as soon as its data arrived, then
 * waits `replyDelayMs` before accepting it: a sender killed meanwhile leaves a message the
 * server has but the sender never saw accepted, the one that may be sent twice. With a delay
 * of 0 it accepts at once (`onReceived` may still freeze the sender just before the "250").
 */
export async function startSlowSmtpServer(
	replyDelayMs: number,
	options: {
		/** Runs once the message is kept, before the wait and the "250 OK". */
		onReceived?: (mail: ReceivedMail) => void;
	} = {}
): Promise<SlowSmtpServer> {
	const received: ReceivedMail[] = [];
	const awaitingReply = new Set<string>();
	const server = await startSmtpServer(0, {
		async beforeReply(mail) {
			const subject = mail.subject ?? '';
			const kept = {
				subject,
				messageId: mail.messageId ?? '',
				from: mail.from?.text ?? '',
				at: Date.now()
			};
			received.push(kept);
			options.onReceived?.(kept);
			awaitingReply.add(subject);
			await new Promise((resolve) => setTimeout(resolve, replyDelayMs));
			awaitingReply.delete(subject);
		}
	});
	return { url: server.url, received, awaitingReply, close: server.close };
}
