import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
	subject: string;
	messageId: string;
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
 * server has but the sender never saw accepted, the one that may be sent twice.
 */
export async function startSlowSmtpServer(replyDelayMs: number): Promise<SlowSmtpServer> {
	const received: ReceivedMail[] = [];
	const awaitingReply = new Set<string>();
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		disableReverseLookup: true,
		async onData(stream, _session, callback) {
			try {
				const mail = await simpleParser(stream);
				const subject = mail.subject ?? '';
				received.push({ subject, messageId: mail.messageId ?? '', at: Date.now() });
				awaitingReply.add(subject);
				await new Promise((resolve) => setTimeout(resolve, replyDelayMs));
				awaitingReply.delete(subject);
				callback();
			} catch (error) {
				callback(error instanceof Error ? error : new Error(String(error)));
			}
		}
	});
	// A client killed mid-conversation resets its socket: not the test's concern.
	server.on('error', () => {});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const address = server.server.address();
	if (address === null || typeof address === 'string') throw new Error('no TCP address');
	return {
		url: `smtp://127.0.0.1:${address.port}`,
		received,
		awaitingReply,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
