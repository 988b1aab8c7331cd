import { z } from '$lib/forms/zod';
import { phoneSchemaWith } from '$lib/forms/childcare-request';
import { m } from '$lib/i18n';

/** The zod schema of each appointment form (the booking page and the tracking page). */
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

/** The family picks one of the offered slots (radio buttons). */
export const familyChoiceForm = z.object({ appointment: z.uuid({ error: e.slotRequired }) });

export const familyRescheduleForm = z.object({
	appointment: appointmentId,
	slot: z.string({ error: e.slotRequired }).min(1, e.slotRequired).max(100)
});
