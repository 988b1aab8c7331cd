import { availabilityRules } from '../../../src/lib/server/db/schema';
import type { Database } from '../../../src/lib/server/db/types';
import { loadFreeSlots } from '../../../src/lib/server/appointments/load-free-slots';
import { slotKey } from '../../../src/lib/server/appointments/slot-choice';
import { isFrenchPublicHoliday } from '../../../src/lib/server/appointments/french-public-holidays';
import {
	SESSION_COOKIE,
	createSession,
	generateSessionToken
} from '../../../src/lib/server/auth/session';
import { addDays, isoWeekday } from '../../../src/lib/time/calendar-date';
import { parisToUtc, todayInParis } from '../../../src/lib/time/paris';
import { makeRelay, makeStaff } from '../../integration/fixtures';
import { takenRequest } from '../../integration/booking-fixtures';
import { receiveRequest } from '../../integration/queue-fixtures';
import { makeCommune } from '../../integration/request-fixtures';

/**
 * Everything the races need, written before the instances start, through the same fixtures
 * as the integration tests (the real submission, then the status a test needs): three relays
 * of their own so that the races never meet, staff signed in with sessions made by the app's
 * own session code, and the day of the 50 free slots.
 */

export const SLOTS = 50;
export const BOOKING_ATTEMPTS_PER_SLOT = 10;
export const BOOKING_CALLERS = 10;
export const WAITING_REQUESTS = 150;
export const QUEUE_ANIMATORS = 20;
export const TAKE_NEXT_PRESSES = 200;

/** Animators whose agendas hold the slots: 10 slots of 45 minutes each, on one day. */
const SLOT_OWNERS = 5;

export interface SignedIn {
	id: string;
	/** The `Cookie` header of a browser signed in as this person. */
	cookie: string;
}

export interface Ticket {
	id: string;
	reference: string;
}

export interface ScaleData {
	booking: {
		relayId: string;
		/** The free slots' keys, as the booking page's check boxes post them. */
		slots: { key: string; animatorId: string; startsAt: Date }[];
		/** Taken requests, each waiting for its first appointment. */
		requests: Ticket[];
		callers: SignedIn[];
	};
	queue: { relayId: string; waiting: Ticket[]; animators: SignedIn[] };
	/** The relays the families' communes belong to, one commune each. */
	form: { relayIds: string[]; communes: { name: string; inseeCode: string }[] };
}

async function signIn(db: Database, userId: string): Promise<SignedIn> {
	const token = generateSessionToken();
	await createSession(db, token, userId);
	return { id: userId, cookie: `${SESSION_COOKIE}=${token}` };
}

/** Runs `make` for 0…count-1, a few at a time (the setup's pool is small). */
async function inBatches<T>(count: number, make: (i: number) => Promise<T>): Promise<T[]> {
	const made: T[] = [];
	for (let start = 0; start < count; start += 8) {
		const batch = Array.from({ length: Math.min(8, count - start) }, (_, k) => make(start + k));
		made.push(...(await Promise.all(batch)));
	}
	return made;
}

/**
 * A working day more than a week away (Tuesday to Thursday, not a public holiday): far enough
 * that no slot passes during the run, a booking is still in the future whatever the clock.
 */
function slotDay(now: Date): string {
	for (let day = addDays(todayInParis(now), 8); ; day = addDays(day, 1)) {
		const weekday = isoWeekday(day);
		if (weekday >= 2 && weekday <= 4 && !isFrenchPublicHoliday(day)) return day;
	}
}

async function prepareBooking(db: Database, now: Date): Promise<ScaleData['booking']> {
	const relay = await makeRelay(db, 'Relais des créneaux');
	const commune = await makeCommune(db, relay.id, 'Commune des créneaux');
	const owners = await inBatches(SLOT_OWNERS, () =>
		makeStaff(db, relay, 'animator', { password: null })
	);
	const others = await inBatches(BOOKING_CALLERS - SLOT_OWNERS, () =>
		makeStaff(db, relay, 'animator', { password: null })
	);
	const day = slotDay(now);
	// One rule per owner, valid on that one day: 09:00–16:30 in slots of 45 minutes, ten each.
	await db.insert(availabilityRules).values(
		owners.map((owner) => ({
			relayId: relay.id,
			animatorId: owner.id,
			weekday: isoWeekday(day),
			startTime: '09:00',
			endTime: '16:30',
			slotMinutes: 45,
			kind: 'phone' as const,
			validFrom: day,
			validUntil: day
		}))
	);
	const free = await loadFreeSlots(
		db,
		relay.id,
		{ from: now, to: parisToUtc(addDays(day, 30), '00:00') },
		now
	);
	if (free.length !== SLOTS) throw new Error(`expected ${SLOTS} free slots, found ${free.length}`);
	const receivedAt = new Date(now.getTime() - 86_400_000);
	const requests = await inBatches(SLOTS * BOOKING_ATTEMPTS_PER_SLOT, (i) => {
		const owner = owners[i % owners.length];
		if (!owner) throw new Error('no animator');
		return takenRequest(db, commune.inseeCode, owner.id, receivedAt);
	});
	return {
		relayId: relay.id,
		slots: free.map((slot) => ({
			key: slotKey(slot),
			animatorId: slot.animatorId,
			startsAt: slot.startsAt
		})),
		requests: requests.map(({ id, reference }) => ({ id, reference })),
		callers: await inBatches(BOOKING_CALLERS, (i) => {
			const caller = [...owners, ...others][i];
			if (!caller) throw new Error('no caller');
			return signIn(db, caller.id);
		})
	};
}

async function prepareQueue(db: Database, now: Date): Promise<ScaleData['queue']> {
	const relay = await makeRelay(db, 'Relais de la file');
	const commune = await makeCommune(db, relay.id, 'Commune de la file');
	// One a minute, the oldest first: the order the queue serves them in.
	const waiting = await inBatches(WAITING_REQUESTS, (i) =>
		receiveRequest(
			db,
			commune.inseeCode,
			new Date(now.getTime() - (WAITING_REQUESTS - i) * 60_000 - 3_600_000)
		)
	);
	const animators = await inBatches(QUEUE_ANIMATORS, async () =>
		signIn(db, (await makeStaff(db, relay, 'animator', { password: null })).id)
	);
	return { relayId: relay.id, waiting, animators };
}

/**
 * The families live in the communes of four relays, as in a département: each relay numbers
 * its requests with a counter of its own, which a submission holds locked until it commits.
 */
async function prepareForm(db: Database): Promise<ScaleData['form']> {
	const relayIds: string[] = [];
	const communes: ScaleData['form']['communes'] = [];
	for (const name of ['Nord', 'Sud', 'Est', 'Ouest']) {
		const relay = await makeRelay(db, `Relais ${name}`);
		const commune = await makeCommune(db, relay.id, `Commune ${name}`);
		relayIds.push(relay.id);
		communes.push({ name: commune.name, inseeCode: commune.inseeCode });
	}
	return { relayIds, communes };
}

export async function prepareScaleData(db: Database, now = new Date()): Promise<ScaleData> {
	return {
		booking: await prepareBooking(db, now),
		queue: await prepareQueue(db, now),
		form: await prepareForm(db)
	};
}
