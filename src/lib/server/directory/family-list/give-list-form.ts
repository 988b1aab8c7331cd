import { z } from '$lib/forms/zod';
import { parseDirectoryFilters } from '$lib/forms/directory-search';
import { m } from '$lib/i18n';

/**
 * The "give the list" form: its idempotency key, and the search it gives as the address the
 * page showed (filters, order and seed), parsed by the search's own parser. A search that no
 * longer parses, or has no seed, is refused: the page is reloaded and shown again.
 */
export const giveListForm = z
	.object({
		idempotencyKey: z.uuid(),
		query: z.string().max(2_000)
	})
	.transform((form, ctx) => {
		const query = parseDirectoryFilters(new URLSearchParams(form.query));
		if (Object.keys(query.errors).length > 0 || query.seed === null) {
			ctx.addIssue({ code: 'custom', path: ['query'], message: m.familyList.staff.invalid });
			return z.NEVER;
		}
		return {
			idempotencyKey: form.idempotencyKey,
			filters: query.filters,
			orderBy: query.order,
			seed: query.seed
		};
	});
