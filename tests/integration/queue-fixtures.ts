import { and, eq } from 'drizzle-orm';
import type { RequestStatus } from '../../src/lib/childcare-request-options';
import { isOpenRequestStatus } from '../../src/lib/requests/request-status';
import {
	appointments,
	auditLog,
	childcareRequests,
	requestEvents
} from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { makeRelay, makeStaff } from './fixtures';
import { makeCommune, submitRequest } from './request-fixtures';

/**
 * A relay with a commune and two animators, ready to receive requests. Requests go through
 * the real submission (submitChildcareRequest), at the arrival time the test chooses.
 */
export async function makeQueueRelay(db: Database, name = 'Relais File') {
	const relay = await makeRelay(db, name);
	const commune = await makeCommune(db, relay.id, `Commune de ${name}`);
	const animator = await makeStaff(db, relay, 'animator');
	const colleague = await makeStaff(db, relay, 'animator');
	const admin = await makeStaff(db, relay, 'admin');
	return { relay, commune, animator, colleague, admin };
}

let families = 0;

/** A request received at `at`, from a family of its own (distinct name, email and phone). */
export async function receiveRequest(
	db: Database,
	inseeCode: string,
	at: Date,
	input: Parameters<typeof submitRequest>[2] = {}
) {
	families += 1;
	const n = String(families).padStart(4, '0');
	const result = await submitRequest(
		db,
		inseeCode,
		{
			...input,
			contact: {
				parentNames: `Famille Témoin${n}`,
				email: `famille${n}@exemple.test`,
				phone: `06390${n}1`.slice(0, 10),
				...input.contact
			}
		},
		{ now: at }
	);
	return { id: result.requestId, reference: result.reference };
}

/** Puts a request straight into a status (test setup only: the domain never skips steps). */
export async function forceStatus(
	db: Database,
	requestId: string,
	status: RequestStatus,
	assignedTo: string | null
) {
	await db
		.update(childcareRequests)
		.set({
			status,
			assignedTo: status === 'received' ? null : assignedTo,
			closedAt: isOpenRequestStatus(status) ? null : new Date(),
			closureReason: status === 'closed_by_relay' ? 'other' : null
		})
		.where(eq(childcareRequests.id, requestId));
}

export async function requestRow(db: Database, id: string) {
	const [row] = await db.select().from(childcareRequests).where(eq(childcareRequests.id, id));
	if (!row) throw new Error(`request ${id} is missing`);
	return row;
}

export const auditEntriesOf = (db: Database, requestId: string, action?: string) =>
	db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.entityId, requestId), ...(action ? [eq(auditLog.action, action)] : [])));

export const eventsOf = (db: Database, requestId: string) =>
	db.select().from(requestEvents).where(eq(requestEvents.requestId, requestId));

/** A Paris wall-clock time as an instant: `paris('2027-03-24T10:00', '+01:00')`. */
export const paris = (local: string, offset: '+01:00' | '+02:00') =>
	new Date(`${local}:00${offset}`);

let appointmentsMade = 0;

/**
 * A booked phone appointment of the request, starting `hoursFromNow` from now (negative: it
 * has begun), moved a further hour away from now for each one made, so they never overlap.
 */
export async function bookedAppointment(
	db: Database,
	request: { id: string },
	staff: { id: string; relayId: string },
	hoursFromNow: number
) {
	appointmentsMade += 1;
	const away = hoursFromNow + (hoursFromNow < 0 ? -appointmentsMade : appointmentsMade);
	const startsAt = new Date(Date.now() + away * 3_600_000);
	const [row] = await db
		.insert(appointments)
		.values({
			relayId: staff.relayId,
			requestId: request.id,
			animatorId: staff.id,
			kind: 'phone',
			phone: '0600000000',
			startsAt,
			endsAt: new Date(startsAt.getTime() + 45 * 60_000),
			status: 'booked',
			icalUid: `${crypto.randomUUID()}@guichet`
		})
		.returning();
	if (!row) throw new Error('appointment not created');
	return row;
}
