import { eq } from 'drizzle-orm';
import type { Locale } from '$lib/i18n/locales';
import { childcareRequests } from '../db/schema';
import type { Db } from '../db/types';
import { trackingTokenKey } from './tracking-link';

/**
 * The language a request was made in (`childcare_requests.locale`), by its tracking token:
 * the language its tracking pages speak when the address and the cookie name none. Null for
 * a token that opens nothing (its page answers 404 itself).
 */
export async function requestLocaleByToken(db: Db, token: string): Promise<Locale | null> {
	const [row] = await db
		.select({ locale: childcareRequests.locale })
		.from(childcareRequests)
		.where(eq(childcareRequests.trackingTokenHash, await trackingTokenKey(db, token)));
	return row?.locale ?? null;
}
