/**
 * Whether an error means "the database cannot be reached right now" (stopped, restarting,
 * failing over, network cut) rather than "this query is wrong". The first is the operator's
 * business and passes by itself: the visitor gets a 503 and retries; the second is a bug.
 */

/** postgres.js's own codes for a connection that went away or never came. */
const DRIVER_CODES = new Set([
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT'
]);

/** Node's socket errors on the way to the server. */
const SOCKET_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN'
]);

/**
 * SQLSTATE: 57P01 admin_shutdown (`pg_ctl stop -m fast`), 57P02 crash_shutdown,
 * 57P03 cannot_connect_now (starting up or shutting down); class 08 is "connection exception".
 */
const isUnavailableSqlState = (code: string) =>
	code === '57P01' || code === '57P02' || code === '57P03' || /^08[0-9A-Z]{3}$/.test(code);

/**
 * Walks the error and what it wraps: drizzle wraps the driver's error in `cause`, and Node
 * reports a refused connection to a name with several addresses as an AggregateError.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
	const seen = new Set<unknown>();
	const pending: unknown[] = [error];
	while (pending.length > 0 && seen.size < 20) {
		const current = pending.shift();
		if (!current || typeof current !== 'object' || seen.has(current)) continue;
		seen.add(current);
		const { code, cause, errors } = current as {
			code?: unknown;
			cause?: unknown;
			errors?: unknown;
		};
		if (typeof code === 'string') {
			if (DRIVER_CODES.has(code) || SOCKET_CODES.has(code) || isUnavailableSqlState(code)) {
				return true;
			}
		}
		pending.push(cause);
		if (Array.isArray(errors)) pending.push(...(errors as unknown[]));
	}
	return false;
}
