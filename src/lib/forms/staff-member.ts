import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import { relayTeamRoles } from '$lib/staff-roles';

const messages = m.team.errors;

export const staffMemberSchema = z.object({
	name: z.string().trim().min(2, messages.nameRequired).max(120, messages.nameTooLong),
	email: z
		.string()
		.trim()
		.toLowerCase()
		.min(1, messages.emailRequired)
		.max(254, messages.emailInvalid)
		.pipe(z.email(messages.emailInvalid)),
	role: z.enum(relayTeamRoles, { error: messages.roleRequired })
});

export const staffRoleSchema = z.object({
	role: z.enum(relayTeamRoles, { error: messages.roleRequired })
});
