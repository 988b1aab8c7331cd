import { z } from '$lib/forms/zod';
import { m } from '$lib/i18n';

/** The admin's erasure of a family's data at the desk (staff request page, in French). */
export const deskErasureSchema = z.object({
	confirm: z.literal('on', { error: m.familyRights.desk.confirmRequired })
});
