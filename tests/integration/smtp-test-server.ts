import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface TestSmtpServer {
	port: number;
	url: string;
	received: ParsedMail[];
	close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 that parses and keeps what it is given. */
export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
	const received: ParsedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		disableReverseLookup: true,
		async onData(stream, _session, callback) {
			try {
				received.push(await simpleParser(stream));
				callback();
			} catch (error) {
				callback(error instanceof Error ? error : new Error(String(error)));
			}
		}
	});
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
