import type { AvailabilityRule } from '../db/schema';
import { isFrenchPublicHoliday } from './french-public-holidays';
import { addDays, isoWeekday } from '$lib/time/calendar-date';
import { parisDate, parisToUtc } from '$lib/time/paris';

/**
 * Free slots, computed without the database: the weekly rules of the animators, cut into
 * slots, minus what makes a slot unavailable. `loadFreeSlots` reads the rows and calls this.
 */
export interface FreeSlot {
	animatorId: string;
	kind: 'place' | 'phone';
	placeId: string | null;
	startsAt: Date;
	endsAt: Date;
}

/** The columns of a rule the computation reads (a full row fits). */
export type SlotRule = Pick<
	AvailabilityRule,
	| 'animatorId'
	| 'weekday'
	| 'startTime'
	| 'endTime'
	| 'kind'
	| 'placeId'
	| 'slotMinutes'
	| 'validFrom'
	| 'validUntil'
	| 'active'
>;

export interface FreeSlotsInput {
	rules: SlotRule[];
	/** Appointments and held offers: a slot overlapping one of its animator's is taken. */
	busy: { animatorId: string; startsAt: Date; endsAt: Date }[];
	/** Whole Paris days, both ends included. */
	absences: { staffId: string; startsOn: string; endsOn: string }[];
	/** Whole Paris days, both ends included, for every animator of the relay. */
	closures: { startsOn: string; endsOn: string }[];
	/** Slots starting in [from, to). */
	from: Date;
	to: Date;
	/** Slots starting before this are gone. */
	now?: Date;
}

/** Free slots sorted by start, then animator. French public holidays are never open. */
export function computeFreeSlots(input: FreeSlotsInput): FreeSlot[] {
	const { rules, busy, absences, closures, from, to } = input;
	const earliest = Math.max(from.getTime(), input.now?.getTime() ?? -Infinity);
	const activeRules = rules.filter((rule) => rule.active);
	const slots: FreeSlot[] = [];
	// Paris dates covering [from, to): a day either side, the instants are checked below.
	const lastDay = parisDate(to);
	for (let day = addDays(parisDate(from), -1); day <= lastDay; day = addDays(day, 1)) {
		if (isFrenchPublicHoliday(day) || closures.some((c) => c.startsOn <= day && day <= c.endsOn))
			continue;
		const weekday = isoWeekday(day);
		for (const rule of activeRules) {
			if (
				rule.weekday !== weekday ||
				day < rule.validFrom ||
				(rule.validUntil !== null && day > rule.validUntil)
			)
				continue;
			if (
				absences.some((a) => a.staffId === rule.animatorId && a.startsOn <= day && day <= a.endsOn)
			)
				continue;
			slots.push(...cutRule(rule, day));
		}
	}
	const free = slots
		.filter((slot) => slot.startsAt.getTime() >= earliest && slot.startsAt < to)
		.filter((slot) => !busy.some((b) => b.animatorId === slot.animatorId && overlaps(b, slot)))
		.sort(
			(a, b) =>
				a.startsAt.getTime() - b.startsAt.getTime() || a.animatorId.localeCompare(b.animatorId)
		);
	return withoutOverlapsPerAnimator(free);
}

/**
 * One rule on one day, cut from its start every `slotMinutes`; a slot that would end after
 * the rule's end is dropped. Each boundary is converted on its own, so a slot keeps its wall
 * clock hours even on a daylight-saving Sunday.
 */
function cutRule(rule: SlotRule, day: string): FreeSlot[] {
	const start = minutesOf(rule.startTime);
	const end = minutesOf(rule.endTime);
	const out: FreeSlot[] = [];
	for (let m = start; m + rule.slotMinutes <= end; m += rule.slotMinutes) {
		const startsAt = parisToUtc(day, clock(m));
		const endsAt = parisToUtc(day, clock(m + rule.slotMinutes));
		if (endsAt <= startsAt) continue; // a slot inside the skipped March hour
		out.push({
			animatorId: rule.animatorId,
			kind: rule.kind,
			placeId: rule.placeId,
			startsAt,
			endsAt
		});
	}
	return out;
}

/** Two rules of one animator that overlap (the same hours at a place and by phone) give one slot. */
function withoutOverlapsPerAnimator(sorted: FreeSlot[]): FreeSlot[] {
	const lastEnd = new Map<string, number>();
	return sorted.filter((slot) => {
		const previous = lastEnd.get(slot.animatorId);
		if (previous !== undefined && slot.startsAt.getTime() < previous) return false;
		lastEnd.set(slot.animatorId, slot.endsAt.getTime());
		return true;
	});
}

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
	a.startsAt < b.endsAt && b.startsAt < a.endsAt;

function minutesOf(time: string): number {
	const [h = '0', m = '0'] = time.split(':');
	return Number(h) * 60 + Number(m);
}

function clock(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
