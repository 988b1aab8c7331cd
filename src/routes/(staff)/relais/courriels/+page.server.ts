import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { listRelayOutbox } from '$lib/server/mail/outbox-listing';
import { config } from '$lib/server/config';

/**
 * What the relay's mails became: without SMTP (development) the only way to read them; with
 * SMTP, where a failing address or an outage shows.
 */
export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	return {
		messages: await listRelayOutbox(event.locals.db, admin.relayId),
		delivery: config.smtpUrl ? ('smtp' as const) : ('files' as const)
	};
};
