import type { RequestStatus } from '$lib/childcare-request-options';

/**
 * The statuses in which a request is still being worked on: the family may correct its
 * contact details, cancel it, or ask for a new tracking link. `appointment_held` is open too:
 * after the appointment the family is still looking, and finding a place elsewhere then is
 * the most common reason to cancel.
 */
export const openRequestStatuses = [
	'received',
	'in_progress',
	'appointment_booked',
	'appointment_held'
] as const satisfies readonly RequestStatus[];

export type OpenRequestStatus = (typeof openRequestStatuses)[number];

export function isOpenRequestStatus(status: RequestStatus): status is OpenRequestStatus {
	return (openRequestStatuses as readonly RequestStatus[]).includes(status);
}
