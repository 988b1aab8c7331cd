import type { Actions, PageServerLoad } from './$types';
import { requestChildminderLink } from '$lib/server/directory/childminder-auth/sign-in-links';
import { linkRequestSchema } from '$lib/forms/childminder';
import { parseForm } from '$lib/forms/parse-form';
import { readForm } from '$lib/server/http/read-form';
import { invalid, refused, succeeded } from '$lib/server/http/form-failure';
import { m } from '$lib/i18n';

export const load: PageServerLoad = ({ url, locals }) => ({
	notice: url.searchParams.get('session') === 'ended' ? m.childminder.signIn.sessionEnded : null,
	signedIn: locals.childminder !== null
});

export const actions: Actions = {
	default: async (event) => {
		const form = parseForm(linkRequestSchema, await readForm(event.request));
		if (!form.ok) return invalid('link', form.errors, form.values);
		const result = await requestChildminderLink(
			event.locals.db,
			form.data,
			event.getClientAddress()
		);
		if (!result.ok) return refused('link', m.childminder.signIn.rateLimited, { ...form.data }, 429);
		// The same answer whether or not anything matched: the page must not tell.
		event.locals.log.info({ sent: result.sent }, 'childminder link requested');
		return succeeded('link', m.childminder.signIn.sent);
	}
};
