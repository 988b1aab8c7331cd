// npx tsx scripts/bench-directory-search.ts — not a test: the directory search's server time on
// 10,000 childminders of one relay, with three filters (distance from a commune, the child's
// age at the start date, weekday hours). An embedded database in memory, migrated and filled,
// then ~20 timed searches; prints the median and p95 in ms and the match counts.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { connectDatabase } from '../src/lib/server/db/connect';
import {
	childminderAvailabilities,
	childminders,
	communes,
	relays
} from '../src/lib/server/db/schema';
import { searchDirectory } from '../src/lib/server/directory/search/search-directory';
import type { DirectoryFilters } from '../src/lib/directory/directory-options';
import type { WeeklySchedule } from '../src/lib/childcare-request-options';

const CHILDMINDERS = 10_000;
const COMMUNES = 60;
const RUNS = 20;
const TODAY = '2026-12-02';

// A deterministic pseudo-random sequence, so that two runs measure the same data.
let state = 20261202;
const random = () => {
	state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
	return state / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const week = (start: string, end: string, days = 5): WeeklySchedule => ({
	mon: days >= 1 ? { start, end } : null,
	tue: days >= 2 ? { start, end } : null,
	wed: days >= 3 ? { start, end } : null,
	thu: days >= 4 ? { start, end } : null,
	fri: days >= 5 ? { start, end } : null,
	sat: null,
	sun: null
});

const handle = await connectDatabase({ dataDir: 'memory://' });
try {
	await handle.migrate();
	const db = handle.db;
	const [relay] = await db
		.insert(relays)
		.values({
			slug: 'relais-banc',
			referenceCode: 'BANC',
			name: 'Relais du banc d’essai',
			address: '1 place de la Mairie',
			phone: '0299000000',
			email: 'relais@example.org'
		})
		.returning();
	if (!relay) throw new Error('relay not created');

	// Communes scattered over ~60 km around Rennes.
	const insee = Array.from({ length: COMMUNES }, (_, i) => `35${String(i + 1).padStart(3, '0')}`);
	await db.insert(communes).values(
		insee.map((code, i) => ({
			inseeCode: code,
			name: `Commune ${i + 1}`,
			postalCodes: ['35000'],
			departement: '35',
			relayId: relay.id,
			latitude: 48.11 + (random() - 0.5) * 0.55,
			longitude: -1.68 + (random() - 0.5) * 0.8
		}))
	);

	const schedules = [
		week('07:30', '18:30'),
		week('08:00', '17:00'),
		week('07:00', '19:00', 4),
		week('20:00', '07:00'),
		week('08:30', '16:30', 3)
	];
	for (let batch = 0; batch < CHILDMINDERS / 500; batch++) {
		const rows = Array.from({ length: 500 }, (_, i) => {
			const n = batch * 500 + i;
			const declared = random();
			// A quarter never declared, a sixth past their validity, the rest valid.
			const validUntil = declared < 0.25 ? null : declared < 0.42 ? '2026-07-01' : '2027-05-31';
			return {
				id: randomUUID(),
				licenceNumber: `BANC-${n}`,
				lastName: `Nom${n}`,
				firstName: pick(['Anne', 'Camille', 'Inès', 'Léa', 'Nadia', 'Sophie']),
				placesTotal: 4,
				placesUnder3: 3,
				communeInsee: pick(insee),
				address: `${n} rue des Tilleuls`,
				phone: '+33299000000',
				email: `am${n}@example.org`,
				offer: { before_7: random() < 0.2, saturday: random() < 0.1, periscolaire: random() < 0.5 },
				status: random() < 0.95 ? ('active' as const) : ('stopped' as const),
				availabilityDeclaredAt: validUntil ? new Date('2026-06-01T08:00:00Z') : null,
				availabilityValidUntil: validUntil
			};
		});
		await db.insert(childminders).values(rows);
		const places = rows
			.filter((row) => row.availabilityValidUntil !== null)
			.flatMap((row) =>
				Array.from({ length: Math.floor(random() * 3) }, () => {
					const min = pick([0, 0, 3, 12, 24, 36]);
					return {
						childminderId: row.id,
						ageMinMonths: min,
						ageMaxMonths: pick([36, 48, null]),
						availableFrom: pick(['2026-09-01', '2027-01-04', '2027-03-01', '2027-09-01']),
						regularity: 'regular' as const,
						weeklySchedule: pick(schedules),
						declaredOn: new Date('2026-06-01T08:00:00Z'),
						validUntil: row.availabilityValidUntil ?? '2027-05-31'
					};
				}).filter((place) => place.ageMaxMonths === null || place.ageMaxMonths > place.ageMinMonths)
			);
		if (places.length > 0) await db.insert(childminderAvailabilities).values(places);
	}

	// What PostgreSQL's autovacuum does after a large import: fresh statistics for the planner.
	await db.execute(sql`analyze`);

	const filters: DirectoryFilters = {
		near: { communeInsee: insee[0] ?? '35001', maxKm: 15 },
		childBirthDate: '2026-05-10',
		startDate: '2027-01-04',
		schedule: { mon: { start: '08:00', end: '17:00' }, thu: { start: '08:00', end: '17:00' } }
	};
	const search = (seed: number) =>
		searchDirectory(db, {
			relayId: relay.id,
			filters,
			order: { by: 'rotation', seed },
			today: TODAY
		});

	// Warm up (query plans, JIT), then measure.
	await search(1);
	const times: number[] = [];
	let matches: Awaited<ReturnType<typeof search>> = [];
	for (let run = 0; run < RUNS; run++) {
		const started = performance.now();
		matches = await search(run + 2);
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	const quantile = (q: number) =>
		times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? 0;
	const declared = matches.filter((match) => match.availability === 'declared').length;
	const unfiltered = await searchDirectory(db, {
		relayId: relay.id,
		filters: {},
		order: { by: 'rotation', seed: 1 },
		today: TODAY
	});
	console.log(
		`Base : ${CHILDMINDERS} assistantes maternelles sur ${COMMUNES} communes (PGlite en mémoire).`
	);
	console.log(`Sans filtre : ${unfiltered.length} en activité.`);
	console.log(
		`Filtres : à 15 km au plus, enfant de ${filters.childBirthDate} au ${filters.startDate}, lundi et jeudi 8 h – 17 h.`
	);
	console.log(
		`Résultats : ${matches.length} (dont ${declared} disponibilités déclarées, ${matches.length - declared} à confirmer).`
	);
	console.log(
		`Temps serveur sur ${RUNS} recherches : médiane ${quantile(0.5).toFixed(1)} ms, p95 ${quantile(0.95).toFixed(1)} ms.`
	);
} finally {
	await handle.close();
}
