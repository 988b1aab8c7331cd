import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import type { SessionUser } from '$lib/server/auth/session';
import { runtimeDatabase } from '$lib/server/db/runtime';
import { findRelayRequestByReference } from '$lib/server/queue/relay-request';
import {
	appointmentForm,
	outcomeForm,
	slotsForm
} from '$lib/server/appointments/appointment-forms';
import { bookAppointment } from '$lib/server/appointments/book-appointment';
import { loadBookingPage, nextFreeSlots } from '$lib/server/appointments/booking-page';
import {
	cancelAppointment,
	markAppointmentOutcome,
	rescheduleAppointment
} from '$lib/server/appointments/change-appointment';
import { offerSlots } from '$lib/server/appointments/offer-slots';
import { findFreeSlot } from '$lib/server/appointments/slot-choice';
import { parseForm } from '$lib/forms/parse-form';
import { m } from '$lib/i18n';
import { answer, refusalAnswer } from './answers';
import { readForm } from '$lib/server/http/read-form';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const page = await loadBookingPage(runtimeDatabase(), user, event.params.reference);
	if (!page) error(404, m.common.error.notFound);
	return { page };
};

/** The request of the page, in the person's relay; 404 otherwise (another relay's too). */
async function pageRequest(event: RequestEvent<{ reference: string }>, user: SessionUser) {
	const request = await findRelayRequestByReference(
		runtimeDatabase(),
		user,
		event.params.reference
	);
	if (!request) error(404, m.common.error.notFound);
	return request;
}

const t = m.appointments.staff;
const e = m.appointments.errors;

/** The ticked slots, found again among the free ones; a 409 with the next ones if not. */
async function ticked(user: SessionUser, keys: string[], values: Record<string, string>) {
	const db = runtimeDatabase();
	const slots = [];
	for (const key of keys) {
		const slot = await findFreeSlot(db, user.relayId, key);
		if (!slot)
			return {
				ok: false as const,
				answer: refusalAnswer('slots', 'slot_taken', values, await nextFreeSlots(db, user.relayId))
			};
		slots.push(slot);
	}
	return { ok: true as const, slots };
}

/** The slots form's values as typed, to fill the form again. */
async function slotsSubmission(event: RequestEvent) {
	const formData = await readForm(event.request);
	const parsed = parseForm(slotsForm, formData);
	const values = {
		phone: String(formData.get('phone') ?? ''),
		slot: formData.getAll('slot').map(String).join(' ')
	};
	return { parsed, values };
}

export const actions: Actions = {
	book: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await pageRequest(event, user);
		const { parsed, values } = await slotsSubmission(event);
		if (!parsed.ok) return fail(400, answer('slots', { errors: parsed.errors, values }));
		if (parsed.data.slot.length !== 1)
			return fail(400, answer('slots', { errors: { slot: e.bookOne }, values }));
		const found = await ticked(user, parsed.data.slot, values);
		if (!found.ok) return found.answer;
		const [slot] = found.slots;
		if (!slot) return fail(400, answer('slots', { errors: { slot: e.bookOne }, values }));
		if (slot.kind === 'phone' && !parsed.data.phone)
			return fail(400, answer('slots', { errors: { phone: e.phoneRequired }, values }));
		const db = runtimeDatabase();
		const result = await bookAppointment(db, user, {
			requestId: request.id,
			...slot,
			phone: parsed.data.phone
		});
		if (!result.ok)
			return refusalAnswer(
				'slots',
				result.refusal,
				values,
				result.refusal === 'slot_taken' ? await nextFreeSlots(db, user.relayId) : []
			);
		return answer('slots', { done: result.moved ? t.done.bookedAgain : t.done.booked });
	},
	offer: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await pageRequest(event, user);
		const { parsed, values } = await slotsSubmission(event);
		if (!parsed.ok) return fail(400, answer('slots', { errors: parsed.errors, values }));
		if (parsed.data.slot.length < 3)
			return fail(
				400,
				answer('slots', { errors: { slot: m.appointments.refusal.slot_count }, values })
			);
		const found = await ticked(user, parsed.data.slot, values);
		if (!found.ok) return found.answer;
		const db = runtimeDatabase();
		const result = await offerSlots(db, user, request.id, found.slots);
		if (!result.ok)
			return refusalAnswer(
				'slots',
				result.refusal,
				values,
				result.refusal === 'slot_taken' ? await nextFreeSlots(db, user.relayId) : []
			);
		return answer('slots', { done: t.done.offered });
	},
	reschedule: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		await pageRequest(event, user);
		const { parsed, values } = await slotsSubmission(event);
		if (!parsed.ok) return fail(400, answer('slots', { errors: parsed.errors, values }));
		const appointmentId = parsed.data.appointment;
		if (!appointmentId) error(404, m.common.error.notFound);
		if (parsed.data.slot.length !== 1)
			return fail(400, answer('slots', { errors: { slot: e.moveToOne }, values }));
		const found = await ticked(user, parsed.data.slot, values);
		if (!found.ok) return found.answer;
		const [slot] = found.slots;
		if (!slot) return fail(400, answer('slots', { errors: { slot: e.moveToOne }, values }));
		const db = runtimeDatabase();
		const result = await rescheduleAppointment(db, user, appointmentId, {
			...slot,
			phone: parsed.data.phone
		});
		if (!result.ok)
			return refusalAnswer(
				'slots',
				result.refusal,
				values,
				result.refusal === 'slot_taken' ? await nextFreeSlots(db, user.relayId) : []
			);
		return answer('slots', { done: t.done.rescheduled });
	},
	cancel: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		await pageRequest(event, user);
		const parsed = parseForm(appointmentForm, await readForm(event.request));
		if (!parsed.ok) error(404, m.common.error.notFound);
		const result = await cancelAppointment(runtimeDatabase(), user, parsed.data.appointment);
		if (!result.ok) return refusalAnswer('appointment', result.refusal, {});
		return answer('appointment', { done: t.done.cancelled });
	},
	outcome: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		await pageRequest(event, user);
		const parsed = parseForm(outcomeForm, await readForm(event.request));
		if (!parsed.ok) return fail(400, answer('appointment', { message: e.invalid }));
		const result = await markAppointmentOutcome(
			runtimeDatabase(),
			user,
			parsed.data.appointment,
			parsed.data.outcome
		);
		if (!result.ok) return refusalAnswer('appointment', result.refusal, {});
		return answer('appointment', { done: t.done[parsed.data.outcome] });
	}
};
