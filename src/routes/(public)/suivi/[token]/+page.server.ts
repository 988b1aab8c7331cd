import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	cancelRequestByFamily,
	findRequestByTrackingToken,
	updateContactDetails
} from '$lib/server/requests/tracking';
import { contactStepSchema } from '$lib/forms/childcare-request';
import { cancelRequestSchema } from '$lib/forms/tracking';
import { parseForm } from '$lib/forms/parse-form';
import { todayInParis } from '$lib/time/paris';
import { summarizeRequest } from '$lib/requests/request-summary';
import { summarySourceOf } from '$lib/requests/request-view';
import { buildTimeline } from '$lib/requests/request-timeline';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import type { FamilyMessages } from '$lib/i18n/family';
import {
	familyCancelForm,
	familyChoiceForm,
	familyRescheduleForm
} from '$lib/server/appointments/family-appointment-forms';
import { cancelByFamily } from '$lib/server/appointments/change-appointment';
import { loadFamilyAppointments } from '$lib/server/appointments/family-appointments';
import { chooseOfferedSlot } from '$lib/server/appointments/offer-slots';
import { moveByFamily } from '$lib/server/appointments/slot-booking';
import { readForm } from '$lib/server/http/read-form';
import { familyListsForTracking } from '$lib/server/directory/family-list/read-family-lists';
import { invalid, refused, succeeded } from '$lib/server/http/form-failure';
import { familyFollowUpOf } from '$lib/server/requests/follow-ups/family-follow-up';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	// The token is in the address: no shared cache may keep the page, and no Referer header
	// may carry the address to another site. `same-origin`, not `no-referrer`: with the
	// latter, browsers send `Origin: null` on the page's own form posts, and SvelteKit's CSRF
	// check refuses them when JavaScript is off.
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'same-origin' });
	const db = locals.db;
	const { t } = locals;
	const formatDate = t.format.date;
	const request = await findRequestByTrackingToken(db, params.token);
	if (!request) error(404, t.common.error.notFound);
	const open = isOpenRequestStatus(request.status);
	const followUp = await familyFollowUpOf(db, request.id);
	return {
		followUp: {
			// A question is worth showing only while the request is open.
			pendingStage: open ? followUp.pendingStage : null,
			lastAnswer: followUp.lastAnswer
				? { answer: followUp.lastAnswer.answer, on: formatDate(followUp.lastAnswer.answeredAt) }
				: null
		},
		appointments: open ? await loadFamilyAppointments(db, request) : null,
		// Kept after closure too: the family may still want the list it was given.
		familyLists: (await familyListsForTracking(db, request.id)).map((list) => ({
			...list,
			givenOn: formatDate(list.givenAt)
		})),
		reference: request.reference,
		receivedOn: formatDate(request.receivedAt),
		status: request.status,
		open,
		emailRequired: request.channel === 'online',
		timeline: buildTimeline(request.events, { open, closedAt: request.closedAt }).map((entry) => ({
			step: entry.step,
			state: entry.state,
			on: entry.at ? formatDate(entry.at) : null
		})),
		// The summary leaves out the disability answer and the comment: see request-summary.ts.
		summary: summarizeRequest(summarySourceOf(request, request.children), todayInParis(), t),
		contact: request.contact,
		relay: request.relay
	};
};

type FormName = 'contact' | 'cancel' | 'chooseSlot' | 'moveAppointment' | 'cancelAppointment';

/** A refusal of the appointment domain: 404 for a link that opens nothing, else a 409 message. */
function appointmentRefusal(
	t: FamilyMessages,
	form: FormName,
	refusal: keyof FamilyMessages['appointments']['family']['refusal'],
	values: Record<string, string> = {}
) {
	if (refusal === 'not_found') error(404, t.common.error.notFound);
	return refused(form, t.appointments.family.refusal[refusal], values);
}

export const actions: Actions = {
	chooseSlot: async ({ locals, params, request }) => {
		const parsed = parseForm(familyChoiceForm(locals.t), await readForm(request));
		if (!parsed.ok) return invalid('chooseSlot', parsed.errors, parsed.values);
		const result = await chooseOfferedSlot(locals.db, params.token, parsed.data.appointment);
		if (!result.ok) return appointmentRefusal(locals.t, 'chooseSlot', result.refusal);
		return succeeded('chooseSlot', locals.t.appointments.family.offered.done);
	},

	moveAppointment: async ({ locals, params, request }) => {
		const parsed = parseForm(familyRescheduleForm(locals.t), await readForm(request));
		if (!parsed.ok) return invalid('moveAppointment', parsed.errors, parsed.values);
		// A time and a way, never an animator: the domain picks who is free then.
		const result = await moveByFamily(
			locals.db,
			params.token,
			parsed.data.appointment,
			parsed.data.slot
		);
		if (!result.ok) return appointmentRefusal(locals.t, 'moveAppointment', result.refusal);
		return succeeded('moveAppointment', locals.t.appointments.family.booked.moved);
	},

	cancelAppointment: async ({ locals, params, request }) => {
		const parsed = parseForm(familyCancelForm(locals.t), await readForm(request));
		if (!parsed.ok) error(404, locals.t.common.error.notFound);
		const result = await cancelByFamily(locals.db, params.token, parsed.data.appointment);
		if (!result.ok) return appointmentRefusal(locals.t, 'cancelAppointment', result.refusal);
		return succeeded('cancelAppointment', locals.t.appointments.family.booked.cancelled);
	},

	contact: async ({ locals, params, request }) => {
		const db = locals.db;
		const tracked = await findRequestByTrackingToken(db, params.token);
		if (!tracked) error(404, locals.t.common.error.notFound);
		const schema = contactStepSchema(locals.t, { emailRequired: tracked.channel === 'online' });
		const parsed = parseForm(schema, await readForm(request));
		if (!parsed.ok) return invalid('contact', parsed.errors, parsed.values);

		const result = await updateContactDetails(db, params.token, parsed.data);
		if (result.ok) return succeeded('contact', locals.t.tracking.contact.saved);
		if (result.reason === 'not_found') error(404, locals.t.common.error.notFound);
		// Closed in the meantime, or a check the schema already made: say which.
		const { email, phone, ...rest } = parsed.data;
		const values = { ...rest, email: email ?? '', phone: phone ?? '' };
		const e = locals.t.request.errors;
		switch (result.reason) {
			case 'closed':
				return refused('contact', locals.t.tracking.contact.closed, values);
			case 'email_required':
				return invalid('contact', { email: e.emailRequired }, values);
			case 'phone_required':
				return invalid('contact', { phone: e.phoneRequiredForPhoneMode }, values);
			case 'contact_required':
				return invalid('contact', { phone: e.contactRequired }, values);
		}
	},

	cancel: async ({ locals, params, request }) => {
		const parsed = parseForm(cancelRequestSchema(locals.t), await readForm(request));
		if (!parsed.ok) return invalid('cancel', parsed.errors, parsed.values);
		const result = await cancelRequestByFamily(locals.db, params.token, {
			reason: parsed.data.reason,
			details: parsed.data.details
		});
		if (result.ok) return succeeded('cancel', locals.t.tracking.cancel.done);
		if (result.reason === 'not_found') error(404, locals.t.common.error.notFound);
		return refused('cancel', locals.t.tracking.cancel.refused);
	}
};
