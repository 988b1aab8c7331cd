import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { ChildminderSessionInfo } from './childminder-session';

/**
 * The guard every load and every action of the (childminder) group calls (layout loads do
 * not run for form actions; a code-reading spec checks each handler). Without her session:
 * to the public page where she asks for a new link.
 */
export function requireChildminder(event: RequestEvent): ChildminderSessionInfo {
	const session = event.locals.childminder;
	if (!session) redirect(303, '/assistante-maternelle?session=ended');
	return session;
}
