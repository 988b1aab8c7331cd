import {
	availabilityAgeBands,
	careStructureKinds,
	offerFlags,
	type ChildminderOffer,
	type OfferFlag
} from '../../../src/lib/directory/directory-options';
import { addDays, addYears } from '../../../src/lib/time/calendar-date';
import {
	careStructures,
	childminderAvailabilities,
	childminders,
	mams
} from '../../../src/lib/server/db/schema';
import type { Database } from '../../../src/lib/server/db/types';
import { bulkInsert } from '../../../src/lib/server/seed/bulk-insert';
import { prng, weightedPicker, type Random } from '../../../src/lib/server/seed/demo-random';
import {
	CHILDMINDER_FIRST_NAMES,
	CHILDMINDER_LANGUAGES,
	CHILDMINDER_LAST_NAMES,
	CHILDMINDER_MALE_FIRST_NAMES,
	STREETS
} from '../../../src/lib/server/seed/demo-directory-words';
import { asciiSlug } from '../../../src/lib/server/seed/demo-request-words';
import { drawFreePlaceWeek } from '../../../src/lib/server/seed/demo-directory-draw';
import { md5Uuid, rows } from './sql-tools';
import type { BenchTimeline } from './timeline';
import type { BenchScale } from './scales';

/**
 * The directory as an import and the childminders' own declarations leave it: childminders
 * over the served communes in proportion to their population (a few in MAMs), each with her
 * offer and, for most, free places she declared (about 55 % still valid, 25 % past their
 * validity, 20 % never declared: the demo's proportions), and the crèches and other care of
 * the territory. Drawn in JavaScript with the demo's seeded PRNG (10,000 rows go in a few
 * bulk inserts), so the same scale and anchor give the same directory.
 */
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
const AGE_BANDS = Object.values(availabilityAgeBands);
const MAM_NAMES = ['Les P’tits Loups', 'Pirouette', 'Les Lucioles', 'À petits pas', 'Les Galopins'];
const STRUCTURE_NAMES: Record<(typeof careStructureKinds)[number], string> = {
	creche: 'Crèche',
	multi_accueil: 'Multi-accueil',
	micro_creche: 'Micro-crèche',
	creche_familiale: 'Crèche familiale',
	home_care_service: 'Service d’aide à domicile',
	accueil_loisirs: 'Accueil de loisirs'
};

