import { randomBytes } from 'node:crypto';
import { request, type Answer } from './app-process';

/** One kind of request of the load, and the answers it may get while the database is up. */
export interface Target {
	name: string;
	send(origin: string): Promise<Answer>;
}

export interface Sample {
	target: string;
	startedAt: number;
	endedAt: number;
	/** 0 when no HTTP answer came (refused, reset, timeout). */
	status: number;
	error?: string;
	retryAfter?: string;
	body: string;
}

export interface Load {
	/** Stops sending, waits for the requests in flight, and returns every sample. */
	stop(): Promise<Sample[]>;
	samples: Sample[];
}

const token = () => randomBytes(16).toString('hex');

/**
 * Paths that all reach the database: a tracking page (a lookup), the home page with a session
 * cookie (the session hook's lookup), a staff page (session, then the guard), the health
 * check, two rate-limited forms (transactions) and starting a request form (a write).
 */
export function databaseTargets(): Target[] {
	const html = { accept: 'text/html' };
	return [
		{ name: 'tracking page', send: (o) => request(o, `/suivi/${token()}`, { headers: html }) },
		{
			name: 'home with a session cookie',
			send: (o) => request(o, '/', { headers: { ...html, cookie: `guichet_session=${token()}` } })
		},
		{
			name: 'staff page with a session cookie',
			send: (o) =>
				request(o, '/relais', { headers: { ...html, cookie: `guichet_session=${token()}` } })
		},
		{ name: 'health check', send: (o) => request(o, '/healthz') },
		// Both run a transaction (a rate limit under an advisory lock): a connection that dies
		// inside one is pinned to it, the case that crashed postgres.js 3.4.9.
		{
			name: 'new tracking link',
			send: (o) => postForm(o, '/suivi', `email=${token()}%40example.org`)
		},
		{
			name: 'sign-in',
			send: (o) =>
				postForm(o, '/connexion', `email=${token()}%40example.org&password=not-the-password`)
		},
		{ name: 'new request form', send: (o) => postForm(o, '/demande', '') }
	];
}

/** A form posted without JavaScript, from the app's own origin (SvelteKit checks it). */
function postForm(origin: string, pathname: string, body: string) {
	return request(origin, pathname, {
		method: 'POST',
		headers: {
			accept: 'text/html',
			origin,
			'content-type': 'application/x-www-form-urlencoded'
		},
		body
	});
}

/**
 * Sends `perSecond` requests a second, round-robin over the targets, never more than
 * `maxInFlight` at once (a stalled server gets no pile-up), and at most `maxRequests` in all.
 */
export function startLoad(
	origin: string,
	targets: Target[],
	options: { perSecond: number; maxInFlight: number; maxRequests: number }
): Load {
	const samples: Sample[] = [];
	const inFlight = new Set<Promise<void>>();
	let sent = 0;
	const fire = () => {
		if (inFlight.size >= options.maxInFlight || sent >= options.maxRequests) return;
		const target = targets[sent % targets.length];
		if (!target) return;
		sent++;
		const startedAt = Date.now();
		const done = target
			.send(origin)
			.then((answer) => {
				const retryAfter = answer.headers['retry-after'];
				samples.push({
					target: target.name,
					startedAt,
					endedAt: Date.now(),
					status: answer.status,
					...(typeof retryAfter === 'string' ? { retryAfter } : {}),
					body: answer.body
				});
			})
			.catch((error: unknown) => {
				const code = (error as { code?: unknown }).code;
				samples.push({
					target: target.name,
					startedAt,
					endedAt: Date.now(),
					status: 0,
					error: typeof code === 'string' ? code : String(error),
					body: ''
				});
			})
			.finally(() => inFlight.delete(done));
		inFlight.add(done);
	};
	const timer = setInterval(fire, Math.max(1, Math.round(1000 / options.perSecond)));
	return {
		samples,
		async stop() {
			clearInterval(timer);
			await Promise.all(inFlight);
			return samples;
		}
	};
}
