import autocannon from 'autocannon';
import type { EventEmitter } from 'node:events';
import { summarize, type LatencySummary } from './stats';

export interface LoadTarget {
	method: 'GET' | 'POST';
	/** Path of every request, unless `next` gives one per request. */
	path: string;
	headers: Record<string, string>;
	/** For targets whose every request must differ (a fresh draft per submission). */
	next?: () => { path: string; headers?: Record<string, string>; body?: string } | null;
	/** The status a correct answer has (200 for a page, 303 for a sent form). */
	expectedStatus: number;
}

export interface LoadResult {
	durationSeconds: number;
	requests: number;
	rps: number;
	latency: LatencySummary;
	errors: number;
	statuses: Record<string, number>;
}

/**
 * Runs autocannon's closed loop (each connection sends its next request when the previous
 * answer has arrived) for `durationSeconds`, or until `amount` requests. Every response time
 * is kept to compute the percentiles ourselves (stats.ts). Redirects are not followed: a
 * staff page answering 303 to /connexion counts as an error, not as a fast page.
 */
export async function runLoad(
	origin: string,
	target: LoadTarget,
	options: { connections: number; durationSeconds: number; amount?: number }
): Promise<LoadResult> {
	const latencies: number[] = [];
	const statuses: Record<string, number> = {};
	let unexpected = 0;
	const instance = autocannon({
		url: origin,
		connections: options.connections,
		duration: options.durationSeconds,
		// Unlike `amount`, keeps the duration: the run ends at whichever comes first.
		...(options.amount === undefined ? {} : { maxOverallRequests: options.amount }),
		timeout: 30,
		requests: [
			{
				method: target.method,
				path: target.path,
				headers: target.headers,
				...(target.next
					? {
							setupRequest: (request) => {
								const next = target.next?.();
								// Out of prepared requests (the cap stops the run before they are sent): the
								// target's own path, whose answer counts as an error if it ever is. A falsy
								// value would make autocannon start again from the first request.
								if (!next) return request;
								return {
									...request,
									path: next.path,
									headers: { ...target.headers, ...next.headers },
									...(next.body === undefined ? {} : { body: next.body })
								};
							}
						}
					: {})
			}
		]
	});
	// @types/autocannon 7 omits the client the event passes first (lib/run.js, onResponse).
	(instance as unknown as EventEmitter).on(
		'response',
		(_client: unknown, status: number, _bytes: number, responseTimeMs: number) => {
			latencies.push(responseTimeMs);
			statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
			if (status !== target.expectedStatus) unexpected++;
		}
	);
	const result = await instance;
	const requests = latencies.length;
	return {
		durationSeconds: result.duration,
		requests,
		rps: result.duration > 0 ? requests / result.duration : 0,
		latency: summarize(latencies),
		errors: unexpected + result.errors,
		statuses
	};
}
