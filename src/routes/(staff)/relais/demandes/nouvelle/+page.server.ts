import { fail, redirect } from '@sveltejs/kit';
import { z } from '$lib/forms/zod';
import type { Actions, PageServerLoad } from './$types';
import { runtimeDatabase } from '$lib/server/db/runtime';
import { requireUser } from '$lib/server/auth/guard';
import { createDraft } from '$lib/server/requests/drafts';
import { parseForm } from '$lib/forms/parse-form';
import { stepSlugs } from '$lib/forms/request-steps';
import { m } from '$lib/i18n';
import { readForm } from '$lib/server/http/read-form';

const startSchema = z.object({
	channel: z.enum(['phone', 'desk'], { error: m.staffEntry.channelRequired })
});

export const load: PageServerLoad = (event) => {
	requireUser(event, 'admin', 'animator');
	return {};
};

export const actions: Actions = {
	/** The animator fills the family's request through the same steps as the public form. */
	default: async (event) => {
		const staff = requireUser(event, 'admin', 'animator');
		const form = parseForm(startSchema, await readForm(event.request));
		if (!form.ok) return fail(400, { errors: form.errors });
		const draftId = await createDraft(runtimeDatabase(), form.data.channel, new Date(), {
			userId: staff.id,
			relayId: staff.relayId
		});
		redirect(303, `/demande/${draftId}/${stepSlugs.contact}`);
	}
};
