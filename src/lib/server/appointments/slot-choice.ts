import { and, eq, inArray } from 'drizzle-orm';
import { receptionPlaces, staffUsers } from '../db/schema';
import type { Db } from '../db/types';
import type { FreeSlot } from './free-slots';
import { loadFreeSlots } from './load-free-slots';
import { isUuid } from '$lib/ids';

/**
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
