import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { findRelayStaffMember } from '$lib/server/staff/staff-directory';
import {
	changeStaffRole,
	resendPasswordLink,
	setStaffActive,
	type StaffChangeResult
} from '$lib/server/staff/manage-staff';
import { fieldErrors, parseForm } from '$lib/forms/parse-form';
import { staffRoleSchema } from '$lib/forms/staff-member';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	// Another relay's member answers 404, like one that does not exist.
	const member = await findRelayStaffMember(event.locals.db, admin.relayId, event.params.id);
	if (!member) error(404, m.common.error.notFound);
	return { member, isSelf: member.id === admin.id };
};

/** Turns a domain refusal into the answer the page shows. */
function answer(result: StaffChangeResult, done: string) {
	if (result.ok) return { done };
	if (result.reason === 'not_found') error(404, m.common.error.notFound);
	return fail(409, { errors: fieldErrors({ form: m.team.errors.notYourself }) });
}

export const actions: Actions = {
	role: async (event) => {
		const admin = requireUser(event, 'admin');
		const form = parseForm(staffRoleSchema, await readForm(event.request));
		if (!form.ok) return fail(400, { errors: form.errors });
		const result = await changeStaffRole(event.locals.db, admin, event.params.id, form.data.role);
		return answer(result, m.team.member.roleChanged);
	},
	deactivate: async (event) => {
		const admin = requireUser(event, 'admin');
		const result = await setStaffActive(event.locals.db, admin, event.params.id, false);
		return answer(result, m.team.member.deactivated);
	},
	reactivate: async (event) => {
		const admin = requireUser(event, 'admin');
		const result = await setStaffActive(event.locals.db, admin, event.params.id, true);
		return answer(result, m.team.member.reactivated);
	},
	resendLink: async (event) => {
		const admin = requireUser(event, 'admin');
		const result = await resendPasswordLink(event.locals.db, admin, event.params.id);
		return answer(result, m.team.member.linkSent);
	}
};
