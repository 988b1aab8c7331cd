import { hashPassword } from '../../../src/lib/server/auth/password';
import { staffUsers } from '../../../src/lib/server/db/schema';
import type { Database } from '../../../src/lib/server/db/types';
import { bulkInsert } from '../../../src/lib/server/seed/bulk-insert';
import { prng } from '../../../src/lib/server/seed/demo-random';
import { FIRST_NAMES, LAST_NAMES } from '../../../src/lib/server/seed/demo-request-words';
import { loadReferential } from '../../../src/lib/server/territory/load-referential';
import { benchEmails, benchPasswords, relaySlug } from './accounts';
import type { BenchScale } from './scales';
import { literal, md5Uuid, rows, run, stableUuid } from './sql-tools';
import type { BenchTimeline } from './timeline';

/**
 * The territory: the département's communes from the official référentiel (as the app loads
 * it), cut into territories along intercommunalities, the first `relays` of them served by a
 * relay with two reception places; then the staff (real argon2 hashes through the app's own
 * password module) and each animator's weekly openings.
 */
export async function buildTerritory(
	db: Database,
	scale: BenchScale,
	timeline: BenchTimeline
): Promise<void> {
	await loadReferential(db, { departements: [scale.departement], now: timeline.now });
	// Neighbouring communes share an intercommunality: cutting along them gives each relay
	// a territory in one piece, as a real deployment draws them.
	await run(
		db,
		`create unlogged table bench_parts as
		select insee_code, ntile(${scale.territories}) over (order by epci_code nulls last, insee_code) as k
		from communes where departement = ${literal(scale.departement)}`
	);
	await run(
		db,
		`insert into relays (id, slug, name, reference_code, address, phone, email, created_at)
		select ${stableUuid("'bench-relay:' || t.k")}, 'rpe-banc-' || t.k,
			'Relais Petite Enfance de ' || t.name, 'B' || chr(64 + t.k),
			'1 place de la Mairie, ' || t.postal_codes[1] || ' ' || t.name,
			'02 99 00 ' || lpad((10 * t.k)::text, 2, '0') || ' 00',
			'rpe-banc-' || t.k || '@banc.guichet.test', ${literal(timeline.firstDay)}::timestamptz
		from (
			select distinct on (p.k) p.k, c.name, c.postal_codes
			from bench_parts p join communes c using (insee_code)
			order by p.k, c.population desc nulls last, c.insee_code
		) t
		where t.k <= ${scale.relays}`
	);
	await run(
		db,
		`update communes c set relay_id = ${stableUuid("'bench-relay:' || p.k")}
		from bench_parts p where p.insee_code = c.insee_code and p.k <= ${scale.relays}`
	);
	// Its office in its largest commune, a permanence in the second.
	await run(
		db,
		`insert into reception_places (id, relay_id, name, address, access_notes)
		select ${stableUuid("'bench-place:' || t.relay_id || ':' || t.rank")}, t.relay_id,
			case when t.rank = 1 then 'Maison de l’enfance de ' else 'Permanence de ' end || t.name,
			t.rank || ' rue de la Mairie, ' || t.postal_codes[1] || ' ' || t.name,
			'Accès de plain-pied.'
		from (
			select c.relay_id, c.name, c.postal_codes,
				row_number() over (partition by c.relay_id order by c.population desc nulls last, c.insee_code) as rank
			from communes c where c.relay_id is not null
		) t
		where t.rank <= 2`
	);
	await insertStaff(db, scale, timeline);
	await run(
		db,
		`insert into availability_rules (relay_id, animator_id, weekday, start_time, end_time, kind,
			place_id, slot_minutes, valid_from)
		select s.relay_id, s.id, d.weekday, h.start_time::time, h.end_time::time,
			case when d.weekday = 3 and h.afternoon then 'phone' else 'place' end::appointment_kind,
			case when d.weekday = 3 and h.afternoon then null else p.id end, 45,
			${literal(timeline.firstDay)}::date - 30
		from staff_users s
		join lateral (
			select id from reception_places where relay_id = s.relay_id order by name, id limit 1
		) p on true
		cross join generate_series(1, 5) as d(weekday)
		cross join (values ('09:00', '12:45', false), ('13:30', '17:15', true))
			as h(start_time, end_time, afternoon)
		where s.role = 'animator'`
	);
}

async function insertStaff(
	db: Database,
	scale: BenchScale,
	timeline: BenchTimeline
): Promise<void> {
	const relays = await rows<{ id: string; slug: string }>(
		db,
		'select id, slug from relays order by slug'
	);
	const epcis = await rows<{ code: string }>(
		db,
		`select distinct e.code from epcis e join communes c on c.epci_code = e.code
		where c.departement = ${literal(scale.departement)} order by e.code limit ${scale.epciOfficials}`
	);
	// One hash per role: argon2 is slow on purpose, and a shared password gives the same check.
	const [admin, animator, official, coordinator] = await Promise.all([
		hashPassword(benchPasswords.admin),
		hashPassword(benchPasswords.animator),
		hashPassword(benchPasswords.official),
		hashPassword(benchPasswords.coordinator)
	]);
	const random = prng(35_2026);
	const name = () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
	const staff: (typeof staffUsers.$inferInsert)[] = [
		{
			email: benchEmails.coordinator,
			name: name(),
			role: 'coordinator',
			passwordHash: coordinator
		},
		{
			email: benchEmails.departementOfficial,
			name: name(),
			role: 'official',
			passwordHash: official
		},
		...epcis.map((epci) => ({
			email: benchEmails.epciOfficial(epci.code),
			name: name(),
			role: 'official' as const,
			epciCode: epci.code,
			passwordHash: official
		}))
	];
	for (const [index, relay] of relays.entries()) {
		if (relay.slug !== relaySlug(index + 1)) throw new Error(`unexpected relay ${relay.slug}`);
		staff.push({
			email: benchEmails.admin(relay.slug),
			name: name(),
			role: 'admin',
			relayId: relay.id,
			passwordHash: admin
		});
		for (let n = 1; n <= scale.animatorsPerRelay; n++) {
			staff.push({
				id: animatorId(relay.slug, n),
				email: benchEmails.animator(relay.slug, n),
				name: name(),
				role: 'animator',
				relayId: relay.id,
				passwordHash: animator
			});
		}
		staff.push({
			email: benchEmails.relayOfficial(relay.slug),
			name: name(),
			role: 'official',
			relayId: relay.id,
			passwordHash: official
		});
	}
	// Every row names its columns alike (bulkInsert sends the union of their keys), with a
	// stable id: the animators' are the ones the requests' SQL computes again.
	await bulkInsert(
		db,
		staffUsers,
		staff.map((person) => ({
			...person,
			id: person.id ?? md5Uuid(`bench-staff:${person.email}`),
			createdAt: new Date(`${timeline.firstDay}T08:00:00Z`)
		}))
	);
}

/** The id of the `n`-th animator (from 1) of a relay: the SQL of the requests finds it again. */
export const animatorId = (slug: string, n: number): string => md5Uuid(`bench-animator:${slug}:${n}`);
