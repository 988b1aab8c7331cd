import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import { normalizePhone } from '$lib/format/phone';
import { staffMemberSchema } from './staff-member';

/** The coordinator's forms for a relay: its details, and its admins. */
const e = m.territoryRelays.errors;

export const DEFAULT_TARGET_DAYS = 7;

export const relaySchema = z.object({
	name: z.string({ error: e.nameRequired }).trim().min(2, e.nameRequired).max(120, e.nameTooLong),
	// Typed in lower case too: the capitals are a format, not something to get wrong.
	referenceCode: z
		.string({ error: e.referenceCodeInvalid })
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{2,4}$/, e.referenceCodeInvalid),
	address: z
		.string({ error: e.addressRequired })
		.trim()
		.min(5, e.addressRequired)
		.max(300, e.addressTooLong),
	// Stored in E.164, like every phone number of the portal ($lib/format/phone).
	phone: z.string({ error: e.phoneInvalid }).transform((value, ctx) => {
		const phone = normalizePhone(value);
		if (phone) return phone;
		ctx.addIssue({ code: 'custom', message: e.phoneInvalid });
		return z.NEVER;
	}),
	email: z
		.string({ error: e.emailInvalid })
		.trim()
		.toLowerCase()
		.max(254, e.emailInvalid)
		.pipe(z.email(e.emailInvalid)),
	// An empty field keeps the national target; the database holds the same bounds.
	targetDays: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? String(DEFAULT_TARGET_DAYS) : v),
		z.coerce
			.number({ error: e.targetDaysInvalid })
			.int(e.targetDaysInvalid)
			.min(1, e.targetDaysInvalid)
			.max(60, e.targetDaysInvalid)
	)
});
export type RelayInput = z.infer<typeof relaySchema>;

/**
 * The coordinator names a relay's admin; the role is not a choice on this form. Its fields
 * are named apart from the relay's own (`name`, `email`) on the same page, so that each id,
 * label and error link is the field's own.
 */
export const relayAdminSchema = z
	.object({
		adminName: staffMemberSchema.shape.name,
		adminEmail: staffMemberSchema.shape.email
	})
	.transform(({ adminName, adminEmail }) => ({ name: adminName, email: adminEmail }));
export type RelayAdminInput = z.infer<typeof relayAdminSchema>;
