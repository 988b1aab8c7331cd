import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	consumeSignInLink,
	signInLinkUsable
} from '$lib/server/directory/childminder-auth/sign-in-links';
import { setChildminderSessionCookie } from '$lib/server/directory/childminder-auth/childminder-session';
import { formAnswer } from '$lib/forms/form-answer';
import { m } from '$lib/i18n';

/** A token is 32 characters of base32: anything else is not worth a query. */
const TOKEN = /^[a-z2-7]{32}$/;

// Mail scanners open links: the GET only reads, the button's POST burns the link.
export const load: PageServerLoad = async ({ params, locals }) => ({
	usable: TOKEN.test(params.token) && (await signInLinkUsable(locals.db, params.token))
});

export const actions: Actions = {
	default: async (event) => {
		const { token } = event.params;
		const opened = TOKEN.test(token)
			? await consumeSignInLink(event.locals.db, token)
			: ({ ok: false } as const);
		if (!opened.ok) return fail(410, formAnswer('open', { message: m.childminder.link.invalid }));
		setChildminderSessionCookie(
			event.cookies,
			opened.token,
			opened.expiresAt,
			event.url.protocol === 'https:'
		);
		redirect(303, '/assistante-maternelle/mes-disponibilites');
	}
};
