import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * The tracking token of the demo request of that rank (0 = oldest of the 150), as the seed
 * derives it (`demoTrackingToken` in src/lib/server/seed/demo-requests.ts, which this copies:
 * the server's modules use `$lib` paths that Playwright does not resolve).
 */
export function demoTrackingToken(rank: number): string {
	const digest = createHash('sha256').update(`guichet-demo-tracking:${rank}`).digest();
	return encodeBase32LowerCaseNoPadding(new Uint8Array(digest.subarray(0, 20)));
}

/**
 * Open demo requests (the seed is the same on every run), one for each project, that tests
 * only read. A test that changes a request (cancels it, renews its link) sends its own, so
 * that a retry never meets what its first try changed.
 */
export const openDemoRequests = {
	desktop: { viewed: { rank: 141, email: 'kevin.petit@exemple.test' } },
	mobile: { viewed: { rank: 144, email: 'youssef.jaouen@exemple.test' } }
} as const;
