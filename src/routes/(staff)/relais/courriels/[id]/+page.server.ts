import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { findRelayOutboxMessage } from '$lib/server/mail/outbox-listing';
import { m } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	const admin = requireUser(event, 'admin');
	const message = await findRelayOutboxMessage(event.locals.db, admin.relayId, event.params.id);
	if (!message) error(404, m.common.error.notFound);
	return {
		message: {
			to: message.to,
			subject: message.subject,
			text: message.text,
			status: message.status,
			createdAt: message.createdAt,
			attachments: message.attachments.map((a) => a.filename)
		}
	};
};
