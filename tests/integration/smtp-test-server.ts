import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface TestSmtpServer {
	port: number;
	url: string;
	received: ParsedMail[];
	close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 that parses and keeps what it is given, in order. */
export async function startSmtpServer(
	port = 0,
	options: {
		/** Runs once a message is parsed and kept, before the server accepts it ("250 OK"). */
		beforeReply?: (mail: ParsedMail) => Promise<void>;
	} = {}
): Promise<TestSmtpServer> {
	const received: ParsedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		disableReverseLookup: true,
		async onData(stream, _session, callback) {
			try {
				const mail = await simpleParser(stream);
				received.push(mail);
				await options.beforeReply?.(mail);
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
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const address = server.server.address();
	if (address === null || typeof address === 'string') throw new Error('no TCP address');
	return {
		port: address.port,
		url: `smtp://127.0.0.1:${address.port}`,
		received,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
