import { weekDays, type WeeklySchedule } from '$lib/childcare-request-options';
import {
	type FreePlaceFields,
	offerFlags,
	type AddressPublication,
	type ChildminderOffer,
	type ChildminderStatus,
	type OfferFlag
} from '$lib/directory/directory-options';
import { addDays, addYears } from '$lib/time/calendar-date';
import { prng, weightedPicker, type Random } from './demo-random';
import { asciiSlug } from './demo-request-words';
import {
	CHILDMINDER_FIRST_NAMES,
	CHILDMINDER_LANGUAGES,
	CHILDMINDER_LAST_NAMES,
	CHILDMINDER_MALE_FIRST_NAMES,
	DEMO_MAMS,
	STREETS
} from './demo-directory-words';

/**
 * Draws the fictional childminders of the demo directory: pure and deterministic (a seeded
 * PRNG), so the same anchor and communes give the same childminders on every machine.
 * `demo-directory.ts` stores them.
 */
export const DEMO_CHILDMINDER_COUNT = 300;
export const DEMO_CHILDMINDER_EMAIL_DOMAIN = 'am.rpe-demo.test';

/**
 * Four ordinary childminders kept for the end-to-end tests (tests/e2e/helpers/childminders.ts
 * copies them): active, at home in a Vilaine Ouest commune, availability never declared,
 * contacts published. The first two are the self-declaration spec's (one per Playwright
 * project), the last two are spares.
 */
export const RESERVED_DEMO_CHILDMINDERS = [
	{
		licenceNumber: '35-AM-003184',
		firstName: 'Sandrine',
		lastName: 'Le Hénaff',
		communeInsee: '35047', // Bruz
		address: '17 rue des Rosiers'
	},
	{
		licenceNumber: '35-AM-005927',
		firstName: 'Gwénola',
		lastName: 'Piriou',
		communeInsee: '35240', // Le Rheu
		address: '8 allée des Fauvettes'
	},
	{
		licenceNumber: '35-AM-002761',
		firstName: 'Isabelle',
		lastName: 'Gaudin',
		communeInsee: '35210', // Pacé
		address: '31 rue du Pont de Pacé'
	},
	{
		licenceNumber: '35-AM-006402',
		firstName: 'Laëtitia',
		lastName: 'Chevrel',
		communeInsee: '35196', // Mordelles
		address: '5 impasse des Tilleuls'
	}
].map((c) => ({
	...c,
	email: `${asciiSlug(c.firstName)}.${asciiSlug(c.lastName)}@${DEMO_CHILDMINDER_EMAIL_DOMAIN}`
}));

export type DemoFreePlace = FreePlaceFields;

export interface DemoChildminder {
	licenceNumber: string;
	licenceGrantedOn: string;
	licenceRenewalOn: string;
	firstName: string;
	lastName: string;
	placesTotal: number;
	placesUnder3: number;
	/** Index in DEMO_MAMS, or null: at home. */
	mamIndex: number | null;
	address: string;
	communeInsee: string;
	addressPublication: AddressPublication;
	phone: string | null;
	email: string | null;
	contactsObjection: boolean;
	offer: ChildminderOffer;
	languages: string[];
	status: ChildminderStatus;
	statusChangedAt: Date;
	/** Null: never declared. Otherwise her declaration and its free places (stale or not). */
	availability: { declaredAt: Date; validUntil: string; places: DemoFreePlace[] } | null;
}

/** How often each offer flag is declared. */
const OFFER_FREQUENCY: Record<OfferFlag, number> = {
	periscolaire: 0.35,
	wednesdays: 0.6,
	school_holidays: 0.55,
	before_7: 0.1,
	after_19: 0.1,
	saturday: 0.04,
	sunday: 0.01,
	night: 0.01,
	disability_welcome: 0.15,
	part_time: 0.5
};

/** The age bands a free place is declared for, in months (max exclusive, null: no limit). */
const AGE_BANDS: readonly [number, number | null][] = [
	[0, 36],
	[0, 36],
	[0, 36],
	[0, null],
	[3, 36],
	[12, 36],
	[18, null],
	[24, 72]
];
const PERISCOLAIRE_BAND: [number, number] = [36, 132];

/** A declaration holds six months. */
const VALIDITY_DAYS = 182;

function schedule(
	days: readonly (typeof weekDays)[number][],
	start: string,
	end: string
): WeeklySchedule {
	const week = Object.fromEntries(weekDays.map((d) => [d, null])) as WeeklySchedule;
	for (const day of days) week[day] = { start, end };
	return week;
}

