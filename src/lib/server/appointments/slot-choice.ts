import { and, count, eq, gte, inArray, lt, or, gt } from 'drizzle-orm';
import { appointments, receptionPlaces, staffUsers } from '../db/schema';
import type { Db } from '../db/types';
import type { FreeSlot } from './free-slots';
import { loadFreeSlots } from './load-free-slots';
import { isUuid } from '$lib/ids';
import { addDays } from '$lib/time/calendar-date';
import { parisDate, parisToUtc } from '$lib/time/paris';

/**
 * Two kinds of keys. The relay's booking page names the animator (`slotKey`): the animator
 * chooses whose time it is. The family's page names a time and a way (`timeKey`), never a
 * person: which animator holds it is the relay's business, picked when booking
 * (`freeAnimatorsAt`).
 *
 * A free slot as a form sends it: the animator and the start, nothing a person could bend
 * into a time the relay does not open. The server finds the slot again among the free ones.
 */
export const slotKey = (slot: Pick<FreeSlot, 'animatorId' | 'startsAt'>) =>
	`${slot.animatorId}_${slot.startsAt.toISOString()}`;

export function parseSlotKey(key: string): { animatorId: string; startsAt: Date } | null {
	const [animatorId, iso, extra] = key.split('_');
	if (!animatorId || !iso || extra !== undefined || !isUuid(animatorId)) return null;
	const startsAt = new Date(iso);
	return Number.isNaN(startsAt.getTime()) ? null : { animatorId, startsAt };
}

/** The free slot a key names, if it is (still) free; null otherwise. */
export async function findFreeSlot(
	db: Db,
	relayId: string,
	key: string,
	now = new Date()
): Promise<FreeSlot | null> {
	const wanted = parseSlotKey(key);
	if (!wanted) return null;
	const slots = await loadFreeSlots(
		db,
		relayId,
		{
			from: wanted.startsAt,
			to: new Date(wanted.startsAt.getTime() + 60_000),
			animatorId: wanted.animatorId
		},
		now
	);
	return slots.find((slot) => slotKey(slot) === key) ?? null;
}

export interface SlotOption {
	key: string;
	kind: FreeSlot['kind'];
	startsAt: Date;
	endsAt: Date;
	animatorName: string;
	placeName: string | null;
}

/** Free slots with the names a person reads. */
export async function describeSlots(db: Db, slots: FreeSlot[]): Promise<SlotOption[]> {
	const animatorIds = [...new Set(slots.map((slot) => slot.animatorId))];
	const placeIds = [...new Set(slots.flatMap((slot) => (slot.placeId ? [slot.placeId] : [])))];
	const animators = animatorIds.length
		? await db
				.select({ id: staffUsers.id, name: staffUsers.name })
				.from(staffUsers)
				.where(inArray(staffUsers.id, animatorIds))
		: [];
	const places = placeIds.length
		? await db
				.select({ id: receptionPlaces.id, name: receptionPlaces.name })
				.from(receptionPlaces)
				.where(and(inArray(receptionPlaces.id, placeIds), eq(receptionPlaces.active, true)))
		: [];
	const animatorName = new Map(animators.map((a) => [a.id, a.name]));
	const placeName = new Map(places.map((p) => [p.id, p.name]));
	return slots.map((slot) => ({
		key: slotKey(slot),
		kind: slot.kind,
		startsAt: slot.startsAt,
		endsAt: slot.endsAt,
		animatorName: animatorName.get(slot.animatorId) ?? '',
		placeName: slot.placeId ? (placeName.get(slot.placeId) ?? null) : null
	}));
}

const MINUTE = 60_000;

/** A time a family may choose: when, how long, and how (by phone, or at which place). */
export const timeKey = (slot: Pick<FreeSlot, 'startsAt' | 'endsAt' | 'placeId' | 'kind'>) =>
	[
		slot.startsAt.toISOString(),
		Math.round((slot.endsAt.getTime() - slot.startsAt.getTime()) / MINUTE),
		slot.kind === 'place' && slot.placeId ? slot.placeId : 'phone'
	].join('_');

