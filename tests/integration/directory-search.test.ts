import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { communes } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import type { DirectoryFilters, ListOrder } from '../../src/lib/directory/directory-options';
import {
	searchDirectory,
	searchDirectoryReport,
	type DirectoryMatch
} from '../../src/lib/server/directory/search/search-directory';
import { haversineKm } from '../../src/lib/server/directory/search/matching';
import {
	publishedContact,
	toFamilyListEntry
} from '../../src/lib/server/directory/search/publication';
import { parseDirectoryFilters } from '../../src/lib/forms/directory-search';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay } from './fixtures';
import { makeCommune } from './request-fixtures';
import { makeAvailability, makeChildminder, makeMam, weekdays } from './directory-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const TODAY = '2026-12-02';
/** Declared a month ago: valid until 2027-05. */
const RECENT = new Date('2026-11-02T10:00:00Z');
/** Declared early in the year: past its validity (2026-07) today. */
const OLD = new Date('2026-01-05T10:00:00Z');

/** A relay with two communes 0 and ~20 km apart, and a neighbour relay's commune. */
async function territory(db: Database) {
	const relay = await makeRelay(db);
	const other = await makeRelay(db, 'Relais voisin');
	const centre = await placeCommune(db, relay.id, 'Centre', 48.0, -1.7);
	const far = await placeCommune(db, relay.id, 'Lointaine', 48.18, -1.7);
	const neighbour = await placeCommune(db, other.id, 'Voisine', 48.01, -1.7);
	return { relay, other, centre, far, neighbour };
}

async function placeCommune(
	db: Database,
	relayId: string | null,
	name: string,
	latitude: number | null,
	longitude: number | null
) {
	const commune = await makeCommune(db, relayId, name);
	await db
		.update(communes)
		.set({ latitude, longitude })
		.where(eq(communes.inseeCode, commune.inseeCode));
	return { ...commune, latitude, longitude };
}

const search = (
	relayId: string,
	filters: DirectoryFilters = {},
	order: { by: ListOrder; seed: number } = { by: 'rotation', seed: 1 }
) => searchDirectory(t.db, { relayId, filters, order, today: TODAY });

const ids = (matches: DirectoryMatch[]) => matches.map((match) => match.id).sort();
const idsOf = (...rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe('the scope of the directory search', () => {
	it('Neutrality 1: with no filter, the list holds every active licensed childminder of the territory', async () => {
		const { relay, centre, far, neighbour } = await territory(t.db);
		const mam = await makeMam(t.db, far.inseeCode);
		const a = await makeChildminder(t.db, centre.inseeCode);
		const b = await makeChildminder(t.db, far.inseeCode, { workSetting: 'mam', mamId: mam.id });
		const c = await makeChildminder(t.db, far.inseeCode, { contactsObjection: true });
		await makeAvailability(t.db, c.id, { declaredOn: RECENT });
		const d = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, d.id, { declaredOn: OLD });
		await makeChildminder(t.db, centre.inseeCode, { status: 'suspended' });
		await makeChildminder(t.db, centre.inseeCode, { status: 'stopped' });
		await makeChildminder(t.db, neighbour.inseeCode);

		const matches = await search(relay.id);
		expect(ids(matches)).toEqual(idsOf(a, b, c, d));
		expect(matches.find((match) => match.id === b.id)?.mamName).toBe(mam.name);
		// Every order holds the same childminders.
		for (const by of ['name', 'distance'] as const)
			expect(ids(await search(relay.id, {}, { by, seed: 7 }))).toEqual(idsOf(a, b, c, d));
	});

	it('a relay with no commune finds nobody, and never another relay’s childminders', async () => {
		const { other, neighbour } = await territory(t.db);
		const empty = await makeRelay(t.db, 'Relais sans commune');
		const her = await makeChildminder(t.db, neighbour.inseeCode);
		expect(await search(empty.id)).toEqual([]);
		expect(ids(await search(other.id))).toEqual(idsOf(her));
	});
});

