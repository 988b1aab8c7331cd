import { and, eq, gt, inArray } from 'drizzle-orm';
import { NOTE_EDIT_WINDOW_MS, NOTE_MAX_LENGTH } from '$lib/queue/rules';
import { recordAudit } from '../audit/record-audit';
import { childcareRequests, requestNotes } from '../db/schema';
import type { Db } from '../db/types';
import { isUuid } from '$lib/ids';
import { findRelayRequest } from './relay-request';
import { auditActorOf, type StaffActor } from './staff-actor';
import { REQUEST_ENTITY } from '../requests/lifecycle/change-status';

/**
 * Internal notes on a request: dated and signed, for the relay's team only (never shown to
 * the family, never in the observatory). A note can be corrected by its author for ten
 * minutes (a typo, a word missing), then it stands as written.
 */

/** Whether `actor` may still edit a note written at `createdAt` by `authorId`. */
export const isNoteEditable = (
	note: { authorId: string; createdAt: Date },
	actor: StaffActor,
	now: Date
) => note.authorId === actor.id && now.getTime() - note.createdAt.getTime() < NOTE_EDIT_WINDOW_MS;

export type NoteResult =
	| { ok: true; noteId: string }
	| { ok: false; refusal: 'not_found' | 'empty' | 'too_long' | 'not_author' | 'too_late' };

function checkBody(body: string): 'empty' | 'too_long' | null {
	if (!body) return 'empty';
	return body.length > NOTE_MAX_LENGTH ? 'too_long' : null;
}

export async function addNote(
	db: Db,
	actor: StaffActor,
	requestId: string,
	text: string,
	now = new Date()
): Promise<NoteResult> {
	const body = text.trim();
	const invalid = checkBody(body);
	if (invalid) return { ok: false, refusal: invalid };
	return db.transaction(async (tx) => {
		const request = await findRelayRequest(tx, actor, requestId);
		if (!request) return { ok: false, refusal: 'not_found' };
		const [note] = await tx
			.insert(requestNotes)
			.values({ requestId: request.id, authorId: actor.id, body, createdAt: now, updatedAt: now })
			.returning({ id: requestNotes.id });
		if (!note) throw new Error('note insert returned nothing');
		// The note's text stays in the note: the audit log outlives the request's data.
		await recordAudit(tx, {
			actor: auditActorOf(actor),
			relayId: actor.relayId,
			action: 'request.note_added',
			entityType: REQUEST_ENTITY,
			entityId: request.id,
			details: { noteId: note.id }
		});
		return { ok: true, noteId: note.id };
	});
}

/**
 * Rewrites a note. The rule is in the UPDATE's WHERE (author, ten minutes, the actor's
 * relay), so a request arriving at 10:00:01 cannot slip past a check made at 9:59:59.
 */
export async function editNote(
	db: Db,
	actor: StaffActor,
	noteId: string,
	text: string,
	now = new Date()
): Promise<NoteResult> {
	const body = text.trim();
	const invalid = checkBody(body);
	if (invalid) return { ok: false, refusal: invalid };
	if (!isUuid(noteId)) return { ok: false, refusal: 'not_found' };
	return db.transaction(async (tx) => {
		const ofActorsRelay = inArray(
			requestNotes.requestId,
			tx
				.select({ id: childcareRequests.id })
				.from(childcareRequests)
				.where(eq(childcareRequests.relayId, actor.relayId))
		);
		const [edited] = await tx
			.update(requestNotes)
			.set({ body, updatedAt: now })
			.where(
				and(
					eq(requestNotes.id, noteId),
					eq(requestNotes.authorId, actor.id),
					gt(requestNotes.createdAt, new Date(now.getTime() - NOTE_EDIT_WINDOW_MS)),
					ofActorsRelay
				)
			)
			.returning({ id: requestNotes.id, requestId: requestNotes.requestId });
		if (!edited) {
			// Why not, to say it right: unknown (or another relay's), someone else's, too late.
			const [note] = await tx
				.select({ authorId: requestNotes.authorId })
				.from(requestNotes)
				.where(and(eq(requestNotes.id, noteId), ofActorsRelay));
			if (!note) return { ok: false, refusal: 'not_found' };
			return { ok: false, refusal: note.authorId === actor.id ? 'too_late' : 'not_author' };
		}
		await recordAudit(tx, {
			actor: auditActorOf(actor),
			relayId: actor.relayId,
			action: 'request.note_edited',
			entityType: REQUEST_ENTITY,
			entityId: edited.requestId,
			details: { noteId: edited.id }
		});
		return { ok: true, noteId: edited.id };
	});
}
