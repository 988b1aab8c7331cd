import { childAgeBandAt } from '$lib/requests/age-band';
import { eq } from 'drizzle-orm';
import type { RequestChannel } from '$lib/childcare-request-options';
import type { ChildcareRequestInput } from '$lib/forms/childcare-request';
import { todayInParis } from '$lib/time/paris';
import { deriveAtypicalFlags } from '$lib/requests/atypical-hours';
import { isUuid } from '$lib/ids';
import type { Locale } from '$lib/i18n/locales';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import { generateToken, hashToken } from '../auth/tokens';
import { childcareRequests, communes, requestChildren, requestEvents } from '../db/schema';
import type { Db } from '../db/types';
import { nextRequestReference } from './reference';
import { enqueueConfirmationMail } from './request-mails';

/** The commune is not served by any relay of this portal; callers check it before sending. */
export class CommuneNotServedError extends Error {
	constructor(readonly inseeCode: string) {
		super(`commune ${inseeCode} is not served by any relay`);
		this.name = 'CommuneNotServedError';
	}
}

export interface SubmitMeta {
	channel: RequestChannel;
	/** Issued with the form (the draft's id): resending the same form finds the same request. */
	idempotencyKey: string;
	now?: Date;
	/**
	 * When the request arrived, if before `now`: the day a family made it on monenfant.fr
	 * (see arrival.ts). Its queue position and 7-day target count from it.
	 */
	receivedAt?: Date;
	/** The family online; the animator who types a request taken by phone or at the desk. */
	actor: AuditActor;
	/** Version of the information notice the family was shown. */
	noticeVersion: string;
	/**
	 * The language of the page the request was sent from: its mails, invitations and tracking
	 * pages speak it. French when not given (requests typed by staff, seeds).
	 */
	locale?: Locale;
}

export interface SubmitResult {
	/** False when this idempotency key had already stored a request: that one is returned. */
	created: boolean;
	requestId: string;
	reference: string;
	relayId: string;
	/** The private tracking token, only when the request was just created; never stored. */
	trackingToken: string | null;
}

/** Thrown inside the transaction to roll it back when another submission won the key. */
class AlreadySubmitted extends Error {}

/**
 * Stores a validated request in the queue of the relay serving its commune, with its
 * children, derived atypical flags, a `received` event, an audit entry and, when the family
 * gave an email, the confirmation mail: all in one transaction (a savepoint when the caller
 * passes its own, as the public form does to delete the draft with it).
 *
 * Idempotent on `idempotencyKey`: a double click, a retry after a timeout or a resend after
 * going back stores one request. The key is looked up first; when two submissions race past
 * that check, the insert's ON CONFLICT lets one through and the other rolls back, giving its
 * reference number back to the counter.
 */
export async function submitChildcareRequest(
	db: Db,
	input: ChildcareRequestInput,
	meta: SubmitMeta
): Promise<SubmitResult> {
	// Both are guaranteed by the form's schemas and the server: failing here is a bug.
	if (!isUuid(meta.idempotencyKey)) throw new TypeError('idempotencyKey must be a UUID');
	if (input.children.length === 0) throw new TypeError('a request has at least one child');
	const now = meta.now ?? new Date();
	const receivedAt = meta.receivedAt && meta.receivedAt < now ? meta.receivedAt : now;
	try {
		return await db.transaction(async (tx) => {
			const existing = await findByIdempotencyKey(tx, meta.idempotencyKey);
			if (existing) return existing;

			const [commune] = await tx
				.select({ relayId: communes.relayId })
				.from(communes)
				.where(eq(communes.inseeCode, input.residenceInsee));
			const relayId = commune?.relayId;
			if (!relayId) throw new CommuneNotServedError(input.residenceInsee);

			const reference = await nextRequestReference(
				tx,
				relayId,
				Number(todayInParis(now).slice(0, 4))
			);
			const token = generateToken();
			const flags = deriveAtypicalFlags(input.need.weeklySchedule);
			const [request] = await tx
				.insert(childcareRequests)
				.values({
					relayId,
					reference,
					status: 'received',
					channel: meta.channel,
					receivedAt,
					idempotencyKey: meta.idempotencyKey,
					trackingTokenHash: hashToken(token),
					parentNames: input.contact.parentNames,
					email: input.contact.email ?? null,
					phone: input.contact.phone ?? null,
					appointmentMode: input.contact.appointmentMode,
					contactTimes: input.contact.contactTimes,
					homeLanguage: input.contact.homeLanguage,
					residenceInsee: input.residenceInsee,
					workInsee: input.workInsee,
					desiredStart: input.need.desiredStart,
					latestStart: input.need.latestStart,
					regularity: input.need.regularity,
					weeklySchedule: input.need.weeklySchedule,
					variableHours: input.need.variableHours,
					atypicalEarly: flags.early,
					atypicalLate: flags.late,
					atypicalSaturday: flags.saturday,
					atypicalSunday: flags.sunday,
					atypicalNight: flags.night,
					periscolaire: input.need.periscolaire,
					careKinds: input.need.careKinds,
					comment: input.comment,
					consentAt: now,
					noticeVersion: meta.noticeVersion,
					locale: meta.locale ?? 'fr',
					updatedAt: now
				})
				.onConflictDoNothing({ target: childcareRequests.idempotencyKey })
				.returning();
			if (!request) throw new AlreadySubmitted();

			const children = input.children.map((child, index) => ({
				requestId: request.id,
				position: index + 1,
				birthDate: child.birthDate,
				expectedBirthDate: child.expectedBirthDate,
				needsSupport: child.needsSupport,
				ageBand: childAgeBandAt(child, input.need.desiredStart)
			}));
			await tx.insert(requestChildren).values(children);
			await tx.insert(requestEvents).values({
				requestId: request.id,
				kind: 'received',
				at: receivedAt,
				actorKind: meta.actor.kind,
				actorId: meta.actor.kind === 'staff' ? meta.actor.userId : null,
				visibleToFamily: true,
				details: { channel: meta.channel }
			});
			// No personal data in the audit log: it outlives the request's retention.
			await recordAudit(tx, {
				actor: meta.actor,
				relayId,
				action: 'request.received',
				entityType: 'childcare_request',
				entityId: request.id,
				details: { channel: meta.channel, reference }
			});
			await enqueueConfirmationMail(tx, request, children, token, now);
			return { created: true, requestId: request.id, reference, relayId, trackingToken: token };
		});
	} catch (error) {
		if (!(error instanceof AlreadySubmitted)) throw error;
		// The winner has committed (ON CONFLICT waits for it), so it is visible now.
		const existing = await findByIdempotencyKey(db, meta.idempotencyKey);
		if (!existing) throw new Error('submitChildcareRequest: conflicting request vanished');
		return existing;
	}
}

async function findByIdempotencyKey(db: Db, idempotencyKey: string): Promise<SubmitResult | null> {
	const [row] = await db
		.select({
			id: childcareRequests.id,
			reference: childcareRequests.reference,
			relayId: childcareRequests.relayId
		})
		.from(childcareRequests)
		.where(eq(childcareRequests.idempotencyKey, idempotencyKey));
	return row
		? {
				created: false,
				requestId: row.id,
				reference: row.reference,
				relayId: row.relayId,
				trackingToken: null
			}
		: null;
}
