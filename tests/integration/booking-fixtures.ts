import { and, asc, eq } from 'drizzle-orm';
import {
	appointments,
	availabilityRules,
	mailOutbox,
	receptionPlaces
} from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import type { AppointmentSlot } from '../../src/lib/server/appointments/appointment-slot';
import { forceStatus, makeQueueRelay } from './queue-fixtures';
import { submitRequest } from './request-fixtures';

/**
 * A relay with a reception place and a request taken by its animator (in progress). Its
 * team is open by phone every day from 6:00 to 21:00 (Paris), in slots of 45 minutes from
 * 6:00, and the animator at the place on Fridays from 13:00 to 18:00: bookings are checked
 * against the opening hours.
 */
export async function makeBookingRelay(db: Database, receivedAt: Date, name = 'Relais RDV') {
	const base = await makeQueueRelay(db, name);
	const [place] = await db
		.insert(receptionPlaces)
		.values({ relayId: base.relay.id, name: 'Maison de l’enfance', address: '2 place du Marché' })
		.returning();
	if (!place) throw new Error('place not created');
	const open = { relayId: base.relay.id, slotMinutes: 45, validFrom: '2020-01-01' };
	await db.insert(availabilityRules).values([
		...[base.animator, base.colleague, base.admin].flatMap((staff) =>
			[1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
				...open,
				animatorId: staff.id,
				weekday,
				startTime: '06:00',
				endTime: '21:00',
				kind: 'phone' as const
			}))
		),
		// Friday afternoons the animator also receives at the place.
		{
			...open,
			animatorId: base.animator.id,
			weekday: 5,
			startTime: '13:00',
			endTime: '18:00',
			kind: 'place' as const,
			placeId: place.id
		}
	]);
	const request = await takenRequest(db, base.commune.inseeCode, base.animator.id, receivedAt);
	return { ...base, place, request };
}

let families = 0;

/** A request received at `receivedAt` and taken by `animatorId`, with its tracking token. */
export async function takenRequest(
	db: Database,
	inseeCode: string,
	animatorId: string,
	receivedAt: Date
) {
	families += 1;
	const n = String(families).padStart(4, '0');
	const sent = await submitRequest(
		db,
		inseeCode,
		{
			contact: {
				parentNames: `Famille Rendez-vous${n}`,
				email: `rdv${n}@exemple.test`,
				phone: `07120${n}1`.slice(0, 10)
			}
		},
		{ now: receivedAt }
	);
	await forceStatus(db, sent.requestId, 'in_progress', animatorId);
	return {
		id: sent.requestId,
		reference: sent.reference,
		token: sent.trackingToken,
		email: `rdv${n}@exemple.test`,
		phone: `07120${n}1`.slice(0, 10)
	};
}

const MINUTE = 60_000;

/** A 45-minute slot of `animatorId` starting at `startsAt`. */
export const slotAt = (
	animatorId: string,
	startsAt: Date,
	where: { placeId: string } | 'phone' = 'phone'
): AppointmentSlot => ({
	animatorId,
	kind: where === 'phone' ? 'phone' : 'place',
	placeId: where === 'phone' ? null : where.placeId,
	startsAt,
	endsAt: new Date(startsAt.getTime() + 45 * MINUTE)
});

export const appointmentsOf = (db: Database, requestId: string) =>
	db.select().from(appointments).where(eq(appointments.requestId, requestId));

export async function appointmentRow(db: Database, id: string) {
	const [row] = await db.select().from(appointments).where(eq(appointments.id, id));
	if (!row) throw new Error(`appointment ${id} is missing`);
	return row;
}

export const mailsTo = (db: Database, to: string, subjectPart?: string) =>
	db
		.select()
		.from(mailOutbox)
		.where(and(eq(mailOutbox.to, to)))
		.then((rows) => rows.filter((row) => !subjectPart || row.subject.includes(subjectPart)));

/** One property of an iCalendar text, continuation lines unfolded. */
const icsValue = (ics: string, name: string) =>
	ics
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
		?.replace(/^[^:]*:/, '');

/** The invitations queued for an address, oldest first: UID, SEQUENCE and METHOD of each. */
export async function invitationsTo(db: Database, to: string) {
	const rows = await db
		.select()
		.from(mailOutbox)
		.where(eq(mailOutbox.to, to))
		.orderBy(asc(mailOutbox.createdAt));
	return rows.flatMap((row) =>
		row.attachments
			.filter((a) => a.filename.endsWith('.ics'))
			.map((a) => {
				const ics = Buffer.from(a.content, 'base64').toString('utf8');
				return {
					uid: icsValue(ics, 'UID'),
					sequence: Number(icsValue(ics, 'SEQUENCE')),
					method: icsValue(ics, 'METHOD')
				};
			})
	);
}

/** The booking tests' clock: hours, instants written in UTC. */
export const HOUR = 3_600_000;
export const at = (iso: string) => new Date(iso);
/** Received on Monday 1 March 2027 at 10:00 in Paris (UTC+1); the target is 8 March 10:00. */
export const BOOKING_ARRIVAL = at('2027-03-01T09:00:00Z');
/** An hour after the arrival: when the animator books. */
export const BOOKING_NOW = at('2027-03-01T10:00:00Z');
