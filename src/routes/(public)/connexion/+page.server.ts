import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signIn } from '$lib/server/auth/sign-in';
import { createSession, generateSessionToken, setSessionCookie } from '$lib/server/auth/session';
import { homePathFor } from '$lib/server/auth/guard';
import { fieldErrors, parseForm } from '$lib/forms/parse-form';
import { signInSchema } from '$lib/forms/sign-in';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';
import { safeRedirectTarget } from '$lib/server/http/redirect-target';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user)
		redirect(
			303,
			safeRedirectTarget(url.searchParams.get('redirectTo')) ?? homePathFor(locals.user.role)
		);
	return {
		signedOut: url.searchParams.has('deconnecte'),
		passwordSet: url.searchParams.has('motdepasse')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = parseForm(signInSchema, await readForm(event.request), {
			secretFields: ['password']
		});
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values, message: null });

		const db = event.locals.db;
		const result = await signIn(db, { ...form.data, ip: event.getClientAddress() });
		const values = { email: form.data.email };
		if (!result.ok && result.reason === 'rate_limited') {
			return fail(429, { errors: fieldErrors(), values, message: m.auth.signIn.rateLimited });
		}
		if (!result.ok)
			return fail(400, { errors: fieldErrors(), values, message: m.auth.signIn.invalid });

		const token = generateSessionToken();
		const session = await createSession(db, token, result.user.id);
		setSessionCookie(event.cookies, token, session.expiresAt, event.url.protocol === 'https:');
		event.locals.log.info({ userId: result.user.id }, 'signed in');
		redirect(
			303,
			safeRedirectTarget(event.url.searchParams.get('redirectTo')) ?? homePathFor(result.user.role)
		);
	}
};
