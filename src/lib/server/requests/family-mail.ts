import { eq } from 'drizzle-orm';
import { familyMessagesOf, type FamilyMessages } from '$lib/i18n/family';
import { directionOf, type Locale } from '$lib/i18n/locales';
import { childcareRequests } from '../db/schema';
import type { Db } from '../db/types';
import { enqueueMail, type MailAttachment } from '../mail/enqueue-mail';
import { mailTrackingToken, trackingUrl } from './tracking-link';

export interface FamilyMailRecipient {
	requestId: string;
	relayId: string;
	/** The request's address; a request without one gets no mail (the relay phones). */
	email: string | null;
	/** The tracking token, when the caller has just issued it; else a mail token is written. */
	token?: string;
}

export interface FamilyMail {
	subject: string;
	text: string;
	/** When given, it must carry the link as well (escaped or not: it holds no `&<>"'`). */
	html?: string;
	attachments?: MailAttachment[];
}

/** What `compose` writes with: the link, and the request's language and its catalogue. */
export interface FamilyMailContext {
	locale: Locale;
	t: FamilyMessages;
}

/**
 * THE way to mail a family: every mail about a request carries its tracking link, where the
 * family sees the request, moves or cancels the appointment, corrects its details.
 * `compose` gets the link and writes the mail; a mail that leaves it out is a bug, thrown
 * here (a test also checks that no other code queues mail to families).
 *
 * The mail is written in the request's language (`childcare_requests.locale`, chosen by the
 * family when it asked): `compose` gets that language's catalogue, and the link names the
 * language (`/en/suivi/…`, `/fr/suivi/…` too), so that it opens in it in any browser.
 */
export async function enqueueFamilyMail(
	tx: Db,
	recipient: FamilyMailRecipient,
	compose: (trackingLink: string, context: FamilyMailContext) => FamilyMail
): Promise<void> {
	if (!recipient.email) return;
	const request = await mailedRequest(tx, recipient.requestId);
	const link = trackingUrl(recipient.token ?? request.mailToken, request.locale);
	const mail = compose(link, { locale: request.locale, t: familyMessagesOf(request.locale) });
	if (!mail.text.includes(link) || (mail.html !== undefined && !mail.html.includes(link))) {
		throw new Error(`family mail "${mail.subject}" has no tracking link`);
	}
	await enqueueMail(tx, {
		to: recipient.email,
		relayId: recipient.relayId,
		requestId: recipient.requestId,
		subject: mail.subject,
		text: mail.text,
		...(mail.html !== undefined ? { html: mail.html } : {}),
		...(mail.attachments ? { attachments: mail.attachments } : {})
	});
}

/** The request's language and its mail token (see tracking-link.ts), in one read. */
async function mailedRequest(tx: Db, requestId: string) {
	const [row] = await tx
		.select({ hash: childcareRequests.trackingTokenHash, locale: childcareRequests.locale })
		.from(childcareRequests)
		.where(eq(childcareRequests.id, requestId));
	if (!row) throw new Error(`request ${requestId} not found`);
	return { locale: row.locale, mailToken: mailTrackingToken(requestId, row.hash) };
}

/**
 * Paragraphs as the HTML part of a mail, in the mail's language and direction: a mail reader
 * shows an Arabic mail right to left only if its HTML says so.
 */
export function htmlMail(paragraphs: readonly string[], locale: Locale): string {
	const body = paragraphs.map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`).join('\n');
	return `<div lang="${locale}" dir="${directionOf(locale)}">\n${body}\n</div>`;
}

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Names and notes typed by people go into the HTML part: escape them. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
