import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { runtimeDatabase } from '$lib/server/db/runtime';
import { findPasswordTokenUser, setPasswordWithToken } from '$lib/server/auth/password-tokens';
import { fieldErrors, parseForm } from '$lib/forms/parse-form';
import { setPasswordSchema } from '$lib/forms/set-password';
import { readForm } from '$lib/server/http/read-form';

export const load: PageServerLoad = async ({ params }) => {
	const user = await findPasswordTokenUser(runtimeDatabase(), params.token);
	return { name: user?.name ?? null };
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const form = parseForm(setPasswordSchema, await readForm(request), {
			secretFields: ['password', 'confirm']
		});
		if (!form.ok) return fail(400, { errors: form.errors });
		const user = await setPasswordWithToken(runtimeDatabase(), params.token, form.data.password);
		if (!user) return fail(410, { errors: fieldErrors(), expired: true });
		redirect(303, '/connexion?motdepasse=1');
	}
};
