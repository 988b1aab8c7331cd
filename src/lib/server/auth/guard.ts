import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { StaffRole } from '../db/schema';
import type { SessionUser } from './session';
import { m } from '$lib/i18n';

/** Where each role lands after signing in. */
export const homePathFor = (role: StaffRole): string =>
	role === 'official' ? '/observatoire' : role === 'coordinator' ? '/territoire' : '/relais';

/**
 * The guard every staff load and every staff action calls (layout loads do not run for
 * form actions). Anonymous: to the sign-in page, coming back here after. Wrong role: 403.
 */
export function requireUser<R extends StaffRole = StaffRole>(
	event: RequestEvent,
	...roles: R[]
): SessionUser & { role: R } {
	const { user } = event.locals;
	if (!user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/connexion?redirectTo=${encodeURIComponent(back)}`);
	}
	if (!hasRole(user, roles)) error(403, m.common.error.forbidden);
	return user;
}

const hasRole = <R extends StaffRole>(
	user: SessionUser,
	roles: readonly R[]
): user is SessionUser & { role: R } =>
	roles.length === 0 || (roles as readonly StaffRole[]).includes(user.role);
