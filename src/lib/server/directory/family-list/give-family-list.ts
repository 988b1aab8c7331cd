import { eq } from 'drizzle-orm';
import type { DirectoryFilters, ListOrder } from '$lib/directory/directory-options';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import { isUuid } from '$lib/ids';
import { recordAudit } from '../../audit/record-audit';
import { childcareRequests, familyLists, requestEvents } from '../../db/schema';
import type { Database, Db } from '../../db/types';
import { findRelayRequest } from '../../queue/relay-request';
import { auditActorOf, type StaffActor } from '../../queue/staff-actor';
import { REQUEST_ENTITY } from '../../requests/lifecycle/change-status';
import { searchDirectory } from '../search/search-directory';
import { toFamilyListEntry } from '../search/publication';
import { listStructuresForRelay } from '../structures/list-structures';
import { enqueueFamilyListMail } from './family-list-mail';

export interface GiveFamilyListInput {
	requestId: string;
	staff: StaffActor;
	/** The filters the animator saw the count of (the request's, possibly widened). */
	filters: DirectoryFilters;
	orderBy: ListOrder;
	/** The rotation's seed shown on the page; kept with every order, used by rotation only. */
	seed: number;
	/** Issued with the page's form: a resubmitted form finds the list it gave. */
	idempotencyKey: string;
	/** The day the search runs for (availability "à confirmer" past its validity). */
	today: string;
	now?: Date;
}

export type GiveFamilyListResult =
	| { ok: true; listId: string; created: boolean; count: number }
	/** `not_found`: no such request in the staff's relay. `closed`: the request is closed. */
	| { ok: false; refusal: 'not_found' | 'closed' };

/** Thrown inside the transaction to roll it back when another submission won the key. */
class AlreadyGiven extends Error {}

/**
 * Hands a family the list of the childminders matching `filters`, in the order asked, with the
 * other care of the territory beside them. One transaction: the search, the immutable
 * snapshot (`family_lists`: filters, order, seed, ids in order, the data shown), the request's
 * `list_given` event (the family sees it), an audit entry and the family's mail.
 *
 * Only while the request is open: once closed (solution found, cancelled, closed by the
 * relay) a list would be a mail about a search the family is no longer making.
 *
 * Idempotent on `idempotencyKey`: the key is looked up first, and when two submissions race
 * past that check the insert's ON CONFLICT lets one through and rolls the other back (no
 * second event, audit entry or mail).
 */
export async function giveFamilyList(
	db: Database,
	input: GiveFamilyListInput
): Promise<GiveFamilyListResult> {
	if (!isUuid(input.idempotencyKey) || !isUuid(input.requestId)) {
		return { ok: false, refusal: 'not_found' };
	}
	const now = input.now ?? new Date();
	try {
		return await db.transaction(async (tx) => {
			const existing = await listOfKey(tx, input);
			if (existing) return existing;
			const request = await findRelayRequest(tx, input.staff, input.requestId);
			if (!request) return { ok: false, refusal: 'not_found' };
			if (!isOpenRequestStatus(request.status)) return { ok: false, refusal: 'closed' };

			const matches = await searchDirectory(tx, {
				relayId: input.staff.relayId,
				filters: input.filters,
				order: { by: input.orderBy, seed: input.seed },
				today: input.today
			});
			const entries = matches.map((match) => toFamilyListEntry(match));
			const structures = await listStructuresForRelay(tx, input.staff.relayId);
			const [list] = await tx
				.insert(familyLists)
				.values({
					requestId: request.id,
					idempotencyKey: input.idempotencyKey,
					givenBy: input.staff.id,
					givenAt: now,
					filters: input.filters,
					orderBy: input.orderBy,
					seed: input.seed,
					childminderIds: entries.map((entry) => entry.childminderId),
					entries,
					structures
				})
				.onConflictDoNothing({ target: familyLists.idempotencyKey })
				.returning({ id: familyLists.id });
			if (!list) throw new AlreadyGiven();

			const count = entries.length;
			await tx.insert(requestEvents).values({
				requestId: request.id,
				kind: 'list_given',
				at: now,
				actorKind: 'staff',
				actorId: input.staff.id,
				visibleToFamily: true,
				details: { listId: list.id, count }
			});
			// Ids and counts only: the audit log outlives the request's personal data.
			await recordAudit(tx, {
				actor: auditActorOf(input.staff),
				relayId: input.staff.relayId,
				action: 'request.list_given',
				entityType: REQUEST_ENTITY,
				entityId: request.id,
				details: { listId: list.id, count, orderBy: input.orderBy, seed: input.seed }
			});
			await enqueueFamilyListMail(tx, request.id, { entries, structures });
			return { ok: true, listId: list.id, created: true, count };
		});
	} catch (error) {
		if (!(error instanceof AlreadyGiven)) throw error;
		// The winner has committed (ON CONFLICT waits for it), so it is visible now.
		const existing = await listOfKey(db, input);
		if (!existing) throw new Error('giveFamilyList: conflicting list vanished');
		return existing;
	}
}

/** The list this key already gave, for this request of this relay only. */
async function listOfKey(
	db: Db,
	input: Pick<GiveFamilyListInput, 'idempotencyKey' | 'requestId' | 'staff'>
): Promise<GiveFamilyListResult | null> {
	const [row] = await db
		.select({
			id: familyLists.id,
			requestId: familyLists.requestId,
			relayId: childcareRequests.relayId,
			ids: familyLists.childminderIds
		})
		.from(familyLists)
		.innerJoin(childcareRequests, eq(childcareRequests.id, familyLists.requestId))
		.where(eq(familyLists.idempotencyKey, input.idempotencyKey));
	if (!row) return null;
	if (row.requestId !== input.requestId || row.relayId !== input.staff.relayId) {
		return { ok: false, refusal: 'not_found' };
	}
	return { ok: true, listId: row.id, created: false, count: row.ids.length };
}
