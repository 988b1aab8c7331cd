/**
 * The closed lists of the directory, shared by the pages (client), the server and the
 * database enums. Everything a list can be filtered or ordered on is here: the objective
 * criteria of the national reference, and nothing else (no rating, note or preference).
 */
import type { Regularity, WeeklySchedule } from '../childcare-request-options';

export const childminderStatuses = ['active', 'suspended', 'stopped'] as const;
export type ChildminderStatus = (typeof childminderStatuses)[number];

/** At her home, or in a maison d'assistants maternels. */
export const workSettings = ['home', 'mam'] as const;
export type WorkSetting = (typeof workSettings)[number];

/** What a list may show of where she works: the address, or only the commune. */
export const addressPublications = ['full_address', 'commune_only'] as const;
export type AddressPublication = (typeof addressPublications)[number];

/** The other care of the territory, shown beside the childminders, never opposed to them. */
export const careStructureKinds = [
	'creche',
	'multi_accueil',
	'micro_creche',
	'creche_familiale',
	'home_care_service',
	'accueil_loisirs'
] as const;
export type CareStructureKind = (typeof careStructureKinds)[number];

/**
 * What describes another kind of care, whoever writes it: an imported line, the demo, the
 * relay admin's form. `externalRef` is the key of the list it came from.
 */
export interface CareStructureFields {
	kind: CareStructureKind;
	name: string;
	communeInsee: string;
	address: string;
	ageMinMonths: number | null;
	ageMaxMonths: number | null;
	hours: string;
	capacity: number | null;
	phone: string | null;
	email: string | null;
	website: string | null;
}

export const directoryImportKinds = ['childminders', 'structures'] as const;
export type DirectoryImportKind = (typeof directoryImportKinds)[number];

/** uploaded (columns being mapped) → running → done | failed; or cancelled before running. */
export const directoryImportStatuses = [
	'uploaded',
	'running',
	'done',
	'failed',
	'cancelled'
] as const;
export type DirectoryImportStatus = (typeof directoryImportStatuses)[number];

/** The only orders a list may have: a key the family chooses, or a seeded rotation. */
export const listOrders = ['rotation', 'distance', 'name'] as const;
export type ListOrder = (typeof listOrders)[number];

/** Objective offer flags a childminder declares (the national reference's list). */
export const offerFlags = [
	'periscolaire',
	'wednesdays',
	'school_holidays',
	'before_7',
	'after_19',
	'saturday',
	'sunday',
	'night',
	'disability_welcome',
	'part_time'
] as const;
export type OfferFlag = (typeof offerFlags)[number];
export type ChildminderOffer = Partial<Record<OfferFlag, boolean>>;

/** The atypical hours a search may require (each one must be offered). */
export const atypicalOffers = ['before_7', 'after_19', 'saturday', 'sunday', 'night'] as const;
export type AtypicalOffer = (typeof atypicalOffers)[number];

/**
 * The closed set of objective filters of a directory search. Absent means "not filtered".
 * `near` and `communeInsee` are alternatives (a commune, or a distance from one).
 */
export interface DirectoryFilters {
	communeInsee?: string;
	near?: { communeInsee: string; maxKm: number };
	/** Birth date (or expected birth date) of the child: with startDate, the age at the start. */
	childBirthDate?: string;
	startDate?: string;
	/** Days and hours the care must cover (end ≤ start: overnight). */
	schedule?: Partial<WeeklySchedule>;
	atypical?: AtypicalOffer[];
	periscolaire?: boolean;
	disabilityWelcome?: boolean;
	/** Free places needed at once, for siblings (2 to 4). */
	siblings?: number;
	workSetting?: WorkSetting;
}

/** One free place as she declares it: for which ages (months, max excluded), from when, when. */
export interface FreePlaceFields {
	ageMinMonths: number;
	/** Null: no upper age. */
	ageMaxMonths: number | null;
	availableFrom: string;
	regularity: Regularity;
	weeklySchedule: WeeklySchedule;
}

/** Whether her availability can be relied on: declared and valid, or "à confirmer". */
export const availabilityStates = ['declared', 'to_confirm'] as const;
export type AvailabilityState = (typeof availabilityStates)[number];

/** The filters as stored with a list handed to a family. */
export type FamilyListFilters = DirectoryFilters;

/** One childminder as a list showed her, frozen in the snapshot. */
export interface FamilyListEntry {
	childminderId: string;
	name: string;
	workSetting: WorkSetting;
	mamName: string | null;
	communeName: string;
	/** Null when she publishes only her commune. */
	address: string | null;
	/** Null when she objected to the publication of her contacts. */
	phone: string | null;
	email: string | null;
	distanceKm: number | null;
	availability: AvailabilityState;
	/** Her declared free places, worded in French ("1 place de 0 à 3 ans dès le …"). */
	freePlaces: string[];
	/**
	 * The same places as data, so that a family page words them in its language (lists given
	 * before this field existed have only the French words).
	 */
	places?: FreePlaceFields[];
	offer: OfferFlag[];
	languages: string[];
}

/** Another kind of care shown beside the childminders (a MAM is listed here too). */
export interface FamilyListStructure {
	id: string;
	kind: CareStructureKind | 'mam';
	name: string;
	communeName: string;
	address: string;
	ages: string;
	hours: string;
	capacity: number | null;
	phone: string | null;
	email: string | null;
	website: string | null;
}

/** One refused line of an import: its number in the file (the header is line 1) and why. */
export interface DirectoryImportLineError {
	line: number;
	reason: string;
}

/**
 * The age bands a childminder picks for a free place, in months: from `min` (inclusive) to
 * `max` (exclusive; null: no upper age). A closed list, so that her declarations and the
 * search speak the same bands.
 */
export const availabilityAgeBands = {
	under_18m: { min: 0, max: 18 },
	from_18m_to_3y: { min: 18, max: 36 },
	from_0_to_3y: { min: 0, max: 36 },
	from_3y: { min: 36, max: null }
} as const satisfies Record<string, { min: number; max: number | null }>;
export type AvailabilityAgeBand = keyof typeof availabilityAgeBands;
export const availabilityAgeBandKeys = Object.keys(availabilityAgeBands) as [
	AvailabilityAgeBand,
	...AvailabilityAgeBand[]
];

/** The band of a stored place, when it is one of the list (older imports may hold others). */
export function ageBandOf(min: number, max: number | null): AvailabilityAgeBand | null {
	for (const key of availabilityAgeBandKeys) {
		const band = availabilityAgeBands[key];
		if (band.min === min && band.max === max) return key;
	}
	return null;
}
