import { and, asc, eq } from 'drizzle-orm';
import type {
	DirectoryFilters,
	FamilyListEntry,
	FamilyListStructure,
	ListOrder
} from '$lib/directory/directory-options';
import type { RequestStatus } from '$lib/childcare-request-options';
import { isOpenRequestStatus } from '$lib/requests/request-status';
import { childcareRequests, communes, requestChildren } from '../../db/schema';
import type { Db } from '../../db/types';
import type { StaffActor } from '../../queue/staff-actor';
import { randomListSeed, searchDirectory } from '../search/search-directory';
import { toFamilyListEntry } from '../search/publication';
import { listStructuresForRelay } from '../structures/list-structures';
import { filtersFromRequest } from './filters-from-request';
import { filterCommunesOf } from './read-family-lists';

export interface PrepareFamilyListInput {
	/** The filters of the page's form; null: not submitted yet, the request's own. */
	filters: DirectoryFilters | null;
	orderBy: ListOrder;
	/** The seed shown and kept by the page; null: a fresh one is drawn. */
	seed: number | null;
	today: string;
}

export interface PreparedFamilyList {
	request: { id: string; reference: string; status: RequestStatus; open: boolean };
	/** What the request implies, to come back to after widening. */
	requestFilters: DirectoryFilters;
	filters: DirectoryFilters;
	orderBy: ListOrder;
	seed: number;
	/** Exactly what the family would get, in the list's order. */
	entries: FamilyListEntry[];
	structures: FamilyListStructure[];
	/** The relay's communes, for the commune and distance filters. */
	relayCommunes: { inseeCode: string; name: string }[];
	filterCommunes: Record<string, string>;
}

/**
 * The list the relay is about to give for a request of its relay: the filters the request
 * implies (or those the animator widened them to), the matches in the neutral order asked and
 * the other care of the territory. Reads only: giving is `giveFamilyList`.
 */
export async function prepareFamilyList(
	db: Db,
	staff: StaffActor,
	reference: string,
	input: PrepareFamilyListInput
): Promise<PreparedFamilyList | null> {
	const [request] = await db
		.select()
		.from(childcareRequests)
		.where(
			and(
				eq(childcareRequests.reference, reference.trim().toUpperCase()),
				eq(childcareRequests.relayId, staff.relayId)
			)
		);
	if (!request) return null;
	const children = await db
		.select({
			birthDate: requestChildren.birthDate,
			expectedBirthDate: requestChildren.expectedBirthDate,
			needsSupport: requestChildren.needsSupport
		})
		.from(requestChildren)
		.where(eq(requestChildren.requestId, request.id))
		.orderBy(asc(requestChildren.position));
	const requestFilters = filtersFromRequest(request, children);
	const filters = input.filters ?? requestFilters;
	const seed = input.seed ?? randomListSeed();
	const matches = await searchDirectory(db, {
		relayId: staff.relayId,
		filters,
		order: { by: input.orderBy, seed },
		today: input.today
	});
	const relayCommunes = await db
		.select({ inseeCode: communes.inseeCode, name: communes.name })
		.from(communes)
		.where(eq(communes.relayId, staff.relayId))
		.orderBy(asc(communes.name));
	return {
		request: {
			id: request.id,
			reference: request.reference,
			status: request.status,
			open: isOpenRequestStatus(request.status)
		},
		requestFilters,
		filters,
		orderBy: input.orderBy,
		seed,
		entries: matches.map((match) => toFamilyListEntry(match)),
		structures: await listStructuresForRelay(db, staff.relayId),
		relayCommunes,
		filterCommunes: await filterCommunesOf(db, [filters, requestFilters])
	};
}
