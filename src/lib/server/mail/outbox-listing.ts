import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/types';
import { mailOutbox } from '../db/schema';
import { isUuid } from '$lib/ids';

/** The development page lists a relay's messages, newest first; never another relay's. */
export async function listRelayOutbox(db: Db, relayId: string, limit = 100) {
	return db
		.select({
			id: mailOutbox.id,
			to: mailOutbox.to,
			subject: mailOutbox.subject,
			status: mailOutbox.status,
			attempts: mailOutbox.attempts,
			createdAt: mailOutbox.createdAt
		})
		.from(mailOutbox)
		.where(eq(mailOutbox.relayId, relayId))
		.orderBy(desc(mailOutbox.createdAt))
		.limit(limit);
}

export async function findRelayOutboxMessage(db: Db, relayId: string, id: string) {
	if (!isUuid(id)) return null;
	const [message] = await db
		.select()
		.from(mailOutbox)
		.where(and(eq(mailOutbox.id, id), eq(mailOutbox.relayId, relayId)));
	return message ?? null;
}
