import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import { normalizePhone } from '$lib/format/phone';
import { formFields } from './parse-form';
import { careStructureKinds } from '$lib/directory/directory-options';

/** A care structure typed by a relay admin (another kind of care of the territory). */
const e = m.directoryStructures.errors;

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

const months = z.preprocess(
	blankToNull,
	z.coerce
		.number({ error: e.ageInvalid })
		.int(e.ageInvalid)
		.min(0, e.ageInvalid)
		.max(216, e.ageInvalid)
		.nullable()
);

export const careStructureSchema = z
	.object({
		kind: z.enum(careStructureKinds, { error: e.kindRequired }),
		name: z.string({ error: e.nameRequired }).trim().min(2, e.nameRequired).max(160, e.nameTooLong),
		communeInsee: z
			.string({ error: e.communeRequired })
			.trim()
			.regex(/^[0-9][0-9AB][0-9]{3}$/, e.communeRequired),
		address: z.string().trim().max(300, e.addressTooLong).optional().default(''),
		ageMinMonths: months,
		ageMaxMonths: months,
		hours: z.string().trim().max(300, e.hoursTooLong).optional().default(''),
		capacity: z.preprocess(
			blankToNull,
			z.coerce
				.number({ error: e.capacityInvalid })
				.int(e.capacityInvalid)
				.min(0, e.capacityInvalid)
				.max(1000, e.capacityInvalid)
				.nullable()
		),
		// Stored in E.164, like every phone number of the portal ($lib/format/phone).
		phone: z.preprocess(
			blankToNull,
			z
				.string()
				.transform((value, ctx) => {
					const phone = normalizePhone(value);
					if (phone) return phone;
					ctx.addIssue({ code: 'custom', message: e.phoneInvalid });
					return z.NEVER;
				})
				.nullable()
		),
		email: z.preprocess(
			blankToNull,
			z
				.string()
				.trim()
				.toLowerCase()
				.max(254, e.emailInvalid)
				.pipe(z.email(e.emailInvalid))
				.nullable()
		),
		website: z.preprocess(
			blankToNull,
			z
				.string()
				.trim()
				.max(300, e.websiteInvalid)
				.regex(/^https?:\/\/[^\s/]+\.[^\s]+$/i, e.websiteInvalid)
				.nullable()
		),
		// A checkbox: present when ticked. The new-structure form does not show it.
		active: z
			.string()
			.optional()
			.transform((v) => v !== undefined)
	})
	.superRefine((value, ctx) => {
		if (
			value.ageMinMonths !== null &&
			value.ageMaxMonths !== null &&
			value.ageMaxMonths <= value.ageMinMonths
		)
			ctx.addIssue({ code: 'custom', path: ['ageMaxMonths'], message: e.ageOrder });
	});
export type CareStructureInput = z.infer<typeof careStructureSchema>;

/** What was typed, to fill the form again when the server refuses a valid-looking one. */
export function typedStructureValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of Object.entries(formFields(formData)))
		if (typeof value === 'string') values[key] = value;
	return values;
}
