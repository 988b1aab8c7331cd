import { timingSafeEqual } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type {
	CancellationReason,
	RequestChannel,
	RequestStatus
} from '$lib/childcare-request-options';
import type { ContactStep } from '$lib/forms/childcare-request';
import { requestView, type RequestView } from '$lib/requests/request-view';
import { isOpenRequestStatus, openRequestStatuses } from '$lib/requests/request-status';
import { recordAudit } from '../audit/record-audit';
import { generateToken, hashToken } from '../auth/tokens';
import { childcareRequests, communes, relays, requestEvents } from '../db/schema';
import type { Database } from '../db/types';
import { hitRateLimit } from '../rate-limit/hit-rate-limit';
import { enqueueTrackingLinkMail } from './request-mails';
import { trackingTokenKey } from './tracking-link';
import { loadRequestChildren } from './request-children';
import { changeRequestStatus } from './lifecycle/change-status';
import { HOUR_MS } from '$lib/time/durations';
import { onResidence, onWork, requestViewColumns, workCommunes } from './request-view-row';

/**
 * What the family can do with the private link of their request (`/suivi/<token>`): see it,
 * correct their contact details, cancel it, and get a new link by email. The token is the
 * only key; the database holds its SHA-256 (`hashToken`). Mails carry another form of the same
 * link (tracking-link.ts): every lookup by token goes through `trackingTokenKey`.
 */

export interface TrackedRequest extends RequestView {
	id: string;
	relayId: string;
	reference: string;
	status: RequestStatus;
	channel: RequestChannel;
	receivedAt: Date;
	closedAt: Date | null;
	relay: { name: string; phone: string; email: string };
	/** In order; `needsSupport` is health data: show it only where it is needed. */
	children: {
		position: number;
		birthDate: string | null;
		expectedBirthDate: string | null;
		needsSupport: boolean | null;
	}[];
	/** Only the events meant for the family, oldest first. */
	events: { kind: string; at: Date }[];
}

/** Compared with when no request matches, so that an unknown token costs the same work. */
const NO_MATCH_HASH = hashToken('guichet: no request has this token');
const NO_REQUEST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The request a tracking token opens, or null. The lookup is by the token's hash (an index
 * on a value an attacker cannot steer), then the stored hash is compared in constant time;
 * an unknown token runs the same comparison and the same queries as a known one.
 */
export async function findRequestByTrackingToken(
	db: Database,
	token: string
): Promise<TrackedRequest | null> {
	const presented = await trackingTokenKey(db, token);
	const [row] = await db
		.select({
			...requestViewColumns,
			relay: { name: relays.name, phone: relays.phone, email: relays.email }
		})
		.from(childcareRequests)
		.innerJoin(relays, eq(relays.id, childcareRequests.relayId))
		.innerJoin(communes, onResidence)
		.leftJoin(workCommunes, onWork)
		.where(eq(childcareRequests.trackingTokenHash, presented));
	const matches =
		timingSafeEqual(
			Buffer.from(row?.request.trackingTokenHash ?? NO_MATCH_HASH, 'hex'),
			Buffer.from(presented, 'hex')
		) && row !== undefined;
	const requestId = matches && row ? row.request.id : NO_REQUEST_ID;

	const children = await loadRequestChildren(db, requestId);
	const events = await db
		.select({ kind: requestEvents.kind, at: requestEvents.at })
		.from(requestEvents)
		.where(and(eq(requestEvents.requestId, requestId), eq(requestEvents.visibleToFamily, true)))
		.orderBy(asc(requestEvents.at), asc(requestEvents.id));
	if (!matches || !row) return null;

	const r = row.request;
	return {
		id: r.id,
		relayId: r.relayId,
		reference: r.reference,
		status: r.status,
		channel: r.channel,
		receivedAt: r.receivedAt,
		closedAt: r.closedAt,
		relay: row.relay,
		...requestView(r, { residence: row.residenceName, work: row.workName }),
		children,
		events
	};
}

/**
 * The family's new contact details, validated by the caller with the form's contact schema
 * (`contactStepSchema`, email required for a request sent online). Names and home language
 * may be corrected too (the right of rectification); left out, they stay as they are.
 */
export type ContactUpdate = Pick<
	ContactStep,
	'email' | 'phone' | 'contactTimes' | 'appointmentMode'
> &
	Partial<Pick<ContactStep, 'parentNames' | 'homeLanguage'>>;

export type ContactUpdateResult =
	| { ok: true; changed: string[] }
	| {
			ok: false;
			reason: 'not_found' | 'closed' | 'email_required' | 'phone_required' | 'contact_required';
	  };

const contactFields = [
	'parentNames',
	'email',
	'phone',
	'appointmentMode',
	'contactTimes',
	'homeLanguage'
] as const;

