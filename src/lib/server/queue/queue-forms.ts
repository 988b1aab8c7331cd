import { z } from '$lib/forms/zod';
import { requestStatuses } from '$lib/childcare-request-options';
import { m } from '$lib/i18n';
import { openRequestStatuses } from '$lib/requests/request-status';
import {
	ALL_OPEN_PARAM,
	CLOSING_COMMENT_MAX,
	CONTACT_NOTE_MAX,
	NOTE_MAX_LENGTH,
	OUT_OF_TURN_REASON_MAX,
	TRANSFER_REASON_MAX
} from '$lib/queue/rules';
import { contactChannels, contactOutcomes } from '../db/schema';
import type { QueueCursor, QueueFilters, QueueStatusFilter } from './queue-listing';
import { relayClosureReasons } from '$lib/requests/outcome-options';

/** The zod schema of each form of the queue and request pages; messages in French. */
const e = m.queue.errors;

const text = (max: number, tooLong: string) =>
	z.string().trim().max(max, tooLong).optional().default('');

export const takeForm = z.object({
	reason: text(OUT_OF_TURN_REASON_MAX, e.reasonTooLong(OUT_OF_TURN_REASON_MAX))
});

/**
 * The status change the request page offers as a plain button. An outcome is recorded with
 * its facts (requests/outcomes/outcome-form.ts), closing by the relay with its reason.
 */
export const statusForm = z.object({
	from: z.enum(requestStatuses, { error: e.invalid }),
	to: z.enum(['appointment_held'], { error: e.invalid })
});

export const closeForm = z
	.object({
		from: z.enum(requestStatuses, { error: e.invalid }),
		reason: z.enum(relayClosureReasons, { error: e.closeReasonRequired }),
		duplicateOf: z
			.string()
			.trim()
			.toUpperCase()
			.max(40, e.duplicateNotFound)
			.optional()
			.default(''),
		comment: text(CLOSING_COMMENT_MAX, e.commentTooLong(CLOSING_COMMENT_MAX))
	})
	.superRefine((v, ctx) => {
		if (v.reason === 'other' && !v.comment) {
			ctx.addIssue({ code: 'custom', path: ['comment'], message: e.commentRequired });
		}
		if (v.reason === 'duplicate' && !v.duplicateOf) {
			ctx.addIssue({ code: 'custom', path: ['duplicateOf'], message: e.duplicateRequired });
		}
	});

const noteBody = z
	.string({ error: e.noteRequired })
	.trim()
	.min(1, e.noteRequired)
	.max(NOTE_MAX_LENGTH, e.noteTooLong(NOTE_MAX_LENGTH));

export const noteForm = z.object({ body: noteBody });
export const editNoteForm = z.object({ noteId: z.string().min(1, e.invalid), body: noteBody });

export const contactForm = z.object({
	channel: z.enum(contactChannels, { error: e.channelRequired }),
	outcome: z.enum(contactOutcomes, { error: e.outcomeRequired }),
	note: text(CONTACT_NOTE_MAX, e.contactNoteTooLong(CONTACT_NOTE_MAX))
});

export const reassignForm = z.object({
	assignee: z.string({ error: e.assigneeRequired }).min(1, e.assigneeRequired)
});

export const transferForm = z.object({
	relay: z.string({ error: e.relayRequired }).min(1, e.relayRequired),
	reason: z
		.string({ error: e.transferReasonRequired })
		.trim()
		.min(1, e.transferReasonRequired)
		.max(TRANSFER_REASON_MAX, e.reasonTooLong(TRANSFER_REASON_MAX))
});

/**
 * The queue's address: `?statut=received&commune=35238&attribution=moi&retard=1&apres=<id>`.
 * A value that is not one the form offers (an edited address) is dropped, not an error.
 * No `statut` (or an empty one) is the default view, the requests waiting for a first
 * appointment; `statut=toutes` is every open request.
 */
export const queueQueryNames = {
	status: 'statut',
	commune: 'commune',
	assignment: 'attribution',
	overdue: 'retard',
	after: 'apres',
	before: 'avant'
} as const;

/** The `statut` value of a status filter; empty for the default view. */
export const statusParam = (status: QueueStatusFilter | undefined): string =>
	status === undefined || status === 'awaiting_appointment'
		? ''
		: status === 'all_open'
			? ALL_OPEN_PARAM
			: status;

const assignmentValues = { moi: 'mine', aucune: 'unassigned' } as const;
export const assignmentParam = { mine: 'moi', unassigned: 'aucune' } as const;

export function parseQueueQuery(params: URLSearchParams): {
	filters: QueueFilters;
	cursor: QueueCursor | null;
} {
	const n = queueQueryNames;
	const filters: QueueFilters = {};
	const status = params.get(n.status);
	const open = openRequestStatuses.find((s) => s === status);
	if (open) filters.status = open;
	if (status === ALL_OPEN_PARAM) filters.status = 'all_open';
	const commune = params.get(n.commune);
	if (commune && /^[0-9][0-9AB][0-9]{3}$/.test(commune)) filters.commune = commune;
	const assignment = params.get(n.assignment);
	if (assignment === 'moi' || assignment === 'aucune')
		filters.assignment = assignmentValues[assignment];
	if (params.get(n.overdue) === '1') filters.overdue = true;
	const after = params.get(n.after);
	const before = params.get(n.before);
	const cursor = after ? { after } : before ? { before } : null;
	return { filters, cursor };
}

/** The address of the queue with these filters and cursor. */
export function queueHref(filters: QueueFilters, cursor: QueueCursor | null = null): string {
	const n = queueQueryNames;
	const params = new URLSearchParams();
	const status = statusParam(filters.status);
	if (status) params.set(n.status, status);
	if (filters.commune) params.set(n.commune, filters.commune);
	if (filters.assignment) params.set(n.assignment, assignmentParam[filters.assignment]);
	if (filters.overdue) params.set(n.overdue, '1');
	if (cursor && 'after' in cursor) params.set(n.after, cursor.after);
	if (cursor && 'before' in cursor) params.set(n.before, cursor.before);
	const query = params.toString();
	return query ? `/relais/file?${query}` : '/relais/file';
}
