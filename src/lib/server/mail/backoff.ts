/** After this many attempts a message is given up on and marked 'failed'. */
export const MAX_DELIVERY_ATTEMPTS = 12;

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 6 * 60 * 60 * 1000;
/** Up to 10 % earlier, so that messages that failed together do not all retry together. */
const JITTER = 0.1;

/**
 * How long to wait before the next attempt, once `attempts` attempts have failed:
 * 30 s, 1 min, 2 min, … doubling up to 6 h. Twelve attempts span about 14 h, long enough
 * to outlast a mail server's maintenance night.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
	const failures = Number.isFinite(attempts) ? Math.max(1, Math.floor(attempts)) : 1;
	const base = Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), LONGEST_RETRY_MS);
	return Math.round(base * (1 - JITTER * random()));
}
