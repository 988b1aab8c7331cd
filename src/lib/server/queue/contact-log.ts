import { contactChannels, contactOutcomes, requestContacts } from '../db/schema';
import { CONTACT_NOTE_MAX } from '$lib/queue/rules';
import { recordAudit } from '../audit/record-audit';
import type { Db } from '../db/types';
import { findRelayRequest } from './relay-request';
import { auditActorOf, type StaffActor } from './staff-actor';
import { REQUEST_ENTITY } from '../requests/lifecycle/change-status';

export type ContactChannel = (typeof contactChannels)[number];
export type ContactOutcome = (typeof contactOutcomes)[number];

export interface ContactAttempt {
	channel: ContactChannel;
	outcome: ContactOutcome;
	note?: string;
}

export type ContactResult =
	{ ok: true; contactId: string } | { ok: false; refusal: 'not_found' | 'note_too_long' };

/**
 * Records an attempt to reach the family (a call, a message) and how it went. The log is the
 * proof behind "unreachable" (transition-request.ts asks for several unanswered attempts)
 * and tells a colleague picking the request up what was already tried.
 */
export async function logContact(
	db: Db,
	actor: StaffActor,
	requestId: string,
	attempt: ContactAttempt,
	now = new Date()
): Promise<ContactResult> {
	const note = attempt.note?.trim() ?? '';
	if (note.length > CONTACT_NOTE_MAX) return { ok: false, refusal: 'note_too_long' };
	return db.transaction(async (tx) => {
		const request = await findRelayRequest(tx, actor, requestId);
		if (!request) return { ok: false, refusal: 'not_found' };
		const [contact] = await tx
			.insert(requestContacts)
			.values({
				requestId: request.id,
				staffId: actor.id,
				channel: attempt.channel,
				outcome: attempt.outcome,
				note,
				at: now
			})
			.returning({ id: requestContacts.id });
		if (!contact) throw new Error('contact insert returned nothing');
		await recordAudit(tx, {
			actor: auditActorOf(actor),
			relayId: actor.relayId,
			action: 'request.contact_logged',
			entityType: REQUEST_ENTITY,
			entityId: request.id,
			details: { contactId: contact.id, channel: attempt.channel, outcome: attempt.outcome }
		});
		return { ok: true, contactId: contact.id };
	});
}