export function parseTimeKey(
	key: string
): { startsAt: Date; minutes: number; placeId: string | null } | null {
	const [iso, minutes, where, extra] = key.split('_');
	if (!iso || !minutes || !where || extra !== undefined) return null;
	if (!/^\d{1,3}$/.test(minutes) || Number(minutes) === 0) return null;
	if (where !== 'phone' && !isUuid(where)) return null;
	const startsAt = new Date(iso);
	if (Number.isNaN(startsAt.getTime())) return null;
	return { startsAt, minutes: Number(minutes), placeId: where === 'phone' ? null : where };
}

/** One slot per time and way: the first of the animators free then (the list is sorted). */
export function distinctTimes(slots: readonly FreeSlot[]): FreeSlot[] {
	const seen = new Set<string>();
	return slots.filter((slot) => {
		const key = timeKey(slot);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export interface TimeOption {
	key: string;
	kind: FreeSlot['kind'];
	startsAt: Date;
	endsAt: Date;
	placeName: string | null;
}

/** The family's choices of one Paris day, earliest first. */
export interface TimeDay {
	/** The Paris calendar date, `YYYY-MM-DD`. */
	day: string;
	times: TimeOption[];
}

/** Times grouped by Paris day, in the order given (earliest first). */
export function groupTimesByDay(times: readonly TimeOption[]): TimeDay[] {
	const days: TimeDay[] = [];
	for (const time of times) {
		const day = parisDate(time.startsAt);
		const last = days.at(-1);
		if (last && last.day === day) last.times.push(time);
		else days.push({ day, times: [time] });
	}
	return days;
}

/** Free slots as the times a family reads: distinct by time and way, no animator named. */
export async function describeTimes(db: Db, slots: readonly FreeSlot[]): Promise<TimeOption[]> {
	const placeIds = [...new Set(slots.flatMap((slot) => (slot.placeId ? [slot.placeId] : [])))];
	const places = placeIds.length
		? await db
				.select({ id: receptionPlaces.id, name: receptionPlaces.name })
				.from(receptionPlaces)
				.where(inArray(receptionPlaces.id, placeIds))
		: [];
	const placeName = new Map(places.map((p) => [p.id, p.name]));
	return distinctTimes(slots).map((slot) => ({
		key: timeKey(slot),
		kind: slot.kind,
		startsAt: slot.startsAt,
		endsAt: slot.endsAt,
		placeName: slot.placeId ? (placeName.get(slot.placeId) ?? null) : null
	}));
}

/**
 * The animators free at the time a family's key names, in the order to try them: the one
 * with the fewest appointments (and offers still held) that Paris day first, so that a
 * day's families spread over the team; equal ones by id, so the order is stable. Empty when
 * the key is not a free time of the relay (any more).
 */
export async function freeAnimatorsAt(
	db: Db,
	relayId: string,
	key: string,
	now = new Date()
): Promise<FreeSlot[]> {
	const wanted = parseTimeKey(key);
	if (!wanted) return [];
	const free = (
		await loadFreeSlots(
			db,
			relayId,
			{ from: wanted.startsAt, to: new Date(wanted.startsAt.getTime() + MINUTE) },
			now
		)
	).filter((slot) => timeKey(slot) === key);
	if (free.length < 2) return free;
	const day = parisDate(wanted.startsAt);
	const loads = await db
		.select({ animatorId: appointments.animatorId, n: count() })
		.from(appointments)
		.where(
			and(
				inArray(
					appointments.animatorId,
					free.map((slot) => slot.animatorId)
				),
				gte(appointments.startsAt, parisToUtc(day, '00:00')),
				lt(appointments.startsAt, parisToUtc(addDays(day, 1), '00:00')),
				or(
					inArray(appointments.status, ['booked', 'attended', 'no_show']),
					and(eq(appointments.status, 'offered'), gt(appointments.offerExpiresAt, now))
				)
			)
		)
		.groupBy(appointments.animatorId);
	const load = new Map(loads.map((row) => [row.animatorId, row.n]));
	return free.sort(
		(a, b) =>
			(load.get(a.animatorId) ?? 0) - (load.get(b.animatorId) ?? 0) ||
			a.animatorId.localeCompare(b.animatorId)
	);
}
