import { eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { relays } from '../../db/schema';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../db/errors';
import type { CoordinatorUser } from '../../auth/session';
import { createAccount } from '../../staff/create-account';
import type { RelayAdminInput } from '$lib/forms/relay';

export type CreateRelayAdminResult =
	{ ok: true; userId: string } | { ok: false; reason: 'not_found' | 'email_taken' };

/**
 * The coordinator creates an admin of a relay (its first, or another): an account without a
 * password and the mail with the link to choose it, in one transaction, audited with the
 * coordinator as the actor. The admin then manages the relay's team themself.
 */
export async function createRelayAdmin(
	db: Database,
	coordinator: CoordinatorUser,
	relaySlug: string,
	input: RelayAdminInput
): Promise<CreateRelayAdminResult> {
	const [relay] = await db.select({ id: relays.id }).from(relays).where(eq(relays.slug, relaySlug));
	if (!relay) return { ok: false, reason: 'not_found' };
	try {
		const { userId } = await createAccount(db, {
			actor: { kind: 'staff', userId: coordinator.id },
			relayId: relay.id,
			name: input.name,
			email: input.email,
			role: 'admin'
		});
		return { ok: true, userId };
	} catch (error) {
		if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) return { ok: false, reason: 'email_taken' };
		throw error;
	}
}
