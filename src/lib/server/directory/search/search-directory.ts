import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type {
	FreePlaceFields,
	AddressPublication,
	AvailabilityState,
	ChildminderOffer,
	DirectoryFilters,
	ListOrder,
	WorkSetting
} from '$lib/directory/directory-options';
import { childminderAvailabilities, childminders, communes, mams } from '../../db/schema';
import type { Db } from '../../db/types';
import { ageFits, ageInMonthsAt, haversineKm, scheduleCovered, type Centroid } from './matching';
import { rotationRanks } from './rotation';
import { availabilityStateOf } from '$lib/directory/availability-state';

export { randomListSeed } from './rotation';

/**
 * The neutral search of the directory (DOMAIN.md, "Neutrality of the childminder list").
 * Its scope is every active childminder of a commune the relay serves; only the closed set of
 * objective filters of `DirectoryFilters` narrows it; the order is a key the family chooses
 * (distance, name) or a seeded rotation, and nothing else: there is no rating, no note and no
 * statistic to order on. Availability is hers alone: when it was never declared or is past its
 * validity, the availability filters cannot judge it, so she stays in the list marked
 * "à confirmer" instead of being silently dropped.
 */

/** One free place she declared. */
export interface FreePlace extends FreePlaceFields {
	id: string;
	declaredOn: Date;
	validUntil: string;
}

/** A childminder the search found, with what a list shows of her. */
export interface DirectoryMatch {
	id: string;
	licenceNumber: string;
	lastName: string;
	firstName: string;
	placesTotal: number;
	placesUnder3: number | null;
	workSetting: WorkSetting;
	mamId: string | null;
	mamName: string | null;
	address: string;
	communeInsee: string;
	communeName: string;
	addressPublication: AddressPublication;
	phone: string | null;
	email: string | null;
	contactsObjection: boolean;
	offer: ChildminderOffer;
	languages: string[];
	/** From the `near` commune, or from the `communeInsee` commune when ordered by distance. */
	distanceKm: number | null;
	availability: AvailabilityState;
	/** Until when her declaration holds (past it: "à confirmer"); null: never declared. */
	availabilityValidUntil: string | null;
	/** Her free places as she declared them, earliest first. */
	freePlaces: FreePlace[];
}

export interface DirectorySearch {
	relayId: string;
	filters: DirectoryFilters;
	order: { by: ListOrder; seed: number };
	/** Today in Paris, YYYY-MM-DD: whether a declaration still holds. */
	today: string;
}

export interface DirectorySearchReport {
	matches: DirectoryMatch[];
	/**
	 * Childminders the distance filter could not place because their commune has no centroid
	 * (they would match otherwise): the page says how many, so none is hidden silently.
	 */
	withoutCentroid: number;
	/** The commune distances are measured from has no centroid: no distance can be computed. */
	originWithoutCentroid: boolean;
}

/** All the matches, in neutral order (a page slices them). */
export async function searchDirectory(db: Db, search: DirectorySearch): Promise<DirectoryMatch[]> {
	return (await searchDirectoryReport(db, search)).matches;
}

/** The matches, and what the distance filter could not place. */
export async function searchDirectoryReport(
	db: Db,
	search: DirectorySearch
): Promise<DirectorySearchReport> {
	const { filters, today } = search;
	const scope = scopeConditions(search.relayId, filters);

	const originInsee =
		filters.near?.communeInsee ??
		(search.order.by === 'distance' ? filters.communeInsee : undefined);
	const origin = originInsee ? await centroidOf(db, originInsee) : null;
	if (filters.near && !origin)
		return { matches: [], withoutCentroid: 0, originWithoutCentroid: true };
	if (filters.near && origin) {
		// The relay's communes within reach, and those without a centroid (to be counted):
		// a few dozen rows, so that the childminders of the others are never read.
		const reach = filters.near.maxKm;
		const served = await db
			.select({
				inseeCode: communes.inseeCode,
				latitude: communes.latitude,
				longitude: communes.longitude
			})
			.from(communes)
			.where(eq(communes.relayId, search.relayId));
		const kept = served
			.filter(
				({ latitude, longitude }) =>
					latitude === null ||
					longitude === null ||
					haversineKm(origin, { latitude, longitude }) <= reach
			)
			.map((commune) => commune.inseeCode);
		if (kept.length === 0) return { matches: [], withoutCentroid: 0, originWithoutCentroid: false };
		scope.push(inArray(childminders.communeInsee, kept));
	}

	const [rows, places] = await Promise.all([
		db
			.select({
				id: childminders.id,
				licenceNumber: childminders.licenceNumber,
				lastName: childminders.lastName,
				firstName: childminders.firstName,
				placesTotal: childminders.placesTotal,
				placesUnder3: childminders.placesUnder3,
				workSetting: childminders.workSetting,
				mamId: childminders.mamId,
				mamName: mams.name,
				address: childminders.address,
				communeInsee: childminders.communeInsee,
				communeName: communes.name,
				latitude: communes.latitude,
				longitude: communes.longitude,
				addressPublication: childminders.addressPublication,
				phone: childminders.phone,
				email: childminders.email,
				contactsObjection: childminders.contactsObjection,
				offer: childminders.offer,
				languages: childminders.languages,
				availabilityValidUntil: childminders.availabilityValidUntil
			})
			.from(childminders)
			.innerJoin(communes, eq(communes.inseeCode, childminders.communeInsee))
			.leftJoin(mams, eq(mams.id, childminders.mamId))
			.where(and(...scope)),
		db
			.select({
				id: childminderAvailabilities.id,
				childminderId: childminderAvailabilities.childminderId,
				ageMinMonths: childminderAvailabilities.ageMinMonths,
				ageMaxMonths: childminderAvailabilities.ageMaxMonths,
				availableFrom: childminderAvailabilities.availableFrom,
				regularity: childminderAvailabilities.regularity,
				weeklySchedule: childminderAvailabilities.weeklySchedule,
				declaredOn: childminderAvailabilities.declaredOn,
				validUntil: childminderAvailabilities.validUntil
			})
			.from(childminderAvailabilities)
			.innerJoin(childminders, eq(childminders.id, childminderAvailabilities.childminderId))
			.innerJoin(communes, eq(communes.inseeCode, childminders.communeInsee))
			.where(and(...scope))
			.orderBy(childminderAvailabilities.availableFrom, childminderAvailabilities.id)
	]);

	const placesOf = new Map<string, FreePlace[]>();
	for (const { childminderId, ...place } of places) {
		const list = placesOf.get(childminderId);
		if (list) list.push(place);
		else placesOf.set(childminderId, [place]);
	}

	const placeFits = placeMatcher(filters, today);
	const needed = filters.siblings ?? 1;
	let withoutCentroid = 0;
	const matches: DirectoryMatch[] = [];
	for (const { latitude, longitude, ...row } of rows) {
		const here: Centroid | null =
			latitude === null || longitude === null ? null : { latitude, longitude };
		const distanceKm = origin && here ? haversineKm(origin, here) : null;
		const availability = availabilityStateOf(row.availabilityValidUntil, today);
		const freePlaces = placesOf.get(row.id) ?? [];
		// Her availability can only be judged when she declared it and it still holds.
		if (placeFits && availability === 'declared') {
			if (freePlaces.filter(placeFits).length < needed) continue;
		}
		if (filters.near) {
			if (distanceKm === null) {
				withoutCentroid++;
				continue;
			}
			if (distanceKm > filters.near.maxKm) continue;
		}
		matches.push({ ...row, distanceKm, availability, freePlaces });
	}

	return {
		matches: orderMatches(matches, search.order),
		withoutCentroid,
		originWithoutCentroid: originInsee !== undefined && origin === null
	};
}

