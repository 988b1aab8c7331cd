import { error, fail } from '@sveltejs/kit';
import { formAnswer, type FormAnswer } from '$lib/forms/form-answer';
import { m } from '$lib/i18n';
import type { SlotOption } from '$lib/server/appointments/slot-choice';

export type BookingAction = 'slots' | 'appointment';

/** The page's answer ($lib/forms/form-answer), with the next free slots after one was taken. */
export const answer = (
	action: BookingAction,
	parts: Partial<Omit<FormAnswer, 'action'>> & { nextSlots?: SlotOption[] }
) => ({ ...formAnswer(action, parts), nextSlots: parts.nextSlots ?? [] });

const r = m.appointments.refusal;
type Refusal = keyof typeof r;

/** Refusals about what was typed or ticked (400, at a field). */
const fieldOf: Partial<Record<Refusal, string>> = {
	phone_required: 'phone',
	one_slot: 'slot',
	slot_count: 'slot',
	no_email: 'slot'
};

/**
 * The answer to a refusal of the domain: 404 for a request or appointment out of reach
 * (another relay's too), 400 at the field for input, 409 with a message for the state
 * (a slot just taken comes with the next free ones).
 */
export function refusalAnswer(
	action: BookingAction,
	refusal: Refusal,
	values: Record<string, string>,
	nextSlots: SlotOption[] = []
) {
	if (refusal === 'not_found') error(404, m.common.error.notFound);
	const field = fieldOf[refusal];
	if (field) return fail(400, answer(action, { values, errors: { [field]: r[refusal] } }));
	return fail(409, answer(action, { values, message: r[refusal], nextSlots }));
}
