import {
	weekDays,
	type DaySlot,
	type WeekDay,
	type WeeklySchedule
} from '$lib/childcare-request-options';
import { monthsBetween } from '$lib/time/calendar-date';

/**
 * The pure rules of a directory search: the child's age at the start date, whether a free
 * place's days and hours cover the need, and the distance between two communes' centroids.
 */

const DAY = 24 * 60;

/** The child's age in whole months on the start date (negative when born after it). */
export const ageInMonthsAt = (birthDate: string, startDate: string): number =>
	monthsBetween(birthDate, startDate);

/** Whether a place for ages [min, max) (null max: no upper age) welcomes a child of this age. */
export const ageFits = (ageMonths: number, band: { min: number; max: number | null }): boolean =>
	band.min <= ageMonths && (band.max === null || ageMonths < band.max);

const minutes = (time: string): number => {
	const [h, m] = time.split(':').map(Number);
	return (h ?? 0) * 60 + (m ?? 0);
};

/** A slot as minutes from its day's midnight: end ≤ start is overnight, so end + 24 h. */
export function slotMinutes(slot: { start: string; end: string }): [number, number] {
	const start = minutes(slot.start);
	const end = minutes(slot.end);
	return [start, end <= start ? end + DAY : end];
}

const previousDay = (day: WeekDay): WeekDay =>
	weekDays[(weekDays.indexOf(day) + weekDays.length - 1) % weekDays.length] as WeekDay;

/**
 * Whether the place's hours cover one day's need: the same day's slot holds it, or, for a
 * need in the small hours, the previous day's overnight slot does (Monday 21 h – 7 h covers
 * a need on Tuesday 5 h – 6 h 30).
 */
export function dayCovered(
	need: { start: string; end: string },
	day: WeekDay,
	offered: Partial<WeeklySchedule>
): boolean {
	const [needStart, needEnd] = slotMinutes(need);
	const same: DaySlot | undefined = offered[day];
	if (same) {
		const [start, end] = slotMinutes(same);
		if (start <= needStart && needEnd <= end) return true;
	}
	const before: DaySlot | undefined = offered[previousDay(day)];
	if (before) {
		const [start, end] = slotMinutes(before);
		if (start <= needStart + DAY && needEnd + DAY <= end) return true;
	}
	return false;
}

/** Whether one place's hours cover every day of the need (days without a need are free). */
export function scheduleCovered(
	need: Partial<WeeklySchedule>,
	offered: Partial<WeeklySchedule>
): boolean {
	for (const day of weekDays) {
		const slot = need[day];
		if (slot && !dayCovered(slot, day, offered)) return false;
	}
	return true;
}

export interface Centroid {
	latitude: number;
	longitude: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points, in km (haversine). */
export function haversineKm(a: Centroid, b: Centroid): number {
	const dLat = radians(b.latitude - a.latitude);
	const dLon = radians(b.longitude - a.longitude);
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