/** What SQL filters cheaply: the relay's territory, active status, commune, setting, offer. */
function scopeConditions(relayId: string, filters: DirectoryFilters): SQL[] {
	const conditions: SQL[] = [eq(communes.relayId, relayId), eq(childminders.status, 'active')];
	if (filters.communeInsee) conditions.push(eq(childminders.communeInsee, filters.communeInsee));
	if (filters.workSetting) conditions.push(eq(childminders.workSetting, filters.workSetting));
	const required: ChildminderOffer = {};
	for (const flag of filters.atypical ?? []) required[flag] = true;
	if (filters.periscolaire) required.periscolaire = true;
	if (filters.disabilityWelcome) required.disability_welcome = true;
	if (Object.keys(required).length > 0)
		conditions.push(sql`${childminders.offer} @> ${JSON.stringify(required)}::jsonb`);
	return conditions;
}

/** The test a free place must pass, or null when no availability filter is given. */
function placeMatcher(
	filters: DirectoryFilters,
	today: string
): ((place: FreePlace) => boolean) | null {
	const { childBirthDate, startDate, schedule, siblings } = filters;
	const hasSchedule = schedule !== undefined && Object.values(schedule).some((slot) => slot);
	if (!childBirthDate && !startDate && !hasSchedule && !siblings) return null;
	const age = childBirthDate ? ageInMonthsAt(childBirthDate, startDate ?? today) : null;
	return (place) =>
		(age === null || ageFits(age, { min: place.ageMinMonths, max: place.ageMaxMonths })) &&
		(!startDate || place.availableFrom <= startDate) &&
		(!hasSchedule || scheduleCovered(schedule, place.weeklySchedule));
}

async function centroidOf(db: Db, insee: string): Promise<Centroid | null> {
	const [row] = await db
		.select({ latitude: communes.latitude, longitude: communes.longitude })
		.from(communes)
		.where(eq(communes.inseeCode, insee));
	return row && row.latitude !== null && row.longitude !== null
		? { latitude: row.latitude, longitude: row.longitude }
		: null;
}

/** A name as the alphabet orders it in French: no case, no accent (Élie with Elie). */
const sortKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The neutral order: by name, by distance (ties by rotation), or the seeded rotation. */
function orderMatches(
	matches: DirectoryMatch[],
	order: { by: ListOrder; seed: number }
): DirectoryMatch[] {
	if (order.by === 'name') {
		const keyed = matches.map((match) => ({
			match,
			key: [sortKey(match.lastName), sortKey(match.firstName), match.id]
		}));
		const compare = (a: string[], b: string[]) => {
			for (let i = 0; i < a.length; i++) {
				const x = a[i] ?? '';
				const y = b[i] ?? '';
				if (x !== y) return x < y ? -1 : 1;
			}
			return 0;
		};
		return keyed.sort((a, b) => compare(a.key, b.key)).map((entry) => entry.match);
	}
	const ranks = rotationRanks(
		matches.map((match) => match.id),
		order.seed
	);
	const rank = (match: DirectoryMatch) => ranks.get(match.id) ?? 0;
	if (order.by === 'distance') {
		const far = Number.POSITIVE_INFINITY;
		return matches.sort(
			(a, b) => (a.distanceKm ?? far) - (b.distanceKm ?? far) || rank(a) - rank(b)
		);
	}
	return matches.sort((a, b) => rank(a) - rank(b));
}
