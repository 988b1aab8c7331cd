import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { requestNewTrackingLink } from '$lib/server/requests/tracking';
import { newTrackingLinkSchema } from '$lib/forms/tracking';
import { fieldErrors, parseForm } from '$lib/forms/parse-form';
import { readForm } from '$lib/server/http/read-form';

export const actions: Actions = {
	default: async (event) => {
		const parsed = parseForm(newTrackingLinkSchema(event.locals.t), await readForm(event.request));
		if (!parsed.ok)
			return fail(400, {
				errors: parsed.errors,
				values: parsed.values,
				message: null,
				sent: false
			});
		const result = await requestNewTrackingLink(
			event.locals.db,
			parsed.data.email,
			event.getClientAddress()
		);
		const values = { email: parsed.data.email };
		if (!result.ok) {
			return fail(429, {
				errors: fieldErrors(),
				values,
				message: event.locals.t.tracking.newLink.rateLimited,
				sent: false
			});
		}
		// The same answer whether or not a request has this email: the page must not tell.
		event.locals.log.info({ renewed: result.renewed }, 'tracking links renewed');
		return { errors: fieldErrors(), values: { email: '' }, message: null, sent: true };
	}
};
