import { and, desc, eq, inArray } from 'drizzle-orm';
import type {
	DirectoryFilters,
	FamilyListEntry,
	FamilyListStructure,
	ListOrder
} from '$lib/directory/directory-options';
import { isUuid } from '$lib/ids';
import { childcareRequests, communes, familyLists, staffUsers } from '../../db/schema';
import type { Db } from '../../db/types';
import type { StaffActor } from '../../queue/staff-actor';
import { describeFilters } from './describe-filters';

/*
 * Every list is read from its snapshot alone: never from `childminders`, whose rows may have
 * changed since (neutrality statement 5: the list the family got can be shown as it was).
 */

export interface GivenListSummary {
	id: string;
	givenAt: Date;
	givenByName: string;
	count: number;
	orderBy: ListOrder;
}

/** The lists given for a request of the staff's relay, newest first (the request page). */
export async function familyListsOfRequest(
	db: Db,
	staff: StaffActor,
	requestId: string
): Promise<GivenListSummary[]> {
	if (!isUuid(requestId)) return [];
	const rows = await db
		.select({
			id: familyLists.id,
			givenAt: familyLists.givenAt,
			givenByName: staffUsers.name,
			ids: familyLists.childminderIds,
			orderBy: familyLists.orderBy
		})
		.from(familyLists)
		.innerJoin(childcareRequests, eq(childcareRequests.id, familyLists.requestId))
		.innerJoin(staffUsers, eq(staffUsers.id, familyLists.givenBy))
		.where(and(eq(familyLists.requestId, requestId), eq(childcareRequests.relayId, staff.relayId)))
		.orderBy(desc(familyLists.givenAt), desc(familyLists.id));
	return rows.map(({ ids, ...row }) => ({ ...row, count: ids.length }));
}

export interface GivenList {
	id: string;
	givenAt: Date;
	givenByName: string;
	filters: DirectoryFilters;
	/** The filters in words, one line each. */
	filterWords: string[];
	orderBy: ListOrder;
	seed: number;
	entries: FamilyListEntry[];
	structures: FamilyListStructure[];
}

/** The family sees what was given, not who in the team gave it. */
const trackingColumns = {
	id: familyLists.id,
	givenAt: familyLists.givenAt,
	filters: familyLists.filters,
	orderBy: familyLists.orderBy,
	seed: familyLists.seed,
	entries: familyLists.entries,
	structures: familyLists.structures
};
const listColumns = { ...trackingColumns, givenByName: staffUsers.name };

/** One list given for the request `reference` of the staff's relay; null otherwise. */
export async function findGivenList(
	db: Db,
	staff: StaffActor,
	reference: string,
	listId: string
): Promise<(GivenList & { reference: string }) | null> {
	if (!isUuid(listId)) return null;
	const [row] = await db
		.select({ ...listColumns, reference: childcareRequests.reference })
		.from(familyLists)
		.innerJoin(childcareRequests, eq(childcareRequests.id, familyLists.requestId))
		.innerJoin(staffUsers, eq(staffUsers.id, familyLists.givenBy))
		.where(
			and(
				eq(familyLists.id, listId),
				eq(childcareRequests.relayId, staff.relayId),
				eq(childcareRequests.reference, reference.trim().toUpperCase())
			)
		);
	if (!row) return null;
	return {
		...row,
		filterWords: describeFilters(row.filters, await filterCommunesOf(db, [row.filters]))
	};
}

/**
 * The lists of a request as its family sees them on the tracking page, newest first. The
 * caller has found the request by its tracking token.
 */
export async function familyListsForTracking(
	db: Db,
	requestId: string
): Promise<Omit<GivenList, 'givenByName'>[]> {
	if (!isUuid(requestId)) return [];
	const rows = await db
		.select(trackingColumns)
		.from(familyLists)
		.where(eq(familyLists.requestId, requestId))
		.orderBy(desc(familyLists.givenAt), desc(familyLists.id));
	const names = await filterCommunesOf(
		db,
		rows.map((row) => row.filters)
	);
	return rows.map((row) => ({ ...row, filterWords: describeFilters(row.filters, names) }));
}

/** The communes named by filters (a commune, or the centre of a distance), by INSEE code. */
export async function filterCommunesOf(
	db: Db,
	filters: readonly DirectoryFilters[]
): Promise<Record<string, string>> {
	const codes = [
		...new Set(
			filters.flatMap((f) => [f.communeInsee, f.near?.communeInsee]).filter((c) => c !== undefined)
		)
	];
	if (codes.length === 0) return {};
	const rows = await db
		.select({ code: communes.inseeCode, name: communes.name })
		.from(communes)
		.where(inArray(communes.inseeCode, codes));
	return Object.fromEntries(rows.map((row) => [row.code, row.name]));
}