function drawOffer(random: Random): ChildminderOffer {
	const offer: ChildminderOffer = {};
	for (const flag of offerFlags) offer[flag] = random.chance(OFFER_FREQUENCY[flag]);
	return offer;
}

/**
 * The week of a declared free place: weekdays from early or usual hours to usual or late ones
 * as the childminder's offer says, Saturday, Sunday or nights when she offers them. The demo
 * and the benchmark's dataset draw their places with it.
 */
export function drawFreePlaceWeek(random: Random, offer: ChildminderOffer): WeeklySchedule {
	const dayShape = random.next();
	const days =
		dayShape < 0.6
			? (['mon', 'tue', 'wed', 'thu', 'fri'] as const)
			: dayShape < 0.85
				? (['mon', 'tue', 'thu', 'fri'] as const)
				: (['mon', 'tue', 'wed', 'thu'] as const);
	const start =
		offer.before_7 && random.chance(0.7)
			? random.pick(['06:00', '06:30'])
			: random.pick(['07:30', '07:45', '08:00', '08:30']);
	const end =
		offer.after_19 && random.chance(0.7)
			? random.pick(['20:00', '20:30'])
			: random.pick(['17:30', '18:00', '18:30', '19:00']);
	const week = schedule(days, start, end);
	if (offer.saturday) week.sat = { start: '08:00', end: '13:00' };
	if (offer.sunday) week.sun = { start: '09:00', end: '17:00' };
	// A night place: the evening to the next morning (end ≤ start), on weekdays.
	if (offer.night)
		for (const day of ['mon', 'tue', 'wed', 'thu'] as const)
			week[day] = { start: '19:00', end: '07:00' };
	return week;
}

function drawFreePlace(random: Random, offer: ChildminderOffer, declaredOn: string): DemoFreePlace {
	const [min, max] =
		offer.periscolaire && random.chance(0.3) ? PERISCOLAIRE_BAND : random.pick(AGE_BANDS);
	const week = drawFreePlaceWeek(random, offer);
	return {
		ageMinMonths: min,
		ageMaxMonths: max,
		// Free now, or from a date over the next months (a child leaving for school…).
		availableFrom: random.chance(0.3) ? declaredOn : addDays(declaredOn, random.int(14, 210)),
		regularity: random.chance(0.85) ? 'regular' : 'occasional',
		weeklySchedule: week
	};
}

function drawAvailability(
	random: Random,
	anchor: string,
	offer: ChildminderOffer,
	placesTotal: number
): DemoChildminder['availability'] {
	const kind = random.next();
	if (kind >= 0.8) return null; // never declared (about 20 %)
	// Declared within the last five months (valid), or 7 to 18 months ago (stale).
	const declaredOn =
		kind < 0.55 ? addDays(anchor, -random.int(1, 150)) : addDays(anchor, -random.int(200, 540));
	const count = Math.min(placesTotal, random.chance(0.7) ? 1 : 2);
	const places = Array.from({ length: count }, () => drawFreePlace(random, offer, declaredOn));
	return {
		declaredAt: new Date(`${declaredOn}T${String(random.int(7, 20)).padStart(2, '0')}:15:00Z`),
		validUntil: addDays(declaredOn, VALIDITY_DAYS),
		places
	};
}

function drawLicence(random: Random, anchor: string) {
	const granted = addDays(`${random.int(1996, 2025)}-01-01`, random.int(0, 364));
	// Renewed every five years: the next renewal after the anchor.
	let renewal = addYears(granted, 5);
	while (renewal <= anchor) renewal = addYears(renewal, 5);
	return { granted, renewal };
}

/**
 * The demo childminders: the reserved four, the members of each MAM, and the rest at home in
 * the given communes (every commune gets at least three, the others follow the population).
 */
