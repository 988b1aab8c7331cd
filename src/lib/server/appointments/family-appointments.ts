import type { Db } from '../db/types';
import { FAMILY_CHANGE_LIMIT_MS } from './change-appointment';
import { loadFreeSlots } from './load-free-slots';
import { listRequestAppointments, type ListedAppointment } from './request-appointments';
import { describeTimes, groupTimesByDay, type TimeDay } from './slot-choice';
import { DAY_MS } from '$lib/time/durations';

const FAMILY_SLOTS_DAYS = 21;
const FAMILY_SLOTS_MAX = 20;

export interface FamilyAppointments {
	/** Slots offered to the family, still held for them: choose one. */
	offered: ListedAppointment[];
	/** Booked, to come; `changeable` until 24 hours before the start. */
	booked: (ListedAppointment & { changeable: boolean })[];
	/**
	 * Free times to move a changeable appointment to, by Paris day (empty when none is
	 * changeable): one per time and way, whoever of the team is free then.
	 */
	freeTimes: TimeDay[];
}

/**
 * The appointment section of the family's tracking page. Reads only: offers past their 48
 * hours are simply not offered (listRequestAppointments, loadFreeSlots).
 */
export async function loadFamilyAppointments(
	db: Db,
	request: { id: string; relayId: string },
	now = new Date()
): Promise<FamilyAppointments> {
	const listed = await listRequestAppointments(db, request.id, now);
	const offered = listed.filter(
		(a) => a.status === 'offered' && (a.offerExpiresAt?.getTime() ?? 0) > now.getTime()
	);
	const booked = listed
		.filter((a) => a.status === 'booked' && a.startsAt.getTime() > now.getTime())
		.map((a) => ({
			...a,
			changeable: a.startsAt.getTime() - now.getTime() >= FAMILY_CHANGE_LIMIT_MS
		}));
	const freeTimes = booked.some((a) => a.changeable)
		? groupTimesByDay(
				(
					await describeTimes(
						db,
						await loadFreeSlots(
							db,
							request.relayId,
							// Any free slot from now on: the 24-hour rule is about the appointment moved.
							{ from: now, to: new Date(now.getTime() + FAMILY_SLOTS_DAYS * DAY_MS) },
							now
						)
					)
				).slice(0, FAMILY_SLOTS_MAX)
			)
		: [];
	return { offered, booked, freeTimes };
}
