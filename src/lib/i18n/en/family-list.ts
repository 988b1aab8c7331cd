import type { familyList as fr } from '../fr/family-list';
import type {
	AvailabilityState,
	CareStructureKind,
	FreePlaceFields,
	OfferFlag
} from '$lib/directory/directory-options';
import { scheduleRuns } from '$lib/directory/schedule-runs';
import { formatsFor } from '$lib/format/locale-formats';

/** A distance with at most one decimal: "2.5 km", "12 km". */
const kilometres = (km: number) => `${Math.round(km * 10) / 10} km`;
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const f = formatsFor('en');
const age = (months: number) =>
	months > 0 && months % 12 === 0
		? counted(months / 12, 'year', 'years')
		: counted(months, 'month', 'months');
const ages = (min: number, max: number | null) =>
	max === null
		? min === 0
			? 'all ages'
			: `from ${age(min)}`
		: min === 0
			? `up to ${age(max)}`
			: `from ${age(min)} to ${age(max)}`;
const shortDays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * Texts of the list handed to a family, as the family reads it (see the French module). The
 * list never ranks or recommends: the sentence that presents it says so.
 */
export const familyList: typeof fr = {
	neutralIntro:
		'Here are the approved childminders of the area who match the facts of your request (town or distance, age of the child, start date and hours). The order of the list is not a preference of the Relais. You choose, and you contact them yourself.',
	otherCareIntro:
		'There are other types of childcare in the area too: nurseries (crèches), small nurseries (micro-crèches), childminders linked to a nursery (crèches familiales), childminders’ houses (MAM), carers at home and holiday clubs. They are all possible: you can contact them too.',
	toConfirm: 'Check if there is a place',
	toConfirmHint:
		'This childminder has not told us about free places recently. Ask the childminder directly.',
	declared: 'Free places told to the Relais',
	contactsNotPublished:
		'Contact details not published. Contact the Relais to reach this childminder.',
	atMam: (name: string) => `In a childminders’ house (MAM): ${name}`,
	atHome: 'At home',
	distance: (km: number) => `${kilometres(km)} away`,
	labelEnd: ': ',
	listSeparator: ', ',
	phone: 'Phone',
	email: 'Email',
	address: 'Address',
	commune: 'Town',
	freePlaces: 'Free places',
	freePlace: (place: FreePlaceFields) => {
		const hours = scheduleRuns(place.weeklySchedule)
			.map((run) => {
				const first = shortDays[run.first] ?? '';
				const last = shortDays[run.last] ?? '';
				const days = first === last ? first : `${first}–${last}`;
				const night = run.end <= run.start ? ' (night)' : '';
				return `${days} ${f.timeRange(run.start, run.end)}${night}`;
			})
			.join(', ');
		const care = place.regularity === 'regular' ? 'regular care' : 'occasional care';
		return `1 place, ${ages(place.ageMinMonths, place.ageMaxMonths)}, from ${f.date(place.availableFrom)}, ${care}${hours ? `: ${hours}` : ''}`;
	},
	noFreePlace: 'No free place at the moment.',
	offer: 'Care offered',
	languages: 'Languages spoken',
	ages: 'Ages',
	hours: 'Hours',
	capacity: (places: number) => counted(places, 'place', 'places'),
	website: 'Website',
	availability: {
		declared: 'Free places told to the Relais',
		to_confirm: 'Check if there is a place'
	} satisfies Record<AvailabilityState, string>,
	offerFlags: {
		periscolaire: 'around school hours',
		wednesdays: 'on Wednesdays',
		school_holidays: 'during school holidays',
		before_7: 'before 7:00',
		after_19: 'after 19:00',
		saturday: 'on Saturdays',
		sunday: 'on Sundays',
		night: 'at night',
		disability_welcome: 'children with a disability welcome',
		part_time: 'part time'
	} satisfies Record<OfferFlag, string>,
	structureKinds: {
		creche: 'Nursery (crèche)',
		multi_accueil: 'Nursery (multi-accueil)',
		micro_creche: 'Small nursery (micro-crèche)',
		creche_familiale: 'Childminders linked to a nursery (crèche familiale)',
		home_care_service: 'Home care service',
		accueil_loisirs: 'Holiday and after-school club',
		mam: 'Childminders’ house (MAM)'
	} satisfies Record<CareStructureKind | 'mam', string>,
	childmindersTitle: 'Childminders',
	otherCareTitle: 'Other childcare in the area',
	noChildminder:
		'No childminder matches all the facts of your request. The Relais can look wider with you.',
	noStructure: 'No other childcare is listed for the area.',
	count: (n: number) => (n === 0 ? 'No childminder' : counted(n, 'childminder', 'childminders')),

	tracking: {
		title: 'Lists given by the Relais',
		givenOn: (date: string) => `List given on ${date}`
	}
};