describe('each objective filter at its boundaries', () => {
	it('commune: exactly her commune', async () => {
		const { relay, centre, far } = await territory(t.db);
		const here = await makeChildminder(t.db, centre.inseeCode);
		await makeChildminder(t.db, far.inseeCode);
		expect(ids(await search(relay.id, { communeInsee: centre.inseeCode }))).toEqual(idsOf(here));
	});

	it('distance: a commune just inside the distance is kept, just outside is not, the limit itself included', async () => {
		const { relay, centre } = await territory(t.db);
		// 0.09° of latitude is about 10.0 km: one commune just under, one just over.
		const inside = await placeCommune(t.db, relay.id, 'Dedans', 48.0899, -1.7);
		const outside = await placeCommune(t.db, relay.id, 'Dehors', 48.0901, -1.7);
		const dInside = haversineKm(centre as never, inside as never);
		const dOutside = haversineKm(centre as never, outside as never);
		const maxKm = (dInside + dOutside) / 2;
		expect(dInside).toBeLessThan(maxKm);
		expect(dOutside).toBeGreaterThan(maxKm);
		const home = await makeChildminder(t.db, centre.inseeCode);
		const near = await makeChildminder(t.db, inside.inseeCode);
		await makeChildminder(t.db, outside.inseeCode);

		const found = await search(relay.id, { near: { communeInsee: centre.inseeCode, maxKm } });
		expect(ids(found)).toEqual(idsOf(home, near));
		expect(found.find((match) => match.id === near.id)?.distanceKm).toBeCloseTo(dInside, 6);
		// The limit itself is inside.
		const atLimit = await search(relay.id, {
			near: { communeInsee: centre.inseeCode, maxKm: dInside }
		});
		expect(ids(atLimit)).toEqual(idsOf(home, near));
	});

	it('distance: a childminder whose commune has no centroid is counted apart, not silently dropped', async () => {
		const { relay, centre } = await territory(t.db);
		const unplaced = await placeCommune(t.db, relay.id, 'Sans centre', null, null);
		const here = await makeChildminder(t.db, centre.inseeCode);
		const there = await makeChildminder(t.db, unplaced.inseeCode);
		const report = await searchDirectoryReport(t.db, {
			relayId: relay.id,
			filters: { near: { communeInsee: centre.inseeCode, maxKm: 50 } },
			order: { by: 'distance', seed: 3 },
			today: TODAY
		});
		expect(ids(report.matches)).toEqual(idsOf(here));
		expect(report.withoutCentroid).toBe(1);
		// Without the distance filter she is there, last when ordered by distance.
		const byDistance = await search(
			relay.id,
			{ communeInsee: undefined },
			{ by: 'distance', seed: 3 }
		);
		expect(byDistance.map((match) => match.id)).toContain(there.id);
		const fromOrigin = await searchDirectoryReport(t.db, {
			relayId: relay.id,
			filters: { near: { communeInsee: unplaced.inseeCode, maxKm: 50 } },
			order: { by: 'rotation', seed: 3 },
			today: TODAY
		});
		expect(fromOrigin.originWithoutCentroid).toBe(true);
	});

	it('age at the start date: the band’s minimum is included and its maximum excluded on the start date', async () => {
		const { relay, centre } = await territory(t.db);
		const fromThree = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, fromThree.id, {
			declaredOn: RECENT,
			ageMinMonths: 3,
			ageMaxMonths: 12,
			availableFrom: '2027-01-01'
		});
		const older = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, older.id, {
			declaredOn: RECENT,
			ageMinMonths: 12,
			ageMaxMonths: null,
			availableFrom: '2027-01-01'
		});
		const age = (birth: string) =>
			search(relay.id, { childBirthDate: birth, startDate: '2027-03-15' });
		// Born 2026-12-15: 3 months on 2027-03-15 exactly.
		expect(ids(await age('2026-12-15'))).toEqual(idsOf(fromThree));
		// Born 2026-12-16: 2 months and 30 days, too young for both.
		expect(ids(await age('2026-12-16'))).toEqual([]);
		// Born 2026-03-16: 11 months on the start date; born 2026-03-15: 12, the next band.
		expect(ids(await age('2026-03-16'))).toEqual(idsOf(fromThree));
		expect(ids(await age('2026-03-15'))).toEqual(idsOf(older));
		// No upper age: a school child still fits.
		expect(ids(await age('2020-01-01'))).toEqual(idsOf(older));
	});

	it('start date: a place free from that date or before', async () => {
		const { relay, centre } = await territory(t.db);
		const her = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, her.id, { declaredOn: RECENT, availableFrom: '2027-02-01' });
		expect(ids(await search(relay.id, { startDate: '2027-02-01' }))).toEqual(idsOf(her));
		expect(ids(await search(relay.id, { startDate: '2027-01-31' }))).toEqual([]);
	});

	it('days and hours: the need covered by one place, boundaries and overnight included', async () => {
		const { relay, centre } = await territory(t.db);
		const day = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, day.id, {
			declaredOn: RECENT,
			weeklySchedule: weekdays('07:30', '18:30')
		});
		const night = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, night.id, {
			declaredOn: RECENT,
			weeklySchedule: { ...weekdays('20:00', '07:00'), mon: null }
		});
		const need = (schedule: DirectoryFilters['schedule']) => search(relay.id, { schedule });
		expect(ids(await need({ mon: { start: '07:30', end: '18:30' } }))).toEqual(idsOf(day));
		expect(ids(await need({ mon: { start: '07:29', end: '18:30' } }))).toEqual([]);
		expect(ids(await need({ fri: { start: '08:00', end: '18:31' } }))).toEqual([]);
		expect(ids(await need({ tue: { start: '21:00', end: '06:30' } }))).toEqual(idsOf(night));
		// Wednesday 1 h – 6 h is covered by Tuesday night's slot.
		expect(ids(await need({ wed: { start: '01:00', end: '06:00' } }))).toEqual(idsOf(night));
		// Tuesday 1 h – 6 h would need Monday night, which she does not offer.
		expect(ids(await need({ tue: { start: '01:00', end: '06:00' } }))).toEqual([]);
		// Two days: each must be covered by the same place.
		expect(
			ids(
				await need({ mon: { start: '08:00', end: '17:00' }, sat: { start: '08:00', end: '12:00' } })
			)
		).toEqual([]);
	});

	it('siblings: as many places each matching', async () => {
		const { relay, centre } = await territory(t.db);
		const two = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, two.id, { declaredOn: RECENT });
		await makeAvailability(t.db, two.id, { declaredOn: RECENT });
		const oneFits = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, oneFits.id, { declaredOn: RECENT });
		await makeAvailability(t.db, oneFits.id, {
			declaredOn: RECENT,
			ageMinMonths: 36,
			ageMaxMonths: null
		});
		const filters = { siblings: 2, childBirthDate: '2026-06-01', startDate: '2027-01-04' };
		expect(ids(await search(relay.id, filters))).toEqual(idsOf(two));
		expect(ids(await search(relay.id, { ...filters, siblings: 3 }))).toEqual([]);
	});

	it('atypical hours, périscolaire, disability welcome: each required flag offered', async () => {
		const { relay, centre } = await territory(t.db);
		const all = await makeChildminder(t.db, centre.inseeCode, {
			offer: { before_7: true, saturday: true, periscolaire: true, disability_welcome: true }
		});
		const early = await makeChildminder(t.db, centre.inseeCode, {
			offer: { before_7: true, saturday: false }
		});
		await makeChildminder(t.db, centre.inseeCode, { offer: {} });
		expect(ids(await search(relay.id, { atypical: ['before_7'] }))).toEqual(idsOf(all, early));
		expect(ids(await search(relay.id, { atypical: ['before_7', 'saturday'] }))).toEqual(idsOf(all));
		expect(ids(await search(relay.id, { periscolaire: true }))).toEqual(idsOf(all));
		expect(ids(await search(relay.id, { disabilityWelcome: true }))).toEqual(idsOf(all));
	});

	it('home or MAM', async () => {
		const { relay, centre } = await territory(t.db);
		const mam = await makeMam(t.db, centre.inseeCode);
		const inMam = await makeChildminder(t.db, centre.inseeCode, {
			workSetting: 'mam',
			mamId: mam.id
		});
		const atHome = await makeChildminder(t.db, centre.inseeCode);
		expect(ids(await search(relay.id, { workSetting: 'mam' }))).toEqual(idsOf(inMam));
		expect(ids(await search(relay.id, { workSetting: 'home' }))).toEqual(idsOf(atHome));
	});

	it('Neutrality 4: stale or undeclared availability is shown as "to be confirmed", never silently hidden', async () => {
		const { relay, centre } = await territory(t.db);
		const fits = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, fits.id, { declaredOn: RECENT, availableFrom: '2027-01-01' });
		const tooLate = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, tooLate.id, { declaredOn: RECENT, availableFrom: '2027-09-01' });
		const never = await makeChildminder(t.db, centre.inseeCode);
		const stale = await makeChildminder(t.db, centre.inseeCode);
		await makeAvailability(t.db, stale.id, { declaredOn: OLD, availableFrom: '2027-09-01' });
		// Declared with no free place: her declaration says she is full.
		const full = await makeChildminder(t.db, centre.inseeCode, {
			availabilityDeclaredAt: RECENT,
			availabilityValidUntil: '2027-05-01'
		});

		const found = await search(relay.id, {
			startDate: '2027-01-04',
			childBirthDate: '2026-06-01',
			schedule: weekdays('08:00', '17:00')
		});
		expect(ids(found)).toEqual(idsOf(fits, never, stale));
		const state = (id: string) => found.find((match) => match.id === id)?.availability;
		expect(state(fits.id)).toBe('declared');
		expect(state(never.id)).toBe('to_confirm');
		expect(state(stale.id)).toBe('to_confirm');
		expect(found.find((match) => match.id === stale.id)?.availabilityValidUntil).toBe('2026-07-06');
		expect(ids(found)).not.toContain(tooLate.id);
		expect(ids(found)).not.toContain(full.id);
		// The last valid day is still declared; the day after, to be confirmed.
		const onLastDay = await searchDirectory(t.db, {
			relayId: relay.id,
			filters: {},
			order: { by: 'name', seed: 1 },
			today: '2026-07-06'
		});
		expect(onLastDay.find((match) => match.id === stale.id)?.availability).toBe('declared');
	});
});

