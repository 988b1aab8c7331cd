import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import { cancellationReasons } from '$lib/childcare-request-options';

/**
 * The forms of the tracking pages. Correcting contact details reuses the request form's
 * `contactStepSchema`, so the same rules hold as when the request was sent.
 */
const t = m.tracking;

export const cancelRequestSchema = z.object({
	reason: z.enum(cancellationReasons, { error: t.cancel.reasonRequired }),
	details: z
		.string()
		.trim()
		.max(t.cancel.detailsMax, t.cancel.detailsTooLong)
		.optional()
		.default('')
});
export type CancelRequestForm = z.infer<typeof cancelRequestSchema>;

export const newTrackingLinkSchema = z.object({
	email: z
		.string({ error: t.newLink.emailRequired })
		.trim()
		.min(1, t.newLink.emailRequired)
		.max(254, m.request.errors.emailInvalid)
		.toLowerCase()
		.pipe(z.email(m.request.errors.emailInvalid))
});
