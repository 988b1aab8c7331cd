import { eq } from 'drizzle-orm';
import type { RequestStatus } from '$lib/childcare-request-options';
import { childcareRequests } from '../db/schema';
import type { Db } from '../db/types';
import { appointmentDeadlineSql } from '../queue/appointment-target';
import { findRelayRequestByReference } from '../queue/relay-request';
import type { StaffActor } from '../queue/staff-actor';
import {
	firstAppointmentDelay,
	requestOpenness,
	type AppointmentDelay,
	type RequestOpenness
} from './appointment-request';
import { loadFreeSlots } from './load-free-slots';
import { relayTargetDays } from '../queue/relay-target-days';
import { listRequestAppointments, type ListedAppointment } from './request-appointments';
import { describeSlots, type SlotOption } from './slot-choice';
import { DAY_MS } from '$lib/time/durations';

/** How far past the target the page looks for later slots, and how many it lists. */
const LATER_WINDOW_DAYS = 14;
const LATER_MAX = 30;

export interface BookingPage {
	request: {
		id: string;
		reference: string;
		status: RequestStatus;
		parentNames: string;
		phone: string | null;
		email: string | null;
		receivedAt: Date;
		deadline: Date;
	};
	targetDays: number;
	/** `ok`: slots can be booked or offered; otherwise why not. */
	openness: RequestOpenness;
	/** Free slots before the target (earliest first), then later ones (marked late). */
	withinTarget: SlotOption[];
	afterTarget: SlotOption[];
	appointments: ListedAppointment[];
	delay: AppointmentDelay | null;
}

/**
 * What the booking page of a request shows: the relay's free slots inside the target window
 * first, then later ones; the request's appointments and offers; the delay of the first one.
 * Null: no such request in the actor's relay.
 */
export async function loadBookingPage(
	db: Db,
	actor: StaffActor,
	reference: string,
	now = new Date()
): Promise<BookingPage | null> {
	const ref = await findRelayRequestByReference(db, actor, reference);
	if (!ref) return null;
	const targetDays = await relayTargetDays(db, actor.relayId);
	if (targetDays === null) return null;
	const relay = { targetDays };
	const [request] = await db
		.select({
			id: childcareRequests.id,
			reference: childcareRequests.reference,
			status: childcareRequests.status,
			parentNames: childcareRequests.parentNames,
			phone: childcareRequests.phone,
			email: childcareRequests.email,
			receivedAt: childcareRequests.receivedAt,
			deadline: appointmentDeadlineSql(relay.targetDays)
		})
		.from(childcareRequests)
		.where(eq(childcareRequests.id, ref.id));
	if (!request) return null;

	const openness = requestOpenness(request.status);
	let withinTarget: SlotOption[] = [];
	let afterTarget: SlotOption[] = [];
	if (openness === 'ok') {
		const to = new Date(
			Math.max(request.deadline.getTime(), now.getTime()) + LATER_WINDOW_DAYS * DAY_MS
		);
		const slots = await describeSlots(
			db,
			await loadFreeSlots(db, actor.relayId, { from: now, to }, now)
		);
		withinTarget = slots.filter((slot) => slot.startsAt.getTime() <= request.deadline.getTime());
		afterTarget = slots
			.filter((slot) => slot.startsAt.getTime() > request.deadline.getTime())
			.slice(0, LATER_MAX);
	}
	return {
		request,
		targetDays: relay.targetDays,
		openness,
		withinTarget,
		afterTarget,
		appointments: await listRequestAppointments(db, request.id, now),
		delay: await firstAppointmentDelay(db, request.id)
	};
}

/** The next free slots of the relay, for the answer to a booking that lost the race. */
export async function nextFreeSlots(
	db: Db,
	relayId: string,
	now = new Date(),
	count = 5
): Promise<SlotOption[]> {
	const slots = await loadFreeSlots(
		db,
		relayId,
		{ from: now, to: new Date(now.getTime() + 21 * DAY_MS) },
		now
	);
	return describeSlots(db, slots.slice(0, count));
}
