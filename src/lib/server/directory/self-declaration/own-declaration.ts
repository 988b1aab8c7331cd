import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { childminderAvailabilities, childminders } from '../../db/schema';
import {
	type FreePlaceFields,
	offerFlags,
	type AddressPublication,
	type ChildminderStatus,
	type OfferFlag
} from '$lib/directory/directory-options';
import { SIGN_IN_STATUSES } from '../childminder-auth/childminder-session';
import { todayInParis } from '$lib/time/paris';
import { availabilityStateOf } from '$lib/directory/availability-state';

/** never: not declared yet; declared: valid today; to_confirm: past its validity. */
export type DeclarationState = 'never' | 'declared' | 'to_confirm';

export function declarationStateOf(validUntil: string | null, today: string): DeclarationState {
	if (validUntil === null) return 'never';
	return availabilityStateOf(validUntil, today);
}

export interface OwnPlace extends FreePlaceFields {
	id: string;
}

export interface OwnDeclaration {
	name: string;
	licenceNumber: string;
	status: ChildminderStatus;
	state: DeclarationState;
	declaredAt: Date | null;
	validUntil: string | null;
	places: OwnPlace[];
	offer: OfferFlag[];
	languages: string[];
	addressPublication: AddressPublication;
	contactsObjection: boolean;
}

/** What her page shows: her own data only, found by her session's id. */
export async function loadOwnDeclaration(
	db: Db,
	childminderId: string,
	now = new Date()
): Promise<OwnDeclaration | null> {
	const [row] = await db
		.select()
		.from(childminders)
		.where(
			and(eq(childminders.id, childminderId), inArray(childminders.status, [...SIGN_IN_STATUSES]))
		);
	if (!row) return null;
	const places = await db
		.select({
			id: childminderAvailabilities.id,
			ageMinMonths: childminderAvailabilities.ageMinMonths,
			ageMaxMonths: childminderAvailabilities.ageMaxMonths,
			availableFrom: childminderAvailabilities.availableFrom,
			regularity: childminderAvailabilities.regularity,
			weeklySchedule: childminderAvailabilities.weeklySchedule
		})
		.from(childminderAvailabilities)
		.where(eq(childminderAvailabilities.childminderId, row.id))
		.orderBy(asc(childminderAvailabilities.availableFrom), asc(childminderAvailabilities.id));
	return {
		name: `${row.firstName} ${row.lastName}`,
		licenceNumber: row.licenceNumber,
		status: row.status,
		state: declarationStateOf(row.availabilityValidUntil, todayInParis(now)),
		declaredAt: row.availabilityDeclaredAt,
		validUntil: row.availabilityValidUntil,
		places,
		offer: offerFlags.filter((flag) => row.offer[flag] === true),
		languages: row.languages,
		addressPublication: row.addressPublication,
		contactsObjection: row.contactsObjection
	};
}
