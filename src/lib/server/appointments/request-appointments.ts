import { and, asc, eq, gt, ne, or } from 'drizzle-orm';
import { appointments, receptionPlaces, staffUsers } from '../db/schema';
import type { Db } from '../db/types';
import type { AppointmentKind } from './appointment-slot';

export interface ListedAppointment {
	id: string;
	status: (typeof appointments.$inferSelect)['status'];
	kind: AppointmentKind;
	startsAt: Date;
	endsAt: Date;
	phone: string | null;
	place: { name: string; address: string; accessNotes: string } | null;
	animatorName: string;
	offerExpiresAt: Date | null;
}

/**
 * The appointments of a request, earliest first, with what a person reads about them (the
 * place, the animator). Released offers are left out: they never happened; so are offers past
 * their 48 hours, which the housekeeping will release (expiry is read-side: no page writes).
 */
export async function listRequestAppointments(
	db: Db,
	requestId: string,
	now = new Date()
): Promise<ListedAppointment[]> {
	const rows = await db
		.select({
			id: appointments.id,
			status: appointments.status,
			kind: appointments.kind,
			startsAt: appointments.startsAt,
			endsAt: appointments.endsAt,
			phone: appointments.phone,
			placeName: receptionPlaces.name,
			address: receptionPlaces.address,
			accessNotes: receptionPlaces.accessNotes,
			animatorName: staffUsers.name,
			offerExpiresAt: appointments.offerExpiresAt
		})
		.from(appointments)
		.innerJoin(staffUsers, eq(staffUsers.id, appointments.animatorId))
		.leftJoin(receptionPlaces, eq(receptionPlaces.id, appointments.placeId))
		.where(
			and(
				eq(appointments.requestId, requestId),
				ne(appointments.status, 'released'),
				or(ne(appointments.status, 'offered'), gt(appointments.offerExpiresAt, now))
			)
		)
		.orderBy(asc(appointments.startsAt), asc(appointments.id));
	return rows.map(({ placeName, address, accessNotes, ...row }) => ({
		...row,
		place:
			placeName !== null
				? { name: placeName, address: address ?? '', accessNotes: accessNotes ?? '' }
				: null
	}));
}