/** Changes the contact details of an open request; records which fields changed, not their values. */
export async function updateContactDetails(
	db: Database,
	token: string,
	update: ContactUpdate,
	now = new Date()
): Promise<ContactUpdateResult> {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(childcareRequests)
			.where(eq(childcareRequests.trackingTokenHash, await trackingTokenKey(tx, token)))
			.for('update');
		if (!current) return { ok: false, reason: 'not_found' };
		if (!isOpenRequestStatus(current.status)) return { ok: false, reason: 'closed' };

		const next = {
			parentNames: update.parentNames ?? current.parentNames,
			email: update.email ?? null,
			phone: update.phone ?? null,
			appointmentMode: update.appointmentMode,
			contactTimes: update.contactTimes,
			homeLanguage: update.homeLanguage ?? current.homeLanguage
		};
		// The table's checks hold these too; saying which one fails beats a 500.
		if (current.channel === 'online' && !next.email) return { ok: false, reason: 'email_required' };
		if (next.appointmentMode === 'phone' && !next.phone)
			return { ok: false, reason: 'phone_required' };
		if (!next.email && !next.phone) return { ok: false, reason: 'contact_required' };

		const changed = contactFields.filter((field) => next[field] !== current[field]);
		if (changed.length === 0) return { ok: true, changed };
		await tx
			.update(childcareRequests)
			.set({ ...next, updatedAt: now })
			.where(eq(childcareRequests.id, current.id));
		await tx.insert(requestEvents).values({
			requestId: current.id,
			kind: 'contact_updated',
			at: now,
			actorKind: 'family',
			visibleToFamily: true,
			details: { fields: changed }
		});
		await recordAudit(tx, {
			actor: { kind: 'family' },
			relayId: current.relayId,
			action: 'request.contact_updated',
			entityType: 'childcare_request',
			entityId: current.id,
			details: { fields: changed }
		});
		return { ok: true, changed };
	});
}

export interface FamilyCancellation {
	reason: CancellationReason;
	/** Free text for the relay; kept with the request, never in the audit log. */
	details?: string;
}

export type CancelResult = { ok: true } | { ok: false; reason: 'not_found' | 'not_open' };

/**
 * The family cancels its request. The row is locked while read: of two tabs cancelling at
 * once, the second finds the request no longer open and is refused.
 */
export async function cancelRequestByFamily(
	db: Database,
	token: string,
	cancellation: FamilyCancellation,
	now = new Date()
): Promise<CancelResult> {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select({ id: childcareRequests.id, status: childcareRequests.status })
			.from(childcareRequests)
			.where(eq(childcareRequests.trackingTokenHash, await trackingTokenKey(tx, token)))
			.for('update');
		if (!current) return { ok: false, reason: 'not_found' };
		if (!isOpenRequestStatus(current.status)) return { ok: false, reason: 'not_open' };
		const details = cancellation.details?.trim();
		await changeRequestStatus(tx, {
			request: current.id,
			from: current.status,
			to: 'cancelled_by_family',
			actor: { kind: 'family' },
			event: { details: { reason: cancellation.reason, ...(details ? { details } : {}) } },
			audit: { action: 'request.cancelled_by_family', details: { reason: cancellation.reason } },
			now
		});
		return { ok: true };
	});
}

/** New-link requests allowed per client address, and per email address. */
export const TRACKING_LINK_LIMIT_PER_IP = {
	bucket: 'tracking-link-ip',
	limit: 10,
	windowMs: HOUR_MS
} as const;
export const TRACKING_LINK_LIMIT_PER_EMAIL = {
	bucket: 'tracking-link-email',
	limit: 3,
	windowMs: HOUR_MS
} as const;

export type NewLinkResult = { ok: true; renewed: number } | { ok: false; reason: 'rate_limited' };

/**
 * A family lost its link: every open request with this email gets a new token (the old link
 * stops working) and the new link is mailed to that address, nowhere else. Callers show the
 * same answer whatever `renewed` is, so that the page does not tell whether an email is known.
 * The limits count every attempt, known email or not.
 */
export async function requestNewTrackingLink(
	db: Database,
	email: string,
	ip: string,
	now = new Date()
): Promise<NewLinkResult> {
	const normalized = email.trim().toLowerCase();
	if (!(await hitRateLimit(db, { ...TRACKING_LINK_LIMIT_PER_IP, key: ip, now }))) {
		return { ok: false, reason: 'rate_limited' };
	}
	// The limit's key is the email's hash: the hits table need not hold addresses.
	if (
		!(await hitRateLimit(db, { ...TRACKING_LINK_LIMIT_PER_EMAIL, key: hashToken(normalized), now }))
	) {
		return { ok: false, reason: 'rate_limited' };
	}
	return db.transaction(async (tx) => {
		const open = await tx
			.select({
				id: childcareRequests.id,
				relayId: childcareRequests.relayId,
				reference: childcareRequests.reference,
				email: childcareRequests.email,
				parentNames: childcareRequests.parentNames
			})
			.from(childcareRequests)
			.where(
				and(
					sql`lower(${childcareRequests.email}) = ${normalized}`,
					inArray(childcareRequests.status, [...openRequestStatuses])
				)
			)
			.orderBy(asc(childcareRequests.receivedAt))
			.for('update');
		for (const request of open) {
			const token = generateToken();
			await tx
				.update(childcareRequests)
				.set({ trackingTokenHash: hashToken(token), updatedAt: now })
				.where(eq(childcareRequests.id, request.id));
			await tx.insert(requestEvents).values({
				requestId: request.id,
				kind: 'tracking_link_renewed',
				at: now,
				actorKind: 'family',
				visibleToFamily: false
			});
			await recordAudit(tx, {
				actor: { kind: 'family' },
				relayId: request.relayId,
				action: 'request.tracking_link_renewed',
				entityType: 'childcare_request',
				entityId: request.id
			});
			await enqueueTrackingLinkMail(tx, request, token);
		}
		return { ok: true, renewed: open.length };
	});
}
