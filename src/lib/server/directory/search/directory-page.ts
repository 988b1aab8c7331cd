import { and, asc, eq } from 'drizzle-orm';
import { m } from '$lib/i18n';
import { isUuid } from '$lib/ids';
import { directoryQueryNames, type DirectoryQuery } from '$lib/forms/directory-search';
import type { FieldErrors } from '$lib/forms/parse-form';
import { childminderAvailabilities, childminders, communes, mams } from '../../db/schema';
import type { Db } from '../../db/types';
import type { StaffActor } from '../../queue/staff-actor';
import { freePlaceWords, publishedContact } from './publication';
import { searchDirectoryReport, type DirectoryMatch, type FreePlace } from './search-directory';
import { availabilityStateOf } from '$lib/directory/availability-state';

/** A match as the staff directory shows it: what her choices publish, her places in words. */
export interface DirectoryRow extends DirectoryMatch {
	published: ReturnType<typeof publishedContact>;
	placeWords: string[];
}

/** Fifty childminders a page: the whole list is one link away, page after page. */
export const DIRECTORY_PAGE_SIZE = 50;

export interface DirectoryPage {
	/** The relay's communes, for the commune and distance selects. */
	communes: { inseeCode: string; name: string }[];
	/** Errors of the search's address; when any, nothing was searched. */
	errors: FieldErrors;
	searched: boolean;
	total: number;
	page: number;
	pageCount: number;
	rows: DirectoryRow[];
	withoutCentroid: number;
	originWithoutCentroid: boolean;
}

/**
 * The staff directory's page: the search of the relay's territory with the address's filters,
 * in the address's order and seed, one page of it. A commune must be one of the relay's.
 */
export async function directoryPage(
	db: Db,
	actor: Pick<StaffActor, 'relayId'>,
	query: DirectoryQuery & { seed: number },
	today: string
): Promise<DirectoryPage> {
	const relayCommunes = await db
		.select({ inseeCode: communes.inseeCode, name: communes.name })
		.from(communes)
		.where(eq(communes.relayId, actor.relayId))
		.orderBy(asc(communes.name), asc(communes.inseeCode));
	const served = new Set(relayCommunes.map((commune) => commune.inseeCode));
	const errors: FieldErrors = { ...query.errors };
	const n = directoryQueryNames;
	const { filters } = query;
	if (filters.communeInsee && !served.has(filters.communeInsee))
		errors[n.commune] = m.directorySearch.errors.communeInvalid;
	if (filters.near && !served.has(filters.near.communeInsee))
		errors[n.near] = m.directorySearch.errors.communeInvalid;
	const empty = {
		communes: relayCommunes,
		errors,
		searched: false,
		total: 0,
		page: 1,
		pageCount: 1,
		rows: [],
		withoutCentroid: 0,
		originWithoutCentroid: false
	};
	if (Object.keys(errors).length > 0) return empty;

	const report = await searchDirectoryReport(db, {
		relayId: actor.relayId,
		filters,
		order: { by: query.order, seed: query.seed },
		today
	});
	const total = report.matches.length;
	const pageCount = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
	const page = Math.min(query.page, pageCount);
	return {
		...empty,
		searched: true,
		total,
		page,
		pageCount,
		rows: report.matches
			.slice((page - 1) * DIRECTORY_PAGE_SIZE, page * DIRECTORY_PAGE_SIZE)
			.map((match) => ({
				...match,
				published: publishedContact(match),
				placeWords: match.freePlaces.map(freePlaceWords)
			})),
		withoutCentroid: report.withoutCentroid,
		originWithoutCentroid: report.originWithoutCentroid
	};
}

export interface ChildminderDetail {
	id: string;
	licenceNumber: string;
	licenceGrantedOn: string | null;
	licenceRenewalOn: string | null;
	lastName: string;
	firstName: string;
	placesTotal: number;
	placesUnder3: number | null;
	workSetting: DirectoryMatch['workSetting'];
	mam: { name: string; address: string; phone: string | null; email: string | null } | null;
	address: string;
	communeName: string;
	addressPublication: DirectoryMatch['addressPublication'];
	phone: string | null;
	email: string | null;
	contactsObjection: boolean;
	offer: DirectoryMatch['offer'];
	languages: string[];
	status: 'active' | 'suspended' | 'stopped';
	statusChangedAt: Date;
	availability: DirectoryMatch['availability'];
	availabilityDeclaredAt: Date | null;
	availabilityValidUntil: string | null;
	freePlaces: FreePlace[];
	placeWords: string[];
}

/** One childminder of the relay's territory, whatever her status; null for another relay's. */
export async function childminderDetail(
	db: Db,
	actor: Pick<StaffActor, 'relayId'>,
	id: string,
	today: string
): Promise<ChildminderDetail | null> {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select({
			childminder: childminders,
			communeName: communes.name,
			mam: { name: mams.name, address: mams.address, phone: mams.phone, email: mams.email }
		})
		.from(childminders)
		.innerJoin(communes, eq(communes.inseeCode, childminders.communeInsee))
		.leftJoin(mams, eq(mams.id, childminders.mamId))
		.where(and(eq(childminders.id, id), eq(communes.relayId, actor.relayId)));
	if (!row) return null;
	const places = await db
		.select()
		.from(childminderAvailabilities)
		.where(eq(childminderAvailabilities.childminderId, id))
		.orderBy(asc(childminderAvailabilities.availableFrom), asc(childminderAvailabilities.id));
	const c = row.childminder;
	return {
		id: c.id,
		licenceNumber: c.licenceNumber,
		licenceGrantedOn: c.licenceGrantedOn,
		licenceRenewalOn: c.licenceRenewalOn,
		lastName: c.lastName,
		firstName: c.firstName,
		placesTotal: c.placesTotal,
		placesUnder3: c.placesUnder3,
		workSetting: c.workSetting,
		mam: row.mam?.name ? row.mam : null,
		address: c.address,
		communeName: row.communeName,
		addressPublication: c.addressPublication,
		phone: c.phone,
		email: c.email,
		contactsObjection: c.contactsObjection,
		offer: c.offer,
		languages: c.languages,
		status: c.status,
		statusChangedAt: c.statusChangedAt,
		availability: availabilityStateOf(c.availabilityValidUntil, today),
		availabilityDeclaredAt: c.availabilityDeclaredAt,
		availabilityValidUntil: c.availabilityValidUntil,
		freePlaces: places.map(({ childminderId: _, ...place }) => place),
		placeWords: places.map(freePlaceWords)
	};
}
