import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import { isUuid } from '$lib/ids';
import { staffMemberSchema } from './staff-member';

const messages = m.officials.errors;

/**
 * The coordinator's form for a new official: who, and the one territory they will see. Both
 * lists are always on the page (it works without JavaScript); only the one the radio names
 * is read, so a relay left selected under "an EPCI" never widens or narrows the scope.
 */
export const officialSchema = z
	.object({
		name: staffMemberSchema.shape.name,
		email: staffMemberSchema.shape.email,
		scope: z.enum(['relay', 'epci', 'deployment'], { error: messages.scopeRequired }),
		relayId: z.string().trim().optional(),
		epciCode: z.string().trim().optional()
	})
	.superRefine((form, ctx) => {
		if (form.scope === 'relay' && !isUuid(form.relayId ?? ''))
			ctx.addIssue({ code: 'custom', path: ['relayId'], message: messages.relayRequired });
		if (form.scope === 'epci' && !/^[0-9]{9}$/.test(form.epciCode ?? ''))
			ctx.addIssue({ code: 'custom', path: ['epciCode'], message: messages.epciRequired });
	})
	.transform(({ name, email, scope, relayId, epciCode }) => ({
		name,
		email,
		scope:
			scope === 'relay'
				? { kind: 'relay' as const, relayId: relayId ?? '' }
				: scope === 'epci'
					? { kind: 'epci' as const, epciCode: epciCode ?? '' }
					: { kind: 'deployment' as const }
	}));

/** A row's button: deactivate or reactivate one official. */
export const officialActiveSchema = z.object({
	userId: z.string().refine(isUuid),
	active: z.enum(['true', 'false']).transform((v) => v === 'true')
});
