import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { findPasswordTokenUser, setPasswordWithToken } from '$lib/server/auth/password-tokens';
import { parseForm } from '$lib/forms/parse-form';
import { m } from '$lib/i18n';
import { invalid, refused } from '$lib/server/http/form-failure';
import { setPasswordSchema } from '$lib/forms/set-password';
import { readForm } from '$lib/server/http/read-form';

export const load: PageServerLoad = async ({ locals, params }) => {
	const user = await findPasswordTokenUser(locals.db, params.token);
	return { name: user?.name ?? null };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const form = parseForm(setPasswordSchema, await readForm(request), {
			secretFields: ['password', 'confirm']
		});
		if (!form.ok) return invalid('password', form.errors);
		const user = await setPasswordWithToken(locals.db, params.token, form.data.password);
		// 410: the link was used or has expired meanwhile; the page says so instead of the form.
		if (!user) return refused('password', m.auth.password.linkInvalid, {}, 410);
		redirect(303, '/connexion?motdepasse=1');
	}
};
