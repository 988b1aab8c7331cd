import { formatKm } from '$lib/format/numbers';
import type {
	AvailabilityState,
	CareStructureKind,
	FreePlaceFields,
	OfferFlag
} from '$lib/directory/directory-options';
import { scheduleRuns } from '$lib/directory/schedule-runs';
import { directorySearch } from './directory-search';
import { counted } from './plural';

/**
 * Texts of the list handed to a family, as the family reads it: on its tracking page, on the
 * printed list and in the mail (the staff's preparation is in `family-list-staff.ts`). The list never ranks or recommends: the
 * sentence that presents it says so, and presents every kind of care without opposing them.
 */
export const familyList = {
	/** Said wherever the list is shown to the family (page, print, mail). */
	neutralIntro:
		'Voici les assistantes et assistants maternels agréés du territoire qui correspondent à votre demande (commune ou distance, âge de l’enfant, date et horaires). L’ordre de la liste ne traduit aucune préférence du relais. C’est vous qui choisissez et qui les contactez.',
	otherCareIntro:
		'Il existe aussi d’autres modes d’accueil sur le territoire : crèches, micro-crèches, crèches familiales, maisons d’assistants maternels (MAM), garde à domicile, accueils de loisirs. Ils ne s’opposent pas : vous pouvez les contacter aussi.',
	toConfirm: 'Disponibilité à confirmer',
	toConfirmHint: 'Ses places libres n’ont pas été déclarées récemment. Demandez-lui directement.',
	declared: 'Disponibilités déclarées',
	contactsNotPublished: 'Coordonnées non publiées : contactez le relais pour la joindre.',
	atMam: (name: string) => `En MAM : ${name}`,
	atHome: 'À son domicile',
	distance: (km: number) => `à ${formatKm(km)}`,
	/** After a label, before its value: "Téléphone : 02 99 …". */
	labelEnd: ' : ',
	listSeparator: ', ',
	phone: 'Téléphone',
	email: 'Courriel',
	address: 'Adresse',
	commune: 'Commune',
	freePlaces: 'Places libres déclarées',
	/** One free place: the very words of the staff's directory (`freePlaceWords`). */
	freePlace: (place: FreePlaceFields) => {
		const w = directorySearch.freePlace;
		const hours = scheduleRuns(place.weeklySchedule)
			.map((run) =>
				w.hours(w.range(w.days[run.first] ?? '', w.days[run.last] ?? ''), run.start, run.end)
			)
			.join(', ');
		const ages = w.ages(place.ageMinMonths, place.ageMaxMonths);
		return w.text(ages, place.availableFrom, place.regularity === 'regular', hours);
	},
	noFreePlace: 'Aucune place libre déclarée.',
	offer: 'Accueil proposé',
	languages: 'Langues parlées',
	ages: 'Âges',
	hours: 'Horaires',
	capacity: (places: number) => counted(places, 'place', 'places'),
	website: 'Site',
	availability: {
		declared: 'Disponibilités déclarées',
		to_confirm: 'Disponibilité à confirmer'
	} satisfies Record<AvailabilityState, string>,
	offerFlags: {
		periscolaire: 'périscolaire',
		wednesdays: 'le mercredi',
		school_holidays: 'pendant les vacances scolaires',
		before_7: 'avant 7 h',
		after_19: 'après 19 h',
		saturday: 'le samedi',
		sunday: 'le dimanche',
		night: 'la nuit',
		disability_welcome: 'accueil d’un enfant en situation de handicap',
		part_time: 'temps partiel'
	} satisfies Record<OfferFlag, string>,
	structureKinds: {
		creche: 'Crèche',
		multi_accueil: 'Multi-accueil',
		micro_creche: 'Micro-crèche',
		creche_familiale: 'Crèche familiale',
		home_care_service: 'Service de garde à domicile',
		accueil_loisirs: 'Accueil de loisirs (périscolaire)',
		mam: 'Maison d’assistants maternels (MAM)'
	} satisfies Record<CareStructureKind | 'mam', string>,
	childmindersTitle: 'Les assistantes et assistants maternels',
	otherCareTitle: 'Les autres modes d’accueil du territoire',
	noChildminder:
		'Aucune assistante ou aucun assistant maternel ne correspond à tous les critères. Le relais peut élargir la recherche avec vous.',
	noStructure: 'Aucun autre mode d’accueil n’est enregistré pour le territoire.',
	count: (n: number) =>
		n === 0
			? 'Aucune assistante ou assistant maternel'
			: counted(n, 'assistante ou assistant maternel', 'assistantes et assistants maternels'),

	tracking: {
		title: 'Les listes remises par le relais',
		givenOn: (date: string) => `Liste remise le ${date}`
	}
};
