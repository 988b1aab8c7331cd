import { request } from '../faults/helpers/app-process';

/**
 * Signs in through the real /connexion form, as a person does (the Origin header is what
 * SvelteKit's CSRF check reads), and returns the session cookie to send with staff pages.
 */
export async function signIn(
	origin: string,
	account: { email: string; password: string },
	address: string
): Promise<{ cookie: string; token: string }> {
	const answer = await request(origin, '/connexion', {
		method: 'POST',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'x-forwarded-for': address
		},
		body: new URLSearchParams({ email: account.email, password: account.password }).toString()
	});
	const setCookie = answer.headers['set-cookie'] ?? [];
	const session = setCookie
		.map((line) => /^(guichet_session)=([^;]+)/.exec(line))
		.find((match) => match !== null);
	if (answer.status !== 303 || !session?.[2])
		throw new Error(
			`Connexion refusée pour ${account.email} (statut ${answer.status}) : vérifiez le manifeste`
		);
	return { cookie: `${session[1]}=${session[2]}`, token: session[2] };
}
