import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/session';

/** Sign-out is a POST (a form in the header): the session dies on the server, not only the cookie. */
export const POST: RequestHandler = async ({ locals, cookies, url }) => {
	if (locals.session) await invalidateSession(locals.db, locals.session.id);
	deleteSessionCookie(cookies, url.protocol === 'https:');
	redirect(303, '/connexion?deconnecte=1');
};

export const GET: RequestHandler = () => redirect(303, '/connexion');
