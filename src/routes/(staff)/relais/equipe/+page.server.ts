import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { listRelayStaff } from '$lib/server/staff/staff-directory';
import { createStaffMember } from '$lib/server/staff/manage-staff';
import { fieldErrors, parseForm } from '$lib/forms/parse-form';
import { staffMemberSchema } from '$lib/forms/staff-member';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';
import { invalid } from '$lib/server/http/form-failure';

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	return { members: await listRelayStaff(event.locals.db, admin.relayId) };
};

export const actions: Actions = {
	create: async (event) => {
		const admin = requireUser(event, 'admin');
		const form = parseForm(staffMemberSchema, await readForm(event.request));
		if (!form.ok) return invalid('create', form.errors, form.values);
		const result = await createStaffMember(event.locals.db, admin, form.data);
		if (!result.ok) {
			return fail(409, {
				errors: fieldErrors({ email: m.team.errors.emailTaken }),
				values: { ...form.data }
			});
		}
		return { created: form.data.email };
	}
};
