// A real SMTP server on loopback for the end-to-end run: the portal under test delivers its
// mail here through nodemailer, as it would to a relay's mail server, and every message
// received is written whole (temporary file, then rename) as <n>.eml into the folder given,
// where the tests read it. Started by playwright.config.ts before the portal.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

const port = Number(process.env.SMTP_SINK_PORT);
const folder = path.resolve(process.env.SMTP_SINK_DIR ?? 'data/e2e/outbox');
let received = 0;

const server = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS', 'AUTH'],
	logger: false,
	onData(stream, _session, done) {
		const chunks = [];
		stream.on('data', (chunk) => chunks.push(chunk));
		stream.on('error', done);
		stream.on('end', async () => {
			try {
				received += 1;
				const name = `${Date.now()}-${received}.eml`;
				await mkdir(folder, { recursive: true });
				const partial = path.join(folder, `.${name}.part`);
				await writeFile(partial, Buffer.concat(chunks));
				await rename(partial, path.join(folder, name));
				done();
			} catch (error) {
				done(error);
			}
		});
	}
});

server.listen(port, '127.0.0.1', () =>
	console.log(`SMTP sink on 127.0.0.1:${port}, writing to ${folder}`)
);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
