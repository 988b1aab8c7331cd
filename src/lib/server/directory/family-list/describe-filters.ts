import type { DirectoryFilters } from '$lib/directory/directory-options';
import { formatDate } from '$lib/format/dates';
import { m } from '$lib/i18n';
import { scheduleWords } from '../search/publication';

const t = m.familyList.filters;

/** The filters of a list in words, one line each; none: the whole territory. */
export function describeFilters(
	filters: DirectoryFilters,
	communeNames: Record<string, string>
): string[] {
	const name = (code: string) => communeNames[code] ?? code;
	const lines: string[] = [];
	if (filters.communeInsee) lines.push(t.commune(name(filters.communeInsee)));
	if (filters.near) lines.push(t.near(name(filters.near.communeInsee), filters.near.maxKm));
	if (filters.childBirthDate) lines.push(t.childBirthDate(formatDate(filters.childBirthDate)));
	if (filters.startDate) lines.push(t.startDate(formatDate(filters.startDate)));
	if (filters.schedule && Object.keys(filters.schedule).length > 0) {
		lines.push(t.schedule(scheduleWords(filters.schedule)));
	}
	if (filters.atypical && filters.atypical.length > 0) {
		lines.push(t.atypical(filters.atypical.map((o) => m.familyList.offerFlags[o]).join(', ')));
	}
	if (filters.periscolaire) lines.push(t.periscolaire);
	if (filters.disabilityWelcome) lines.push(t.disabilityWelcome);
	if (filters.siblings) lines.push(t.siblings(filters.siblings));
	if (filters.workSetting) lines.push(t.workSetting[filters.workSetting]);
	return lines;
}
