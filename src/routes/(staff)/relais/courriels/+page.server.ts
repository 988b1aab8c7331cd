import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { runtimeDatabase } from '$lib/server/db/runtime';
import { requireUser } from '$lib/server/auth/guard';
import { listRelayOutbox } from '$lib/server/mail/outbox-listing';
import { config } from '$lib/server/config';
import { m } from '$lib/i18n';

/** Only without SMTP: then the .eml files are the only way to see what was sent. */
export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	if (config.smtpUrl) error(404, m.common.error.notFound);
	return { messages: await listRelayOutbox(runtimeDatabase(), admin.relayId) };
};
