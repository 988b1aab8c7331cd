import { and, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/types';
import { childminderSignInLinks, childminders } from '../../db/schema';
import { generateToken, hashToken } from '../../auth/tokens';
import { hitRateLimit } from '../../rate-limit/hit-rate-limit';
import { childminderMailee, enqueueChildminderMail } from '../childminder-mail';
import { config } from '../../config';
import { createChildminderSession, SIGN_IN_STATUSES } from './childminder-session';
import { HOUR_MS } from '$lib/time/durations';
import { m } from '$lib/i18n';

export const SIGN_IN_LINK_LIFETIME_HOURS = 2;

/** Link requests allowed per client address, per email address and per licence number. */
export const CHILDMINDER_LINK_LIMITS = {
	ip: { bucket: 'childminder-link-ip', limit: 10, windowMs: HOUR_MS },
	email: { bucket: 'childminder-link-email', limit: 3, windowMs: HOUR_MS },
	licence: { bucket: 'childminder-link-licence', limit: 3, windowMs: HOUR_MS }
} as const;

export type LinkRequestResult = { ok: true; sent: boolean } | { ok: false; reason: 'rate_limited' };

/**
 * She asks for her link with her licence number and her email. When both belong to the same
 * childminder whose activity is not stopped, a single-use link is mailed to that address
 * (only its hash is stored). Callers show the same answer whatever `sent` is: the page must
 * not tell which licence numbers or addresses are known. The limits count every attempt.
 */
export async function requestChildminderLink(
	db: Database,
	input: { licenceNumber: string; email: string },
	ip: string,
	now = new Date()
): Promise<LinkRequestResult> {
	const email = input.email.trim().toLowerCase();
	const licenceNumber = input.licenceNumber.trim();
	const { ip: perIp, email: perEmail, licence: perLicence } = CHILDMINDER_LINK_LIMITS;
	// The keys are hashes: the hits table need not hold addresses or licence numbers.
	if (!(await hitRateLimit(db, { ...perIp, key: ip, now }))) return limited;
	if (!(await hitRateLimit(db, { ...perEmail, key: hashToken(email), now }))) return limited;
	const licenceKey = hashToken(licenceNumber.toUpperCase());
	if (!(await hitRateLimit(db, { ...perLicence, key: licenceKey, now }))) return limited;
	return db.transaction(async (tx) => {
		const [found] = await tx
			.select({ id: childminders.id })
			.from(childminders)
			.where(
				and(
					sql`upper(${childminders.licenceNumber}) = ${licenceNumber.toUpperCase()}`,
					sql`lower(${childminders.email}) = ${email}`,
					inArray(childminders.status, [...SIGN_IN_STATUSES])
				)
			);
		if (!found) return { ok: true, sent: false };
		const token = await issueSignInLink(tx, found.id, now);
		const mailee = await childminderMailee(tx, found.id);
		await enqueueChildminderMail(tx, mailee, {
			subject: m.childminder.mail.link.subject,
			text: m.childminder.mail.link.text({
				name: mailee.name,
				link: signInLinkUrl(token),
				hours: SIGN_IN_LINK_LIFETIME_HOURS
			})
		});
		return { ok: true, sent: true };
	});
}

const limited = { ok: false, reason: 'rate_limited' } as const;

export const signInLinkUrl = (token: string) =>
	`${config.publicUrl}/assistante-maternelle/lien/${token}`;

/** A new link token for her; its hash is stored with its expiry. */
export async function issueSignInLink(
	db: Db,
	childminderId: string,
	now = new Date()
): Promise<string> {
	const token = generateToken();
	await db.insert(childminderSignInLinks).values({
		id: hashToken(token),
		childminderId,
		createdAt: now,
		expiresAt: new Date(now.getTime() + SIGN_IN_LINK_LIFETIME_HOURS * HOUR_MS)
	});
	return token;
}

/**
 * Whether a link can still be used, for the page a GET shows. Reading only: mail scanners
 * open links, so a GET never consumes one.
 */
export async function signInLinkUsable(db: Db, token: string, now = new Date()): Promise<boolean> {
	const [row] = await db
		.select({ id: childminderSignInLinks.id })
		.from(childminderSignInLinks)
		.innerJoin(childminders, eq(childminders.id, childminderSignInLinks.childminderId))
		.where(
			and(
				eq(childminderSignInLinks.id, hashToken(token)),
				isNull(childminderSignInLinks.usedAt),
				gt(childminderSignInLinks.expiresAt, now),
				inArray(childminders.status, [...SIGN_IN_STATUSES])
			)
		);
	return row !== undefined;
}

export type ConsumeResult =
	{ ok: true; token: string; expiresAt: Date } | { ok: false; reason: 'invalid' };

/**
 * Burns the link and opens her session, in one transaction. The conditional update (unused,
 * unexpired) is the rule: of two submissions of the same link, only the one whose update
 * matched the row opens a session.
 */
export async function consumeSignInLink(
	db: Database,
	token: string,
	now = new Date()
): Promise<ConsumeResult> {
	return db.transaction(async (tx) => {
		const [used] = await tx
			.update(childminderSignInLinks)
			.set({ usedAt: now })
			.where(
				and(
					eq(childminderSignInLinks.id, hashToken(token)),
					isNull(childminderSignInLinks.usedAt),
					gt(childminderSignInLinks.expiresAt, now)
				)
			)
			.returning({ childminderId: childminderSignInLinks.childminderId });
		if (!used) return { ok: false, reason: 'invalid' };
		const [holder] = await tx
			.select({ id: childminders.id })
			.from(childminders)
			.where(
				and(
					eq(childminders.id, used.childminderId),
					inArray(childminders.status, [...SIGN_IN_STATUSES])
				)
			);
		if (!holder) return { ok: false, reason: 'invalid' };
		const session = await createChildminderSession(tx, holder.id, now);
		return { ok: true, ...session };
	});
}

/** Housekeeping: links past their expiry serve nothing any more. */
export async function pruneSignInLinks(db: Db, now = new Date()): Promise<void> {
	await db.delete(childminderSignInLinks).where(lt(childminderSignInLinks.expiresAt, now));
}