export function drawDemoDirectory(
	anchor: string,
	communes: readonly { inseeCode: string; population: number }[]
): DemoChildminder[] {
	const random = prng(20_261_202);
	const usedLicences = new Set(RESERVED_DEMO_CHILDMINDERS.map((c) => c.licenceNumber));
	const usedEmails = new Set(RESERVED_DEMO_CHILDMINDERS.map((c) => c.email));
	const mamCount = DEMO_MAMS.reduce((n, m) => n + m.members, 0);
	const homeCount = DEMO_CHILDMINDER_COUNT - RESERVED_DEMO_CHILDMINDERS.length - mamCount;

	const homeCommunes = communes.flatMap((c) => [c.inseeCode, c.inseeCode, c.inseeCode]);
	const pickCommune = weightedPicker(communes.map((c) => c.population));
	while (homeCommunes.length < homeCount) {
		const commune = communes[pickCommune(random)];
		if (commune) homeCommunes.push(commune.inseeCode);
	}

	const licenceNumber = () => {
		for (;;) {
			const number = `35-AM-${String(random.int(1_000, 9_999)).padStart(6, '0')}`;
			if (!usedLicences.has(number)) {
				usedLicences.add(number);
				return number;
			}
		}
	};
	const email = (first: string, last: string) => {
		const base = `${asciiSlug(first)}.${asciiSlug(last)}`;
		let candidate = base;
		for (let n = 2; usedEmails.has(candidate); n++) candidate = `${base}${n}`;
		usedEmails.add(candidate);
		return `${candidate}@${DEMO_CHILDMINDER_EMAIL_DOMAIN}`;
	};

	const draw = (communeInsee: string, mamIndex: number | null): DemoChildminder => {
		const licence = drawLicence(random, anchor);
		const firstName = random.chance(0.03)
			? random.pick(CHILDMINDER_MALE_FIRST_NAMES)
			: random.pick(CHILDMINDER_FIRST_NAMES);
		const lastName = random.pick(CHILDMINDER_LAST_NAMES);
		const size = random.next();
		const placesTotal = size < 0.05 ? 1 : size < 0.17 ? 2 : size < 0.55 ? 3 : 4;
		const placesUnder3 = placesTotal > 1 && random.chance(0.3) ? placesTotal - 1 : placesTotal;
		const offer = drawOffer(random);
		const statusDraw = random.next();
		const status: ChildminderStatus =
			statusDraw < 0.03 ? 'suspended' : statusDraw < 0.06 ? 'stopped' : 'active';
		const mam = mamIndex === null ? null : DEMO_MAMS[mamIndex];
		const streetNumber = random.int(1, 64);
		const languages = random.chance(0.12) ? [random.pick(CHILDMINDER_LANGUAGES)] : [];
		const hasEmail = random.chance(0.95);
		const hasPhone = random.chance(0.97);
		return {
			licenceNumber: licenceNumber(),
			licenceGrantedOn: licence.granted,
			licenceRenewalOn: licence.renewal,
			firstName,
			lastName,
			placesTotal,
			placesUnder3,
			mamIndex,
			address: mam ? mam.address : `${streetNumber} ${random.pick(STREETS)}`,
			communeInsee,
			// A MAM is a public place: most of its childminders publish its address.
			addressPublication: random.chance(mam ? 0.8 : 0.2) ? 'full_address' : 'commune_only',
			phone: hasPhone ? `+336${String(random.int(10_000_000, 99_999_999))}` : null,
			email: hasEmail ? email(firstName, lastName) : null,
			contactsObjection: random.chance(0.1),
			offer,
			languages,
			status,
			statusChangedAt:
				status === 'active'
					? new Date(`${licence.granted}T09:00:00Z`)
					: new Date(`${addDays(anchor, -random.int(10, 300))}T09:00:00Z`),
			availability: drawAvailability(random, anchor, offer, placesTotal)
		};
	};

	const reserved: DemoChildminder[] = RESERVED_DEMO_CHILDMINDERS.map((c, index) => ({
		licenceNumber: c.licenceNumber,
		licenceGrantedOn: addDays('2012-03-01', index * 97),
		licenceRenewalOn: addDays('2027-03-01', index * 97),
		firstName: c.firstName,
		lastName: c.lastName,
		placesTotal: 4,
		placesUnder3: 3,
		mamIndex: null,
		address: c.address,
		communeInsee: c.communeInsee,
		addressPublication: 'commune_only',
		phone: `+33611${String(223_340 + index).padStart(6, '0')}`,
		email: c.email,
		contactsObjection: false,
		offer: {
			periscolaire: index % 2 === 0,
			wednesdays: true,
			school_holidays: true,
			before_7: false,
			after_19: false,
			saturday: false,
			sunday: false,
			night: false,
			disability_welcome: false,
			part_time: true
		},
		languages: [],
		status: 'active',
		statusChangedAt: new Date(`${addDays('2012-03-01', index * 97)}T09:00:00Z`),
		availability: null
	}));
	const atHome = homeCommunes.slice(0, homeCount).map((insee) => draw(insee, null));
	const inMams = DEMO_MAMS.flatMap((mam, index) =>
		Array.from({ length: mam.members }, () => draw(mam.communeInsee, index))
	);
	return [...reserved, ...atHome, ...inMams];
}
