import type { PeriscolaireNeed, WeekDay, WeeklySchedule } from '$lib/childcare-request-options';
import { weekDays } from '$lib/childcare-request-options';
import type { AtypicalOffer, DirectoryFilters } from '$lib/directory/directory-options';

/**
 * The distance around the family's commune a prepared list starts from. A distance, not the
 * commune alone: families mostly accept a childminder of the next commune (on the way to work,
 * across a border a few hundred metres away), and a commune filter would silently drop her.
 * 10 km covers the neighbouring communes of a rural canton; the animator may widen it.
 */
export const DEFAULT_RADIUS_KM = 10;

/** A search accepts 2 to 4 places for siblings (the request form takes at most 4 children). */
const MAX_SIBLINGS = 4;

export interface RequestNeedForFilters {
	residenceInsee: string;
	desiredStart: string;
	weeklySchedule: WeeklySchedule;
	variableHours: boolean;
	atypicalEarly: boolean;
	atypicalLate: boolean;
	atypicalSaturday: boolean;
	atypicalSunday: boolean;
	atypicalNight: boolean;
	periscolaire: readonly PeriscolaireNeed[];
}

export interface RequestChildForFilters {
	birthDate: string | null;
	expectedBirthDate: string | null;
	needsSupport: boolean | null;
}

/**
 * The objective filters a request implies, the starting point of the list the relay prepares:
 * - distance from the residence commune (DEFAULT_RADIUS_KM);
 * - the youngest child's birth date (or expected birth date) and the desired start: a place
 *   must take the youngest; with several children, `siblings` places at once;
 * - the weekly grid, unless the family said its hours vary (the grid is then an example week,
 *   and filtering on it would drop childminders the family could arrange with);
 * - the atypical hours the grid implies, périscolaire when asked, disability welcome when a
 *   child needs support.
 */
export function filtersFromRequest(
	request: RequestNeedForFilters,
	children: readonly RequestChildForFilters[]
): DirectoryFilters {
	const filters: DirectoryFilters = {
		near: { communeInsee: request.residenceInsee, maxKm: DEFAULT_RADIUS_KM },
		startDate: request.desiredStart
	};
	const youngest = youngestBirthDate(children);
	if (youngest) filters.childBirthDate = youngest;
	if (children.length >= 2) filters.siblings = Math.min(children.length, MAX_SIBLINGS);

	if (!request.variableHours) {
		const schedule: Partial<WeeklySchedule> = {};
		for (const day of weekDays) {
			const slot = request.weeklySchedule[day as WeekDay];
			if (slot) schedule[day] = { start: slot.start, end: slot.end };
		}
		if (Object.keys(schedule).length > 0) filters.schedule = schedule;
	}

	const atypical: AtypicalOffer[] = [];
	if (request.atypicalEarly) atypical.push('before_7');
	if (request.atypicalLate) atypical.push('after_19');
	if (request.atypicalSaturday) atypical.push('saturday');
	if (request.atypicalSunday) atypical.push('sunday');
	if (request.atypicalNight) atypical.push('night');
	if (atypical.length > 0) filters.atypical = atypical;

	if (request.periscolaire.length > 0) filters.periscolaire = true;
	if (children.some((child) => child.needsSupport === true)) filters.disabilityWelcome = true;
	return filters;
}

/** The latest of the (expected) birth dates: ISO dates compare as text. */
function youngestBirthDate(children: readonly RequestChildForFilters[]): string | null {
	let youngest: string | null = null;
	for (const child of children) {
		const date = child.birthDate ?? child.expectedBirthDate;
		if (date && (youngest === null || date > youngest)) youngest = date;
	}
	return youngest;
}
