import { z } from '$lib/forms/zod';
import { familyCancellationReasons } from '$lib/childcare-request-options';
import type { FamilyMessages } from '$lib/i18n/family';

/**
 * The forms of the tracking pages, in the family's language: each schema is made with the
 * catalogue of the request (`locals.t`). Correcting contact details reuses the request form's
 * `contactStepSchema`, so the same rules hold as when the request was sent.
 */

export const cancelRequestSchema = (t: FamilyMessages) =>
	z.object({
		reason: z.enum(familyCancellationReasons, { error: t.tracking.cancel.reasonRequired }),
		details: z
			.string({ error: t.validation.invalid })
			.trim()
			.max(t.tracking.cancel.detailsMax, t.tracking.cancel.detailsTooLong)
			.optional()
			.default('')
	});
export type CancelRequestForm = z.infer<ReturnType<typeof cancelRequestSchema>>;

export const newTrackingLinkSchema = (t: FamilyMessages) =>
	z.object({
		email: z
			.string({ error: t.tracking.newLink.emailRequired })
			.trim()
			.min(1, t.tracking.newLink.emailRequired)
			.max(254, t.request.errors.emailInvalid)
			.toLowerCase()
			.pipe(z.email(t.request.errors.emailInvalid))
	});

/** The family's erasure (`/suivi/<token>/effacer`): the box must be ticked. */
export const eraseRequestSchema = (t: FamilyMessages) =>
	z.object({
		confirm: z.literal('on', { error: t.familyRights.erase.confirmRequired })
	});
