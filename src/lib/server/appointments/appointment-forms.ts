import { z } from '$lib/forms/zod';
import { phoneSchemaWith } from '$lib/forms/childcare-request';
import { m } from '$lib/i18n';

/**
 * The zod schema of each appointment form of the staff's booking page. The family's, in its
 * language, are in family-appointment-forms.ts.
 */
const e = m.appointments.errors;

const emptyToUndefined = (value: unknown) =>
	typeof value === 'string' && value.trim() === '' ? undefined : value;
const list = (value: unknown) =>
	value === undefined ? [] : Array.isArray(value) ? value : [value];
const appointmentId = z.uuid({ error: e.invalid });

/**
 * The booking page's one form of slots: ticked boxes (`slot`), the number to call, and the
 * button pressed (book one, offer 3 to 5, or move an appointment to the ticked slot).
 */
export const slotsForm = z.object({
	slot: z.preprocess(list, z.array(z.string().max(100)).max(5, e.tooManySlots)),
	phone: z.preprocess(emptyToUndefined, phoneSchemaWith(m.request.errors.phoneInvalid).optional()),
	/** Set by the "move" button: the appointment moved to the ticked slot. */
	appointment: z.preprocess(emptyToUndefined, appointmentId.optional())
});

export const appointmentForm = z.object({ appointment: appointmentId });

export const outcomeForm = z.object({
	appointment: appointmentId,
	outcome: z.enum(['attended', 'no_show'], { error: e.invalid })
});
