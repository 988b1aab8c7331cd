import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { explicitPath } from '$lib/i18n/localized-path';
import type { Locale } from '$lib/i18n/locales';
import { hashToken } from '../auth/tokens';
import { config } from '../config';
import { childcareRequests } from '../db/schema';
import type { Db } from '../db/types';

/**
 * A request's tracking link (`/{locale}/suivi/<token>`) has two forms, both opening the same page:
 *
 * - the token issued with the request (or renewed at `/suivi`): 160 random bits, of which
 *   the database keeps only the SHA-256 (`tracking_token_hash`). Only the code that issues it
 *   ever holds it: the confirmation and the new-link mails.
 * - a mail token, for every other mail to the family (an appointment booked by the relay, a
 *   reminder sent by the hourly job): the request's id and an HMAC of that id and of the
 *   stored hash, so any code can write it while the raw token stays unrecoverable.
 *
 * Binding the mail token to the stored hash keeps one rule for the family: asking for a new
 * link changes the hash, and every earlier link, mailed in either form, stops working. No
 * mail has to replace the link the family already uses, and no column is added.
 *
 * The HMAC key is `TRACKING_LINK_SECRET`. Without it a fixed key is used: a mail token can
 * then be computed by whoever reads the database (the id and the hash are in it), which is
 * no more than such a reader gets from the mails kept in the outbox; the secret takes that
 * away too.
 */

/**
 * The private address of a request's tracking page; the token is its only key. It names the
 * request's language, French too (`/fr/suivi/…`): a mailed link opens in the family's
 * language whatever the browser it is opened in says.
 */
export const trackingUrl = (token: string, locale: Locale) =>
	`${config.publicUrl}${explicitPath(`/suivi/${token}`, locale)}`;

const MAIL_TOKEN = /^([0-9a-f]{32})([a-z2-7]{26})$/;
/** Compared with when no request matches, so that a forged token costs the same work. */
const NO_MATCH_HASH = hashToken('guichet: no request has this mail token');

function mailTokenMac(requestIdHex: string, trackingTokenHash: string): string {
	const mac = createHmac('sha256', config.trackingLinkSecret)
		.update(`guichet tracking link\n${requestIdHex}\n${trackingTokenHash}`)
		.digest();
	// 128 bits are plenty for a MAC that is checked online, one guess per request.
	return encodeBase32LowerCaseNoPadding(mac.subarray(0, 16));
}

/** The mail token of a request whose current tracking token hashes to `trackingTokenHash`. */
export function mailTrackingToken(requestId: string, trackingTokenHash: string): string {
	const idHex = requestId.replaceAll('-', '').toLowerCase();
	return `${idHex}${mailTokenMac(idHex, trackingTokenHash)}`;
}

const uuidOf = (hex: string) =>
	`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

/**
 * The `tracking_token_hash` a presented token stands for: the hash of an issued token, or,
 * for a valid mail token, the stored hash it was made from. Callers look the request up by
 * this value, as before; a forged or stale mail token gives a hash no request has.
 */
export async function trackingTokenKey(db: Db, token: string): Promise<string> {
	const mailToken = MAIL_TOKEN.exec(token);
	if (!mailToken) return hashToken(token);
	const [, idHex = '', mac = ''] = mailToken;
	const [row] = await db
		.select({ hash: childcareRequests.trackingTokenHash })
		.from(childcareRequests)
		// An erased request has no tracking link (its hash is no SHA-256: requests/retention).
		.where(and(eq(childcareRequests.id, uuidOf(idHex)), isNull(childcareRequests.anonymisedAt)));
	const stored = row?.hash ?? NO_MATCH_HASH;
	const expected = Buffer.from(mailTokenMac(idHex, stored));
	const presented = Buffer.from(mac);
	const valid =
		expected.length === presented.length && timingSafeEqual(expected, presented) && !!row;
	return valid ? stored : NO_MATCH_HASH;
}
