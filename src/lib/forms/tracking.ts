import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';
import { familyCancellationReasons } from '$lib/childcare-request-options';

/**
 * The forms of the tracking pages. Correcting contact details reuses the request form's
 * `contactStepSchema`, so the same rules hold as when the request was sent.
 */
const t = m.tracking;

export const cancelRequestSchema = z.object({
	reason: z.enum(familyCancellationReasons, { error: t.cancel.reasonRequired }),
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

/** The family's erasure (`/suivi/<token>/effacer`): the box must be ticked. */
export const eraseRequestSchema = z.object({
	confirm: z.literal('on', { error: m.familyRights.erase.confirmRequired })
});

/** The admin's erasure at the desk (request page). */
export const deskErasureSchema = z.object({
	confirm: z.literal('on', { error: m.familyRights.desk.confirmRequired })
});
