import { error, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import type { RelayStaffUser } from '$lib/server/auth/session';
import { logContact } from '$lib/server/queue/contact-log';
import {
	closeForm,
	contactForm,
	editNoteForm,
	noteForm,
	reassignForm,
	statusForm,
	takeForm,
	transferForm
} from '$lib/server/queue/queue-forms';
import { reassignRequest } from '$lib/server/queue/reassign-request';
import { findRelayRequestByReference } from '$lib/server/queue/relay-request';
import { loadRequestFile } from '$lib/server/queue/request-file';
import { addNote, editNote } from '$lib/server/queue/request-notes';
import { transitionRequest } from '$lib/server/queue/transition-request';
import { takeRequest } from '$lib/server/queue/take-next';
import { transferRequest } from '$lib/server/queue/transfer-request';
import { firstAppointmentDelay } from '$lib/server/appointments/appointment-request';
import { familyListsOfRequest } from '$lib/server/directory/family-list/read-family-lists';
import { parseForm } from '$lib/forms/parse-form';
import { m } from '$lib/i18n';
import { todayInParis } from '$lib/time/paris';
import {
	answerNote,
	answerReassign,
	answerTake,
	answerTransfer,
	answerTransition
} from './answers';
import { readForm } from '$lib/server/http/read-form';
import { invalid, succeeded } from '$lib/server/http/form-failure';
import { outcomeForm, reopenForm } from '$lib/server/requests/outcomes/outcome-form';
import { recordOutcome } from '$lib/server/requests/outcomes/record-outcome';
import { reopenRequest } from '$lib/server/requests/outcomes/reopen-request';
import { requestOutcomesOf } from '$lib/server/requests/outcomes/request-outcomes';
import { answerRecordOutcome, answerReopen } from './outcome-answers';
import { deskErasureSchema } from '$lib/forms/desk-erasure';
import { eraseAtDesk } from '$lib/server/requests/rights/erase-request';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event, 'admin', 'animator');
	const db = event.locals.db;
	const file = await loadRequestFile(db, user, event.params.reference);
	if (!file) error(404, m.common.error.notFound);
	// Independent reads: side by side rather than one after the other.
	const [appointmentDelay, familyLists, outcomes] = await Promise.all([
		firstAppointmentDelay(db, file.id),
		familyListsOfRequest(db, user, file.id),
		requestOutcomesOf(db, user, file.id)
	]);
	return {
		file,
		isAdmin: user.role === 'admin',
		today: todayInParis(),
		appointmentDelay,
		familyLists,
		outcomes
	};
};

/** The request of the page, in the person's relay; 404 otherwise (another relay's too). */
async function pageRequest(event: RequestEvent<{ reference: string }>, user: RelayStaffUser) {
	const request = await findRelayRequestByReference(event.locals.db, user, event.params.reference);
	if (!request) error(404, m.common.error.notFound);
	return request;
}

export const actions: Actions = {
	take: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await pageRequest(event, user);
		const form = parseForm(takeForm, await readForm(event.request));
		if (!form.ok) return invalid('take', form.errors, form.values);
		const result = await takeRequest(event.locals.db, user, request.id, form.data.reason);
		return answerTake(result, form.data.reason);
	},
	status: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await pageRequest(event, user);
		const form = parseForm(statusForm, await readForm(event.request));
		if (!form.ok) return invalid('status', form.errors, form.values);
		const result = await transitionRequest(event.locals.db, user, request.id, form.data.to, {
			expectedFrom: form.data.from
		});
		return answerTransition('status', result, form.data);
	},
	close: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await pageRequest(event, user);
		const form = parseForm(closeForm, await readForm(event.request));
		if (!form.ok) return invalid('close', form.errors, form.values);
		const { from, reason, duplicateOf, comment } = form.data;
		const result = await transitionRequest(event.locals.db, user, request.id, 'closed_by_relay', {
			expectedFrom: from,
			reason,
			comment,
			duplicateOf: reason === 'duplicate' ? duplicateOf : undefined
		});
		return answerTransition('close', result, form.data);
	},
	recordOutcome: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await pageRequest(event, user);
		const form = parseForm(outcomeForm, await readForm(event.request));
		if (!form.ok) return invalid('recordOutcome', form.errors, form.values);
		const { from, facts } = form.data;
		const result = await recordOutcome(event.locals.db, user, {
			requestId: request.id,
			expectedFrom: from,
			facts
		});
		return answerRecordOutcome(result, facts, { from });
	},
	reopen: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await pageRequest(event, user);
		const form = parseForm(reopenForm, await readForm(event.request));
		if (!form.ok) return invalid('reopen', form.errors, form.values);
		const result = await reopenRequest(event.locals.db, user, {
			requestId: request.id,
			expectedFrom: form.data.from
		});
		return answerReopen(result);
	},
	note: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await pageRequest(event, user);
		const form = parseForm(noteForm, await readForm(event.request));
		if (!form.ok) return invalid('note', form.errors, form.values);
		const result = await addNote(event.locals.db, user, request.id, form.data.body);
		return answerNote('note', result, form.data, m.queue.request.notes.added);
	},
	editNote: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		await pageRequest(event, user);
		const form = parseForm(editNoteForm, await readForm(event.request));
		if (!form.ok) return invalid('editNote', form.errors, form.values);
		const result = await editNote(event.locals.db, user, form.data.noteId, form.data.body);
		return answerNote('editNote', result, form.data, m.queue.request.notes.saved);
	},
	contact: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await pageRequest(event, user);
		const form = parseForm(contactForm, await readForm(event.request));
		if (!form.ok) return invalid('contact', form.errors, form.values);
		const result = await logContact(event.locals.db, user, request.id, form.data);
		if (!result.ok) error(404, m.common.error.notFound);
		return succeeded('contact', m.queue.request.contacts.form.done);
	},
	reassign: async (event) => {
		const user = requireUser(event, 'admin', 'animator');
		const request = await pageRequest(event, user);
		const form = parseForm(reassignForm, await readForm(event.request));
		if (!form.ok) return invalid('reassign', form.errors, form.values);
		const result = await reassignRequest(event.locals.db, user, request.id, form.data.assignee);
		return answerReassign(result, form.data.assignee);
	},
	transfer: async (event) => {
		const user = requireUser(event, 'admin');
		const request = await pageRequest(event, user);
		const form = parseForm(transferForm, await readForm(event.request));
		if (!form.ok) return invalid('transfer', form.errors, form.values);
		const result = await transferRequest(
			event.locals.db,
			user,
			request.id,
			form.data.relay,
			form.data.reason
		);
		return answerTransfer(result, request.reference, form.data);
	},
	/** The family asks at the desk for its data to be erased: the admin only (audited by name). */
	erase: async (event) => {
		const user = requireUser(event, 'admin');
		const request = await pageRequest(event, user);
		const form = parseForm(deskErasureSchema, await readForm(event.request));
		if (!form.ok) return invalid('erase', form.errors, form.values);
		const result = await eraseAtDesk(event.locals.db, user, request.id);
		if (!result.ok) error(404, m.common.error.notFound);
		return succeeded('erase', m.familyRights.desk.done);
	}
};
