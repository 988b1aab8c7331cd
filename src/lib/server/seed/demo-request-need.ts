import type { CareKind, WeeklySchedule } from '$lib/childcare-request-options';
import { careKinds as allCareKinds } from '$lib/childcare-request-options';
import { addDays } from '$lib/time/calendar-date';
import type { Random } from './demo-random';

/** The need of a demo request: its weekly hours and the kinds of care it considers. */
const time = (minutes: number) =>
	`${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function drawSchedule(
	random: Random,
	occasional: boolean
): { schedule: WeeklySchedule; variable: boolean } {
	const schedule: WeeklySchedule = {
		mon: null,
		tue: null,
		wed: null,
		thu: null,
		fri: null,
		sat: null,
		sun: null
	};
	const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
	const r = random.next();
	if (r < 0.03) return { schedule, variable: true };
	let start = random.int(30, 36) * 15; // 07:30 … 09:00
	let end = random.int(66, 74) * 15; // 16:30 … 18:30
	let days: readonly (typeof weekdays)[number][] = weekdays;
	if (occasional) days = [random.pick(weekdays), random.pick(weekdays)];
	else if (r < 0.25) days = ['mon', 'tue', 'thu', 'fri'];
	else if (r < 0.35) days = weekdays.filter(() => random.chance(0.6));
	else if (r < 0.47)
		start = random.int(24, 27) * 15; // 06:00 … 06:45: early
	else if (r < 0.55) end = random.int(78, 84) * 15; // 19:30 … 21:00: late
	if (days.length === 0) days = ['tue'];
	const night = !occasional && r >= 0.55 && r < 0.58;
	for (const day of days) {
		schedule[day] = night
			? { start: '21:00', end: '07:00' }
			: { start: time(start), end: time(end) };
	}
	if (!occasional && r >= 0.58 && r < 0.65) schedule.sat = { start: '08:00', end: '13:00' };
	if (night && random.chance(0.5)) schedule.sun = { start: '21:00', end: '07:00' };
	return { schedule, variable: false };
}

export function drawCareKinds(random: Random): CareKind[] {
	if (random.chance(0.1)) return ['no_preference'];
	const odds: Partial<Record<CareKind, number>> = {
		childminder_home: 0.6,
		creche: 0.45,
		mam: 0.25,
		micro_creche: 0.15,
		creche_familiale: 0.08,
		home_carer: 0.05,
		shared_home_carer: 0.04
	};
	const chosen = allCareKinds.filter((kind) => random.chance(odds[kind] ?? 0));
	return chosen.length > 0 ? chosen : ['childminder_home'];
}

/** A demo child: born (birth date) or expected, with the family's support answer. */
export interface DemoChild {
	birthDate: string | null;
	expectedBirthDate: string | null;
	needsSupport: boolean | null;
}

/**
 * The children of a demo request received on `received`: one (`single`), else two (`two`) or
 * three; the first sometimes expected; about one in twenty needing support, the others saying
 * no (`supportNo`) or not answering. The odds differ between the open requests and the history.
 */
export function drawChildren(
	random: Random,
	received: string,
	odds: { single: number; two: number; supportNo: number }
): DemoChild[] {
	const childCount = random.chance(odds.single) ? 1 : random.chance(odds.two) ? 2 : 3;
	const expectedFirst = random.chance(0.3);
	const children: DemoChild[] = [];
	for (let position = 1; position <= childCount; position++) {
		const needsSupport = random.chance(0.05) ? true : random.chance(odds.supportNo) ? false : null;
		if (position === 1 && expectedFirst) {
			children.push({
				birthDate: null,
				expectedBirthDate: addDays(received, random.int(20, 240)),
				needsSupport
			});
		} else {
			const olderBy = position === 1 ? random.int(7, 900) : random.int(365, 2_500);
			children.push({
				birthDate: addDays(received, -olderBy),
				expectedBirthDate: null,
				needsSupport
			});
		}
	}
	return children;
}
