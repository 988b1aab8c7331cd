import type { Database } from '../../db/types';
import { relays, type Relay } from '../../db/schema';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../db/errors';
import { recordAudit } from '../../audit/record-audit';
import type { CoordinatorUser } from '../../auth/session';
import type { RelayInput } from '$lib/forms/relay';
import { candidateSlugs } from './relay-slug';

export type CreateRelayResult =
	{ ok: true; relay: Relay } | { ok: false; reason: 'reference_code_taken' };

/**
 * Creates a relay, with no commune and no account yet. The reference code is unique by the
 * database's index: of two coordinators choosing one code at once, one gets the relay and
 * the other `reference_code_taken`, never an error page. A slug taken meanwhile is skipped.
 */
export async function createRelay(
	db: Database,
	coordinator: CoordinatorUser,
	input: RelayInput
): Promise<CreateRelayResult> {
	const slugs = await candidateSlugs(db, input.name);
	try {
		return await db.transaction(async (tx) => {
			for (const slug of slugs) {
				const [relay] = await tx
					.insert(relays)
					.values({
						slug,
						name: input.name,
						referenceCode: input.referenceCode,
						address: input.address,
						phone: input.phone,
						email: input.email,
						targetDaysToAppointment: input.targetDays
					})
					.onConflictDoNothing({ target: relays.slug })
					.returning();
				if (!relay) continue;
				await recordAudit(tx, {
					actor: { kind: 'staff', userId: coordinator.id },
					relayId: relay.id,
					action: 'relay.created',
					entityType: 'relay',
					entityId: relay.id,
					details: { slug, referenceCode: relay.referenceCode }
				});
				return { ok: true as const, relay };
			}
			throw new Error(`no free slug for relay "${input.name}"`);
		});
	} catch (error) {
		// The slug's conflicts are absorbed above: a unique violation here is the code's.
		if (pgErrorCode(error) === PG_UNIQUE_VIOLATION)
			return { ok: false, reason: 'reference_code_taken' };
		throw error;
	}
}
