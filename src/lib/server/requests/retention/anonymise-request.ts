import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { cancellationReasons } from '$lib/childcare-request-options';
import {
	noSolutionReasons,
	relayClosureReasons,
	type AnonymisationCause
} from '$lib/requests/outcome-options';
import { recordAudit, type AuditActor } from '../../audit/record-audit';
import {
	appointments,
	childcareRequests,
	mailOutbox,
	requestChildren,
	requestContacts,
	requestEvents,
	requestNotes
} from '../../db/schema';
import type { Db } from '../../db/types';
import { REQUEST_ENTITY } from '../lifecycle/change-status';

/**
 * THE rule for erasing a family's personal data, used by the daily purge (cause `retention`),
 * the family's own erasure from the tracking page (`family`) and the admin's erasure at the
 * desk (`desk`). What stays are the facts the observatory and the CAF report count: relay,
 * communes, arrival, status and dates, the need (flags, hours, kinds, périscolaire), the
 * children's age bands and support flag, appointments' times, outcomes, follow-ups, and the
 * lists given (they hold childminders, not the family). README « Durée de conservation ».
 */

/**
 * The keys of `request_events.details` that hold codes, ids, counts or dates, never words
 * a person typed: everything else (comment, details, a staff member's reason…) is dropped.
 * A key added elsewhere is dropped until it is listed here: erasing too much is the safe side.
 */
const CODE_KEYS = new Set([
	'from',
	'to',
	'status',
	'fromStatus',
	'channel',
	'reference',
	'outOfTurn',
	'olderWaiting',
	'fromRelayId',
	'toRelayId',
	'toRelayName',
	'duplicateOf',
	'duplicateOfId',
	'appointmentId',
	'offerId',
	'startsAt',
	'expiresAt',
	'kind',
	'daysFromArrival',
	'late',
	'listId',
	'count',
	'orderBy',
	'seed',
	'fields',
	'found',
	'careKind',
	'startDate',
	'fromRelayList',
	'noSolutionReason',
	'source',
	'followUpStage',
	'stage',
	'answer',
	'noteId',
	'contactId',
	'outcome',
	'cause'
]);

/**
 * `reason` is a code (a relay's closure, a family's cancellation) or, for a transfer or an
 * out-of-turn take, a sentence a staff member wrote: only the codes stay.
 */
const REASON_CODES = new Set<string>([
	...relayClosureReasons,
	...cancellationReasons,
	...noSolutionReasons
]);

/** The details of an event once the family's personal data are erased. */
export function erasedEventDetails(details: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(details).filter(
			([key, value]) =>
				CODE_KEYS.has(key) ||
				(key === 'reason' && typeof value === 'string' && REASON_CODES.has(value))
		)
	);
}

/**
 * What replaces the tracking token's SHA-256: not hexadecimal, so no token hashes to it (every
 * old link answers 404), and unique per request as the column requires.
 */
export const erasedTrackingHash = (requestId: string) => `erased:${requestId}`;

/** Who erases: the system for the purge, the family, or the admin at the desk. */
export type AnonymisationActor = Extract<AuditActor, { kind: 'system' | 'family' | 'staff' }>;

export type AnonymisationResult = 'erased' | 'already_erased' | 'not_found';

const defaultActor = (cause: AnonymisationCause): AnonymisationActor | null =>
	cause === 'retention' ? { kind: 'system' } : cause === 'family' ? { kind: 'family' } : null;

/**
 * Erases the personal data of one request, in the caller's transaction: the request's row is
 * locked first, so of two erasures at once (two purges, the purge and the family) the second
 * finds `anonymised_at` set and changes nothing. `actor` is required for a desk erasure (the
 * admin: the audit entry says who); the purge and the family have a default.
 */
export async function anonymiseRequest(
	tx: Db,
	requestId: string,
	cause: AnonymisationCause,
	now: Date,
	actor: AnonymisationActor | null = defaultActor(cause)
): Promise<AnonymisationResult> {
	if (!actor) throw new Error(`an erasure of cause ${cause} needs its actor`);
	const [request] = await tx
		.select({
			id: childcareRequests.id,
			relayId: childcareRequests.relayId,
			anonymisedAt: childcareRequests.anonymisedAt
		})
		.from(childcareRequests)
		.where(eq(childcareRequests.id, requestId))
		.for('update');
	if (!request) return 'not_found';
	if (request.anonymisedAt) return 'already_erased';

	await tx
		.update(childcareRequests)
		.set({
			parentNames: '',
			email: null,
			phone: null,
			contactTimes: '',
			homeLanguage: '',
			comment: '',
			trackingTokenHash: erasedTrackingHash(request.id),
			anonymisedAt: now,
			anonymisationCause: cause,
			updatedAt: now
		})
		.where(eq(childcareRequests.id, request.id));
	await tx
		.update(requestChildren)
		.set({ birthDate: null, expectedBirthDate: null })
		.where(eq(requestChildren.requestId, request.id));
	await tx.delete(requestNotes).where(eq(requestNotes.requestId, request.id));
	await tx
		.update(requestContacts)
		.set({ note: '' })
		.where(eq(requestContacts.requestId, request.id));
	// A phone appointment keeps its kind and times; '' satisfies its "has a number" check.
	await tx
		.update(appointments)
		.set({ phone: sql`case when ${appointments.kind} = 'phone' then '' else null end` })
		.where(and(eq(appointments.requestId, request.id), isNotNull(appointments.phone)));
	await tx.delete(mailOutbox).where(eq(mailOutbox.requestId, request.id));

	const events = await tx
		.select({ id: requestEvents.id, details: requestEvents.details })
		.from(requestEvents)
		.where(eq(requestEvents.requestId, request.id));
	for (const event of events) {
		const kept = erasedEventDetails(event.details);
		if (Object.keys(kept).length === Object.keys(event.details).length) continue;
		await tx.update(requestEvents).set({ details: kept }).where(eq(requestEvents.id, event.id));
	}

	await tx.insert(requestEvents).values({
		requestId: request.id,
		kind: 'personal_data_erased',
		at: now,
		actorKind: actor.kind,
		actorId: actor.kind === 'staff' ? actor.userId : null,
		visibleToFamily: false,
		details: { cause }
	});
	await recordAudit(tx, {
		actor,
		relayId: request.relayId,
		action: 'request.personal_data_erased',
		entityType: REQUEST_ENTITY,
		entityId: request.id,
		details: { cause }
	});
	return 'erased';
}
