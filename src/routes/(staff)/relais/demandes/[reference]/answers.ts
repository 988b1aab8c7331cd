import { error, redirect } from '@sveltejs/kit';
import type { FieldErrors } from '$lib/forms/parse-form';
import { invalid, refused, succeeded } from '$lib/server/http/form-failure';
import { m } from '$lib/i18n';
import {
	NOTE_MAX_LENGTH,
	OUT_OF_TURN_REASON_MAX,
	TRANSFER_REASON_MAX,
	UNREACHABLE_MIN_ATTEMPTS
} from '$lib/queue/rules';
import type { NoteResult } from '$lib/server/queue/request-notes';
import type { ReassignResult } from '$lib/server/queue/reassign-request';
import { isInputRefusal, type TransitionResult } from '$lib/server/queue/transition-request';
import type { TakeResult } from '$lib/server/queue/take-next';
import type { TransferResult } from '$lib/server/queue/transfer-request';

/**
 * How the request page answers each domain result: 404 for a request that is not the
 * relay's, 400 with a message at the field for what was typed, 409 when the request's state
 * does not allow it (the state machine's refusals). `action` tells the page which form the
 * errors belong to (see $lib/forms/form-answer).
 */
const e = m.queue.errors;
type Values = Record<string, string>;

export function answerTake(result: TakeResult, reason: string) {
	if (result.ok) return succeeded('take', m.queue.request.take.done);
	if (result.refusal === 'not_found') error(404, m.common.error.notFound);
	switch (result.refusal) {
		case 'reason_required':
			return invalid('take', { reason: e.reasonRequired }, { reason });
		case 'reason_too_long':
			return invalid('take', { reason: e.reasonTooLong(OUT_OF_TURN_REASON_MAX) }, { reason });
		case 'already_taken':
			return refused('take', e.alreadyTaken);
	}
}

export function answerTransition(
	action: 'status' | 'close',
	result: TransitionResult,
	values: Record<string, string | undefined>
) {
	const typed: Values = Object.fromEntries(
		Object.entries(values).filter(
			(entry): entry is [string, string] => typeof entry[1] === 'string'
		)
	);
	if (result.ok) {
		return succeeded(action, m.queue.request.status.done(m.queue.statuses[result.request.to]));
	}
	const { refusal } = result;
	if (refusal === 'not_found') error(404, m.common.error.notFound);
	if (isInputRefusal(refusal)) {
		const errors: FieldErrors =
			refusal === 'reason_required'
				? { reason: e.closeReasonRequired }
				: refusal === 'comment_required'
					? { comment: e.commentRequired }
					: refusal === 'duplicate_required'
						? { duplicateOf: e.duplicateRequired }
						: { duplicateOf: e.duplicateNotFound };
		return invalid(action, errors, typed);
	}
	const current = result.current ? m.queue.statuses[result.current] : '';
	const message =
		refusal === 'too_few_attempts'
			? e.tooFewAttempts(UNREACHABLE_MIN_ATTEMPTS)
			: refusal === 'stale'
				? e.conflict
				: refusal === 'not_started'
					? e.appointmentNotStarted
					: e.forbiddenTransition(current);
	return refused(action, message, typed);
}

export function answerNote(
	action: 'note' | 'editNote',
	result: NoteResult,
	values: Values,
	done: string
) {
	if (result.ok) return succeeded(action, done);
	if (result.refusal === 'not_found') error(404, m.common.error.notFound);
	switch (result.refusal) {
		case 'empty':
			return invalid(action, { body: e.noteRequired }, values);
		case 'too_long':
			return invalid(action, { body: e.noteTooLong(NOTE_MAX_LENGTH) }, values);
		case 'not_author':
			return refused(action, e.noteNotAuthor, values, 403);
		case 'too_late':
			return refused(action, e.noteTooLate, values);
	}
}

export function answerReassign(result: ReassignResult, assignee: string) {
	if (result.ok) return succeeded('reassign', m.queue.request.reassign.done(result.assignee.name));
	if (result.refusal === 'not_found') error(404, m.common.error.notFound);
	switch (result.refusal) {
		case 'invalid_assignee':
			return invalid('reassign', { assignee: e.assigneeRequired }, { assignee });
		case 'same_assignee':
			return invalid('reassign', { assignee: e.assigneeSame }, { assignee });
		case 'not_taken':
			return refused('reassign', e.notTaken);
	}
}

/** A transferred request leaves the relay: back to the queue, which says where it went. */
export function answerTransfer(
	result: TransferResult,
	reference: string,
	values: Values & { reason: string }
) {
	if (result.ok) redirect(303, `/relais/file?transfert=${encodeURIComponent(reference)}`);
	if (result.refusal === 'not_found' || result.refusal === 'not_admin') {
		error(404, m.common.error.notFound);
	}
	switch (result.refusal) {
		case 'invalid_relay':
			return invalid('transfer', { relay: e.relayRequired }, values);
		case 'reason_required':
			return invalid('transfer', { reason: e.transferReasonRequired }, values);
		case 'reason_too_long':
			return invalid('transfer', { reason: e.reasonTooLong(TRANSFER_REASON_MAX) }, values);
		case 'not_transferable':
			return refused('transfer', e.notTransferable, values);
	}
}
