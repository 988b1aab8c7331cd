import { test, type BrowserContext } from '@playwright/test';

let issued = 0;

/**
 * An address no other test uses in this run. The server limits failed sign-ins per address
 * as well as per email, so a test that fails on purpose must not share 127.0.0.1 with the
 * others. Worker indexes are unique within a run, and every run starts a fresh database.
 */
export function uniqueClientAddress(): string {
	issued += 1;
	const worker = (test.info().workerIndex % 250) + 1;
	return `10.${worker}.${(issued >> 8) & 255}.${issued & 255}`;
}

/** Makes every request of this context come from its own address; returns it. */
export async function useOwnClientAddress(context: BrowserContext): Promise<string> {
	const address = uniqueClientAddress();
	await context.setExtraHTTPHeaders({ 'x-forwarded-for': address });
	return address;
}
