import type { WeeklySchedule } from '$lib/childcare-request-options';
import { scheduleRuns } from '$lib/directory/schedule-runs';
import { offerFlags, type FamilyListEntry } from '$lib/directory/directory-options';
import { m } from '$lib/i18n';
import type { DirectoryMatch, FreePlace } from './search-directory';

/**
 * What a list may show of a childminder, by her own choices (Neutrality 7): her address only
 * when she publishes it (otherwise her commune alone), her phone and email only when she did
 * not object to their publication.
 */
export function publishedContact(
	match: Pick<
		DirectoryMatch,
		'address' | 'addressPublication' | 'phone' | 'email' | 'contactsObjection'
	>
): { address: string | null; phone: string | null; email: string | null } {
	const address =
		match.addressPublication === 'full_address' && match.address.trim() !== ''
			? match.address
			: null;
	return match.contactsObjection
		? { address, phone: null, email: null }
		: { address, phone: match.phone, email: match.email };
}

const t = m.directorySearch.freePlace;

/** The days and hours of a place, consecutive days with the same hours grouped. */
export function scheduleWords(schedule: Partial<WeeklySchedule>): string {
	return scheduleRuns(schedule)
		.map((run) =>
			t.hours(t.range(t.days[run.first] ?? '', t.days[run.last] ?? ''), run.start, run.end)
		)
		.join(', ');
}

/** One free place in French: ages, from when, regular or not, days and hours. */
export const freePlaceWords = (place: FreePlace): string =>
	t.text(
		t.ages(place.ageMinMonths, place.ageMaxMonths),
		place.availableFrom,
		place.regularity === 'regular',
		scheduleWords(place.weeklySchedule)
	);

/** A match as a family's list shows it, frozen in the list's snapshot. */
export function toFamilyListEntry(match: DirectoryMatch): FamilyListEntry {
	const contact = publishedContact(match);
	return {
		childminderId: match.id,
		name: `${match.firstName} ${match.lastName}`,
		workSetting: match.workSetting,
		mamName: match.mamName,
		communeName: match.communeName,
		address: contact.address,
		phone: contact.phone,
		email: contact.email,
		distanceKm: match.distanceKm === null ? null : Math.round(match.distanceKm * 10) / 10,
		availability: match.availability,
		freePlaces: match.freePlaces.map(freePlaceWords),
		places: match.freePlaces.map(
			({ ageMinMonths, ageMaxMonths, availableFrom, regularity, weeklySchedule }) => ({
				ageMinMonths,
				ageMaxMonths,
				availableFrom,
				regularity,
				weeklySchedule
			})
		),
		offer: offerFlags.filter((flag) => match.offer[flag] === true),
		languages: match.languages
	};
}
