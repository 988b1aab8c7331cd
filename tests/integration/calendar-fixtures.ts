import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
	appointments,
	childcareRequests,
	receptionPlaces,
	type Appointment
} from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { makeQueueRelay, receiveRequest } from './queue-fixtures';

/** A relay with an animator, a reception place and one family's request. */
export async function makeCalendarRelay(db: Database, name = 'Relais Agenda') {
	const team = await makeQueueRelay(db, name);
	const [place] = await db
		.insert(receptionPlaces)
		.values({
			relayId: team.relay.id,
			name: 'Maison de l’enfance',
			address: '3 rue des Écoles, 56800 Ploërmel',
			accessNotes: 'Entrée côté parking'
		})
		.returning();
	if (!place) throw new Error('place not created');
	return { ...team, place };
}

type CalendarRelay = Awaited<ReturnType<typeof makeCalendarRelay>>;

/**
 * An appointment written straight into the table, as the booking code would leave it: these
 * tests do not depend on booking. Each gets a request of its own unless one is given.
 */
export async function insertAppointment(
	db: Database,
	team: CalendarRelay,
	values: {
		startsAt: Date;
		minutes?: number;
		status?: Appointment['status'];
		kind?: Appointment['kind'];
		requestId?: string;
		animatorId?: string;
		sequence?: number;
		contact?: { email?: string; parentNames?: string };
	}
) {
	const request =
		values.requestId === undefined
			? await receiveRequest(
					db,
					team.commune.inseeCode,
					new Date(values.startsAt.getTime() - 3 * 86_400_000),
					{
						contact: values.contact
					}
				)
			: { id: values.requestId };
	const kind = values.kind ?? 'phone';
	const status = values.status ?? 'booked';
	const [row] = await db
		.insert(appointments)
		.values({
			relayId: team.relay.id,
			requestId: request.id,
			animatorId: values.animatorId ?? team.animator.id,
			kind,
			placeId: kind === 'place' ? team.place.id : null,
			phone: kind === 'phone' ? '06 39 98 00 01' : null,
			startsAt: values.startsAt,
			endsAt: new Date(values.startsAt.getTime() + (values.minutes ?? 45) * 60_000),
			status,
			offerId: status === 'offered' ? randomUUID() : null,
			offerExpiresAt: status === 'offered' ? values.startsAt : null,
			icalUid: `${randomUUID()}@guichet`,
			icalSequence: values.sequence ?? 0,
			bookedAt: status === 'offered' ? null : values.startsAt
		})
		.returning();
	if (!row) throw new Error('appointment not created');
	return row;
}

export async function referenceOf(db: Database, requestId: string): Promise<string> {
	const [row] = await db
		.select({ reference: childcareRequests.reference })
		.from(childcareRequests)
		.where(eq(childcareRequests.id, requestId));
	if (!row) throw new Error('request not found');
	return row.reference;
}
