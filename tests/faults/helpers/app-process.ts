import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { freePort } from './free-port';

/** The built app, as production runs it: `node build`, from the repository's root. */
const root = path.resolve(import.meta.dirname, '..', '..', '..');

export interface AppProcess {
	port: number;
	origin: string;
	pid: number;
	/** True until the process exits, whatever the reason. */
	alive(): boolean;
	/** Resolves with how the process ended. */
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	/** Everything it printed (pino's JSON lines and any crash report). */
	output(): string;
	kill(signal?: NodeJS.Signals): Promise<void>;
}

export function assertAppBuilt(): void {
	if (!existsSync(path.join(root, 'build', 'index.js'))) {
		throw new Error('build/index.js is missing: run `npm run build` first');
	}
}

/**
 * Starts `node build` on a free loopback port and waits until /healthz answers 200. A variable
 * given as undefined is left unset (ORIGIN, to let the proxy's headers name the origin).
 */
export async function startApp(env: Record<string, string | undefined>): Promise<AppProcess> {
	assertAppBuilt();
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, ['build'], {
		cwd: root,
		env: Object.fromEntries(
			Object.entries({
				PATH: process.env.PATH ?? '/usr/bin:/bin',
				HOME: process.env.HOME ?? '/tmp',
				NODE_ENV: 'production',
				HOST: '127.0.0.1',
				PORT: String(port),
				ORIGIN: origin,
				DEMO_SEED: 'never',
				LOG_LEVEL: 'info',
				...env
			}).filter((entry): entry is [string, string] => entry[1] !== undefined)
		),
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const pid = child.pid;
	if (pid === undefined) throw new Error('node build did not start');
	let printed = '';
	child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
	child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
	let running = true;
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.once('exit', (code, signal) => {
			running = false;
			resolve({ code, signal });
		})
	);
	const app: AppProcess = {
		port,
		origin,
		pid,
		alive: () => running,
		exited,
		output: () => printed,
		async kill(signal = 'SIGKILL') {
			if (!running) return;
			child.kill(signal);
			await exited;
		}
	};
	try {
		await waitFor(
			async () => (await get(origin, '/healthz')).status === 200,
			45_000,
			() => (running ? undefined : `node build exited:\n${printed}`)
		);
	} catch (error) {
		await app.kill();
		throw error;
	}
	return app;
}

export interface Answer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: string;
}

/**
 * One request on a fresh connection (no keep-alive), so that a reset or a refused connection
 * is the server's doing, not a stale pooled socket's.
 */
export function request(
	origin: string,
	pathname: string,
	options: {
		method?: string;
		headers?: Record<string, string>;
		body?: string;
		timeoutMs?: number;
	} = {}
): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = http.request(
			`${origin}${pathname}`,
			{
				method: options.method ?? 'GET',
				headers: options.headers,
				agent: false,
				timeout: options.timeoutMs ?? 15_000
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (body += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
				res.on('error', reject);
			}
		);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', reject);
		req.end(options.body);
	});
}

export const get = (origin: string, pathname: string, headers?: Record<string, string>) =>
	request(origin, pathname, { headers }).catch((error: unknown): Answer => ({
		status: 0,
		headers: {},
		body: String(error)
	}));

/** Polls `check` every 100 ms; `abort` may end the wait early with a reason. */
export async function waitFor(
	check: () => Promise<boolean>,
	timeoutMs: number,
	abort: () => string | undefined = () => undefined
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const reason = abort();
		if (reason !== undefined) throw new Error(reason);
		if (await check()) return;
		if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
