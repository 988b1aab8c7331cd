import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface AcceptedMail {
	messageId: string;
	/** The envelope's recipients, as the server was asked to deliver. */
	to: string[];
	subject: string;
}

/**
 * `refuse`: a mail server in trouble, answering 451 ("try again later") to every message,
 * once at MAIL FROM and once after the whole message arrived (which then is not delivered);
 * `accept`: back to normal.
 */
export type SinkMode = 'refuse' | 'accept';

export interface SmtpSink {
	url: string;
	/** Messages answered "250 OK", in order: what the recipients get. */
	accepted: AcceptedMail[];
	/** Messages refused with a 4xx, at either stage. */
	refused: number;
	setMode(mode: SinkMode): void;
	close(): Promise<void>;
}

/** A 4xx reply for smtp-server: a temporary failure the sender must retry. */
function temporaryFailure(message: string): Error {
	return Object.assign(new Error(message), { responseCode: 451 });
}

/** A real SMTP server on 127.0.0.1:`port` (chosen by the caller, who may refer to it early). */
export async function startSmtpSink(port: number, mode: SinkMode): Promise<SmtpSink> {
	const accepted: AcceptedMail[] = [];
	let current = mode;
	let refused = 0;
	let transactions = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		disableReverseLookup: true,
		onMailFrom(_address, _session, callback) {
			transactions++;
			// Every other message is refused before its data, the rest after it.
			if (current === 'refuse' && transactions % 2 === 1) {
				refused++;
				callback(temporaryFailure('4.3.0 Mail server busy, try again later'));
				return;
			}
			callback();
		},
		async onData(stream, session: SMTPServerSession, callback) {
			try {
				const mail = await simpleParser(stream);
				if (current === 'refuse') {
					refused++;
					callback(temporaryFailure('4.3.0 Queue full, try again later'));
					return;
				}
				accepted.push({
					messageId: mail.messageId ?? '',
					to: session.envelope.rcptTo.map((r) => r.address),
					subject: mail.subject ?? ''
				});
				callback();
			} catch (error) {
				callback(error instanceof Error ? error : new Error(String(error)));
			}
		}
	});
	// A sender killed mid-conversation resets its socket: not the test's concern.
	server.on('error', () => {});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	return {
		url: `smtp://127.0.0.1:${port}`,
		accepted,
		get refused() {
			return refused;
		},
		setMode: (next) => (current = next),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