export async function buildDirectory(
	db: Database,
	scale: BenchScale,
	timeline: BenchTimeline
): Promise<void> {
	const communes = await rows<{ insee: string; population: number | null; name: string }>(
		db,
		`select insee_code as insee, population, name from communes
		where relay_id is not null order by insee_code`
	);
	if (communes.length === 0) throw new Error('buildDirectory: no served commune');
	const random = prng(20_261_203);
	const pickCommune = weightedPicker(communes.map((c) => Math.max(1, c.population ?? 0)));
	const communeOf = (r: Random) => {
		const commune = communes[pickCommune(r)];
		if (!commune) throw new Error('buildDirectory: commune out of range');
		return commune;
	};
	const today = timeline.anchorDay;

	// About 6 % of childminders work in a MAM, three by three.
	const mamCount = Math.max(1, Math.round((scale.childminders * 0.06) / 3));
	const mamRows = Array.from({ length: mamCount }, (_, index) => {
		const commune = communeOf(random);
		return {
			id: md5Uuid(`bench-mam:${index}`),
			name: `MAM ${random.pick(MAM_NAMES)} ${index + 1}`,
			address: `${random.int(1, 60)} ${random.pick(STREETS)}`,
			communeInsee: commune.insee,
			createdAt: timeline.now
		};
	});
	await bulkInsert(db, mams, mamRows);

	const minderRows: (typeof childminders.$inferInsert)[] = [];
	const placeRows: (typeof childminderAvailabilities.$inferInsert)[] = [];
	for (let index = 0; index < scale.childminders; index++) {
		const mam = index < mamCount * 3 ? mamRows[Math.floor(index / 3)] : undefined;
		const communeInsee = mam ? mam.communeInsee : communeOf(random).insee;
		const firstName = random.chance(0.03)
			? random.pick(CHILDMINDER_MALE_FIRST_NAMES)
			: random.pick(CHILDMINDER_FIRST_NAMES);
		const lastName = random.pick(CHILDMINDER_LAST_NAMES);
		const granted = addDays(`${random.int(1996, 2025)}-01-01`, random.int(0, 364));
		let renewal = addYears(granted, 5);
		while (renewal <= today) renewal = addYears(renewal, 5);
		const size = random.next();
		const placesTotal = size < 0.05 ? 1 : size < 0.17 ? 2 : size < 0.55 ? 3 : 4;
		const offer: ChildminderOffer = {};
		for (const flag of offerFlags) offer[flag] = random.chance(OFFER_FREQUENCY[flag]);
		const statusDraw = random.next();
		const status = statusDraw < 0.03 ? 'suspended' : statusDraw < 0.06 ? 'stopped' : 'active';
		const id = md5Uuid(`bench-childminder:${index}`);
		const declaration = random.next();
		const declaredOn =
			declaration < 0.55
				? addDays(today, -random.int(1, 150))
				: declaration < 0.8
					? addDays(today, -random.int(200, 540))
					: null;
		const validUntil = declaredOn ? addDays(declaredOn, 182) : null;
		minderRows.push({
			id,
			licenceNumber: `${scale.departement}-AM-${String(100_000 + index).padStart(6, '0')}`,
			licenceGrantedOn: granted,
			licenceRenewalOn: renewal,
			lastName,
			firstName,
			placesTotal,
			placesUnder3: placesTotal > 1 && random.chance(0.3) ? placesTotal - 1 : placesTotal,
			workSetting: mam ? 'mam' : 'home',
			mamId: mam?.id ?? null,
			address: mam ? mam.address : `${random.int(1, 64)} ${random.pick(STREETS)}`,
			communeInsee,
			addressPublication: random.chance(mam ? 0.8 : 0.2) ? 'full_address' : 'commune_only',
			phone: random.chance(0.97) ? `+336${String(20_000_000 + index)}` : null,
			email: random.chance(0.95)
				? `${asciiSlug(firstName)}.${asciiSlug(lastName)}.${index}@am.${'banc.guichet.test'}`
				: null,
			contactsObjection: random.chance(0.1),
			offer,
			languages: random.chance(0.12) ? [random.pick(CHILDMINDER_LANGUAGES)] : [],
			status,
			statusChangedAt: new Date(`${granted}T09:00:00Z`),
			availabilityDeclaredAt: declaredOn ? new Date(`${declaredOn}T18:15:00Z`) : null,
			availabilityValidUntil: validUntil,
			createdAt: timeline.now,
			updatedAt: timeline.now
		});
		if (!declaredOn || !validUntil) continue;
		const count = Math.min(placesTotal, random.chance(0.7) ? 1 : 2);
		for (let place = 0; place < count; place++) {
			const band =
				offer.periscolaire && random.chance(0.3)
					? { min: 36, max: null }
					: random.pick(AGE_BANDS);
			placeRows.push({
				childminderId: id,
				ageMinMonths: band.min,
				ageMaxMonths: band.max,
				availableFrom: random.chance(0.3) ? declaredOn : addDays(declaredOn, random.int(14, 210)),
				regularity: random.chance(0.85) ? 'regular' : 'occasional',
				weeklySchedule: drawFreePlaceWeek(random, offer),
				declaredOn: new Date(`${declaredOn}T18:15:00Z`),
				validUntil
			});
		}
	}
	await bulkInsert(db, childminders, minderRows);
	await bulkInsert(db, childminderAvailabilities, placeRows);

	// One structure for every four served communes, in the larger ones first.
	const byPopulation = [...communes].sort(
		(a, b) => (b.population ?? 0) - (a.population ?? 0) || a.insee.localeCompare(b.insee)
	);
	const structureRows = byPopulation
		.slice(0, Math.max(1, Math.ceil(communes.length / 4)))
		.map((commune, index) => {
			const kind = careStructureKinds[index % careStructureKinds.length] ?? 'creche';
			return {
				externalRef: `BANC-${commune.insee}-${index}`,
				kind,
				name: `${STRUCTURE_NAMES[kind]} de ${commune.name}`,
				address: `${random.int(1, 40)} ${random.pick(STREETS)}`,
				communeInsee: commune.insee,
				ageMinMonths: kind === 'accueil_loisirs' ? 36 : 2,
				ageMaxMonths: kind === 'accueil_loisirs' ? 144 : 36,
				hours: 'lundi–vendredi 7 h 30–18 h 30',
				capacity: random.int(10, 60),
				updatedAt: timeline.now
			};
		});
	await bulkInsert(db, careStructures, structureRows);
}
