import { z } from '$lib/forms/zod';
import type { FamilyMessages } from '$lib/i18n/family';

/**
 * The appointment forms of the family's tracking page, in the family's language (`locals.t`).
 * The appointment's id is a hidden field: a wrong one is a tampered form, answered 404 by
 * the page, or a choice not made (the radio buttons of the offered slots).
 */
export const familyChoiceForm = (t: FamilyMessages) =>
	z.object({ appointment: z.uuid({ error: t.appointments.family.errors.slotRequired }) });

export const familyRescheduleForm = (t: FamilyMessages) =>
	z.object({
		appointment: z.uuid({ error: t.validation.invalid }),
		slot: z
			.string({ error: t.appointments.family.errors.slotRequired })
			.min(1, t.appointments.family.errors.slotRequired)
			.max(100, t.appointments.family.errors.slotRequired)
	});

export const familyCancelForm = (t: FamilyMessages) =>
	z.object({ appointment: z.uuid({ error: t.validation.invalid }) });