describe('the neutral order', () => {
	it('Neutrality 3: the order is neutral: a key the family chooses (distance, name) or a seeded rotation that is logged; the same inputs and seed give the same order; no manual reordering', async () => {
		const { relay, centre, far } = await territory(t.db);
		const made = [];
		for (const [last, first, commune] of [
			['Martin', 'Léa', far],
			['Bernard', 'Zoé', centre],
			['Bernard', 'Anne', far],
			['Élie', 'Jo', centre],
			['Dupont', 'Inès', centre]
		] as const)
			made.push(
				await makeChildminder(t.db, commune.inseeCode, { lastName: last, firstName: first })
			);

		const byName = await search(relay.id, {}, { by: 'name', seed: 1 });
		expect(byName.map((match) => `${match.lastName} ${match.firstName}`)).toEqual([
			'Bernard Anne',
			'Bernard Zoé',
			'Dupont Inès',
			'Élie Jo',
			'Martin Léa'
		]);

		const byDistance = await search(
			relay.id,
			{ near: { communeInsee: centre.inseeCode, maxKm: 50 } },
			{ by: 'distance', seed: 11 }
		);
		const distances = byDistance.map((match) => match.distanceKm ?? Infinity);
		expect(distances).toEqual([...distances].sort((a, b) => a - b));
		expect(distances[0]).toBe(0);
		expect(distances.at(-1)).toBeGreaterThan(19);
		// Ties (same commune) follow the seeded rotation: the same seed, the same order.
		const again = await search(
			relay.id,
			{ near: { communeInsee: centre.inseeCode, maxKm: 50 } },
			{ by: 'distance', seed: 11 }
		);
		expect(again.map((match) => match.id)).toEqual(byDistance.map((match) => match.id));

		const order = async (seed: number) =>
			(await search(relay.id, {}, { by: 'rotation', seed })).map((match) => match.id);
		expect(await order(424242)).toEqual(await order(424242));
		expect(await order(424242)).not.toEqual(await order(424243));
		// The seed is in the search's address, so a list can be given again and checked.
		const query = parseDirectoryFilters(new URLSearchParams('ordre=rotation&graine=424242'));
		expect(query.seed).toBe(424242);
		expect(query.order).toBe('rotation');
	});

	it(
		'over 1,000 seeded rotations of 50 matching childminders, each one is first between 5 and 35 times',
		{ timeout: 300_000 },
		async () => {
			const { relay, centre } = await territory(t.db);
			const fifty = [];
			for (let i = 0; i < 50; i++) fifty.push(await makeChildminder(t.db, centre.inseeCode));
			const firsts = new Map<string, number>(fifty.map((row) => [row.id, 0]));
			let previous: string[] = [];
			let changed = 0;
			for (let seed = 1; seed <= 1000; seed++) {
				const found = await search(relay.id, {}, { by: 'rotation', seed });
				expect(found).toHaveLength(50);
				const first = found[0]?.id ?? '';
				firsts.set(first, (firsts.get(first) ?? 0) + 1);
				const now = found.map((match) => match.id);
				if (now.join() !== previous.join()) changed++;
				previous = now;
			}
			expect(firsts.size).toBe(50);
			for (const count of firsts.values()) {
				expect(count).toBeGreaterThanOrEqual(5);
				expect(count).toBeLessThanOrEqual(35);
			}
			expect(changed).toBe(1000);
		}
	);
});

