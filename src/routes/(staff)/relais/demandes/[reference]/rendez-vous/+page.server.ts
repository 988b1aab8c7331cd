import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import type { RelayStaffUser } from '$lib/server/auth/session';
import { findRelayRequestByReference } from '$lib/server/queue/relay-request';
import {
	appointmentForm,
	outcomeForm,
	slotsForm
} from '$lib/server/appointments/appointment-forms';
import { loadBookingPage } from '$lib/server/appointments/booking-page';
import {
	cancelAppointment,
	markAppointmentOutcome
} from '$lib/server/appointments/change-appointment';
import {
	bookTickedSlot,
	moveToTickedSlot,
	offerTickedSlots,
	type SlotBookingResult
} from '$lib/server/appointments/slot-booking';
import { parseForm } from '$lib/forms/parse-form';
import { m } from '$lib/i18n';
import { answer, refusalAnswer } from './answers';
import { readForm } from '$lib/server/http/read-form';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const page = await loadBookingPage(event.locals.db, user, event.params.reference);
	if (!page) error(404, m.common.error.notFound);
	return { page };
};

/** The request of the page, in the person's relay; 404 otherwise (another relay's too). */
async function pageRequest(event: RequestEvent<{ reference: string }>, user: RelayStaffUser) {
	const request = await findRelayRequestByReference(event.locals.db, user, event.params.reference);
	if (!request) error(404, m.common.error.notFound);
	return request;
}

const t = m.appointments.staff;
const e = m.appointments.errors;

/** The slots form, and its values as typed to fill the form again. */
async function slotsSubmission(event: RequestEvent) {
	const formData = await readForm(event.request);
	const parsed = parseForm(slotsForm, formData);
	const values = {
		phone: String(formData.get('phone') ?? ''),
		slot: formData.getAll('slot').map(String).join(' ')
	};
	return { parsed, values };
}

/** The domain's answer as the page's: a message of success, or the refusal where it belongs. */
const slotsAnswer = (result: SlotBookingResult, values: Record<string, string>) =>
	result.ok
		? answer('slots', { done: t.done[result.done] })
		: refusalAnswer('slots', result.refusal, values, result.nextSlots);

export const actions: Actions = {
	book: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const { parsed, values } = await slotsSubmission(event);
		if (!parsed.ok) return fail(400, answer('slots', { errors: parsed.errors, values }));
		const ticked = { slotKeys: parsed.data.slot, phone: parsed.data.phone };
		const result = await bookTickedSlot(event.locals.db, user, event.params.reference, ticked);
		return slotsAnswer(result, values);
	},
	offer: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const { parsed, values } = await slotsSubmission(event);
		if (!parsed.ok) return fail(400, answer('slots', { errors: parsed.errors, values }));
		const ticked = { slotKeys: parsed.data.slot };
		const result = await offerTickedSlots(event.locals.db, user, event.params.reference, ticked);
		return slotsAnswer(result, values);
	},
	reschedule: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const { parsed, values } = await slotsSubmission(event);
		if (!parsed.ok) return fail(400, answer('slots', { errors: parsed.errors, values }));
		const appointmentId = parsed.data.appointment;
		if (!appointmentId) error(404, m.common.error.notFound);
		const ticked = { slotKeys: parsed.data.slot, phone: parsed.data.phone };
		const result = await moveToTickedSlot(
			event.locals.db,
			user,
			event.params.reference,
			appointmentId,
			ticked
		);
		return slotsAnswer(result, values);
	},
	cancel: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		await pageRequest(event, user);
		const parsed = parseForm(appointmentForm, await readForm(event.request));
		if (!parsed.ok) error(404, m.common.error.notFound);
		const result = await cancelAppointment(event.locals.db, user, parsed.data.appointment);
		if (!result.ok) return refusalAnswer('appointment', result.refusal, {});
		return answer('appointment', { done: t.done.cancelled });
	},
	outcome: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		await pageRequest(event, user);
		const parsed = parseForm(outcomeForm, await readForm(event.request));
		if (!parsed.ok) return fail(400, answer('appointment', { message: e.invalid }));
		const result = await markAppointmentOutcome(
			event.locals.db,
			user,
			parsed.data.appointment,
			parsed.data.outcome
		);
		if (!result.ok) return refusalAnswer('appointment', result.refusal, {});
		return answer('appointment', { done: t.done[parsed.data.outcome] });
	}
};
