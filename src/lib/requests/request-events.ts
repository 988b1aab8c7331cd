/**
 * Every kind of event in a request's story (`request_events.kind`). The column is typed with
 * this union, so code cannot write another kind, and the catalogue's labels
 * (`m.queue.request.timeline.kinds`) are a record of it: a kind added here without its French
 * label fails the type check, and request-events.spec.ts checks the labels themselves.
 */
export const requestEventKinds = [
	'received',
	'taken',
	'reassigned',
	'transferred',
	'appointment_proposed',
	'appointment_booked',
	'appointment_rescheduled',
	'appointment_cancelled',
	'appointment_held',
	'appointment_no_show',
	'list_given',
	'solution_recorded',
	'closed',
	'cancelled_by_family',
	'contact_updated',
	'tracking_link_renewed',
	'reopened',
	'follow_up_sent',
	'follow_up_answered',
	'personal_data_erased'
] as const;
export type RequestEventKind = (typeof requestEventKinds)[number];

export const isRequestEventKind = (value: string): value is RequestEventKind =>
	(requestEventKinds as readonly string[]).includes(value);

/**
 * The audit actions about a request and its appointments, shown in the request's journal.
 * Their labels (`m.queue.request.audit.actions`) are a record of this union, and
 * request-events.spec.ts reads the server code for any `request.…` or `appointment.…` action
 * missing here.
 */
export const requestAuditActions = [
	'request.received',
	'request.taken',
	'request.status_changed',
	'request.note_added',
	'request.note_edited',
	'request.contact_logged',
	'request.reassigned',
	'request.transferred',
	'request.contact_updated',
	'request.cancelled_by_family',
	'request.tracking_link_renewed',
	'request.list_given',
	'request.outcome_recorded',
	'request.reopened',
	'request.follow_up_sent',
	'request.follow_up_answered',
	'request.data_downloaded',
	'request.personal_data_erased',
	'appointment.offered',
	'appointment.booked',
	'appointment.rescheduled',
	'appointment.cancelled',
	'appointment.attended',
	'appointment.no_show'
] as const;
export type RequestAuditAction = (typeof requestAuditActions)[number];

export const isRequestAuditAction = (value: string): value is RequestAuditAction =>
	(requestAuditActions as readonly string[]).includes(value);