describe('what a list shows of her', () => {
	it('her publication choices: only her commune, and no contact when she objected', async () => {
		const { relay, centre } = await territory(t.db);
		const open = await makeChildminder(t.db, centre.inseeCode, {
			addressPublication: 'full_address',
			address: '4 rue des Lilas'
		});
		const discreet = await makeChildminder(t.db, centre.inseeCode, {
			addressPublication: 'commune_only',
			contactsObjection: true,
			offer: { periscolaire: true, night: false }
		});
		await makeAvailability(t.db, discreet.id, {
			declaredOn: RECENT,
			ageMinMonths: 0,
			ageMaxMonths: 36,
			availableFrom: '2027-01-04'
		});
		const found = await search(relay.id, {}, { by: 'name', seed: 1 });
		const of = (id: string) => found.find((match) => match.id === id) as DirectoryMatch;
		expect(publishedContact(of(open.id))).toEqual({
			address: '4 rue des Lilas',
			phone: open.phone,
			email: open.email
		});
		const entry = toFamilyListEntry(of(discreet.id));
		expect(entry.address).toBeNull();
		expect(entry.phone).toBeNull();
		expect(entry.email).toBeNull();
		expect(entry.communeName).toBe(centre.name);
		expect(entry.offer).toEqual(['periscolaire']);
		expect(entry.freePlaces).toEqual([
			'1 place, jusqu’à 3 ans, dès le 4 janvier 2027, accueil régulier : lun.–ven. 7 h 30 – 18 h 30'
		]);
	});
});
