// npx tsx scripts/bench-observatory.ts — not a test: the observatory's cost on a département-scale
// dataset. The référentiel of Ille-et-Vilaine (333 communes) served by 10 relays, 150,000
// requests over 5 years (children, appointments held, outcomes), built by INSERT … SELECT over
// generate_series in an embedded database in memory (or DATABASE_URL if set: a scratch
// database, it is filled). Then times the refresh of the counts (observatory/refresh-counts.ts)
// and the overview's server time, `loadObservatory` for the whole deployment: cold (a new
// refresh generation, so nothing cached) and warm, median and p95 over 20 runs, in ms.
import { sql } from 'drizzle-orm';
import { connectDatabase } from '../src/lib/server/db/connect';
import { loadReferential } from '../src/lib/server/territory/load-referential';
import { refreshObservatoryCounts } from '../src/lib/server/observatory/refresh-counts';
import { loadObservatory } from '../src/lib/server/observatory/load-observatory';
import { readTerritoryCounts } from '../src/lib/server/observatory/territory-counts';

const DEPARTEMENT = '35';
const RELAYS = 10;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 150_000);
const RUNS = 20;
/** The benchmark's today: five full years of requests before it. */
const NOW = new Date('2026-12-02T06:00:00Z');
const FIRST_DAY = '2021-12-01';
const YEAR = 2026;

const elapsed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
	const started = performance.now();
	const result = await run();
	return [result, performance.now() - started];
};
const quantiles = (times: number[]) => {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (q: number) =>
		sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
	return `médiane ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`;
};

const url = process.env.DATABASE_URL;
const handle = await connectDatabase(url ? { url } : { dataDir: 'memory://' });
try {
	await handle.migrate();
	const db = handle.db;
	const [, referentialMs] = await elapsed(() =>
		loadReferential(db, { departements: [DEPARTEMENT], now: NOW })
	);

	const [, buildMs] = await elapsed(async () => {
		// Ten relays over the département's communes, by EPCI, each with an animator and a place.
		await db.execute(sql`
			insert into relays (slug, name, reference_code, address, phone, email)
			select 'banc-' || k, 'Relais du banc ' || k, 'B' || chr(64 + k::int), '1 place de la Mairie',
				'0299000000', 'relais' || k || '@example.org'
			from generate_series(1, ${RELAYS}) k`);
		await db.execute(sql`
			update communes c set relay_id = r.id
			from (select insee_code, ntile(${RELAYS}) over (order by epci_code, insee_code) as k
				from communes where departement = ${DEPARTEMENT}) t
			join relays r on r.slug = 'banc-' || t.k
			where c.insee_code = t.insee_code`);
		await db.execute(sql`
			insert into staff_users (email, name, role, relay_id)
			select 'animateur.' || slug || '@example.org', 'Animateur ' || slug, 'animator', id from relays`);
		await db.execute(sql`
			insert into reception_places (relay_id, name, address)
			select id, 'Maison de l’enfance', '1 rue du Relais' from relays`);

		// Families live where people live: one ticket per 100 inhabitants, a request draws one.
		await db.execute(sql`select setseed(0.2026)`);
		await db.execute(sql`
			create temporary table bench_tickets as
			select row_number() over (order by c.insee_code, s) as ticket, c.insee_code, c.relay_id
			from communes c
			cross join lateral generate_series(1, greatest(1, coalesce(c.population, 0) / 100)) s
			where c.relay_id is not null`);
		await db.execute(sql`create index on bench_tickets (ticket)`);
		// The draws of each request, then its facts: received over 5 years, closed when older
		// than three months, an appointment held for 70 %, found for three quarters of those.
		await db.execute(sql`
			create temporary table bench_requests as
			with draws as materialized (
				select g, 1 + floor(random() * (select count(*) from bench_tickets))::int as ticket
				from generate_series(1, ${REQUESTS}) g
			)
			select d.g, gen_random_uuid() as id, t.insee_code, t.relay_id,
				${FIRST_DAY}::timestamptz + random() * (${NOW.toISOString()}::timestamptz - ${FIRST_DAY}::timestamptz) as received_at,
				random() as r_channel, random() as r_schedule, random() as r_care,
				random() < 0.7 as held, random() * random() * 40 as delay_days,
				random() < 0.75 as found, random() as r_close, random() * 90 as close_days,
				(random() * 12)::int as band, random() as r_children, random() as r_support,
				(20 + random() * 280)::int as lead_days
			from draws d
			join bench_tickets t on t.ticket = d.ticket`);
		await db.execute(sql`
			insert into childcare_requests (id, relay_id, reference, status, channel, received_at,
				idempotency_key, tracking_token_hash, parent_names, email, appointment_mode,
				residence_insee, desired_start, regularity, weekly_schedule, variable_hours,
				atypical_early, atypical_late, atypical_saturday, periscolaire, care_kinds,
				consent_at, notice_version, closed_at, retention_until, closure_reason, updated_at)
			select b.id, b.relay_id, 'BANC-' || b.g, s.status::request_status,
				(case when b.r_channel < 0.6 then 'online' when b.r_channel < 0.72 then 'monenfant'
					when b.r_channel < 0.9 then 'phone' else 'desk' end)::request_channel,
				b.received_at, gen_random_uuid(), 'banc:' || b.g, '', 'f' || b.g || '@example.org', 'relay',
				b.insee_code, (b.received_at at time zone 'Europe/Paris')::date + b.lead_days, 'regular',
				case when b.r_schedule < 0.12
					then '{"mon":{"start":"06:00","end":"16:00"},"tue":{"start":"06:00","end":"16:00"},"wed":null,"thu":{"start":"06:00","end":"16:00"},"fri":{"start":"06:00","end":"16:00"},"sat":null,"sun":null}'::jsonb
					when b.r_schedule < 0.2
					then '{"mon":{"start":"09:00","end":"20:00"},"tue":{"start":"09:00","end":"20:00"},"wed":{"start":"09:00","end":"20:00"},"thu":{"start":"09:00","end":"20:00"},"fri":{"start":"09:00","end":"20:00"},"sat":{"start":"08:00","end":"13:00"},"sun":null}'::jsonb
					else '{"mon":{"start":"08:00","end":"17:30"},"tue":{"start":"08:00","end":"17:30"},"wed":null,"thu":{"start":"08:00","end":"17:30"},"fri":{"start":"08:00","end":"17:30"},"sat":null,"sun":null}'::jsonb
				end,
				false, b.r_schedule < 0.12, b.r_schedule >= 0.12 and b.r_schedule < 0.2,
				b.r_schedule >= 0.12 and b.r_schedule < 0.2, '{}',
				case when b.r_care < 0.5 then array['childminder_home'] when b.r_care < 0.8
					then array['childminder_home', 'creche'] else array['creche', 'mam'] end,
				b.received_at, 'banc', s.closed_at,
				((s.closed_at + interval '24 months') at time zone 'Europe/Paris')::date,
				case when s.status = 'closed_by_relay' then 'unreachable'::relay_closure_reason end,
				coalesce(s.closed_at, b.received_at)
			from bench_requests b
			cross join lateral (
				select case
					when b.received_at > ${NOW.toISOString()}::timestamptz - interval '90 days'
						then case when b.held then 'appointment_held' else 'received' end
					when b.held then case when b.found then 'solution_recorded' else 'closed_without_solution' end
					when b.r_close < 0.6 then 'cancelled_by_family'
					else 'closed_by_relay'
				end as status
			) st
			cross join lateral (
				select st.status, case when st.status in ('appointment_held', 'received') then null
					else least(b.received_at + interval '1 day' * (b.delay_days + 1 + b.close_days),
						${NOW.toISOString()}::timestamptz - interval '1 hour') end as closed_at
			) s`);
		await db.execute(sql`
			insert into request_children (request_id, position, needs_support, age_band)
			select b.id, p, case when b.r_support < 0.05 then true when b.r_support < 0.7 then false end,
				(array['under_6m', 'm6_11', 'm12_23', 'm24_35', 'y3_plus'])[1 + least(4, b.band / 3 + p - 1)]::child_age_band
			from bench_requests b
			cross join lateral generate_series(1, case when b.r_children < 0.84 then 1 when b.r_children < 0.97 then 2 else 3 end) p`);
		// Appointments held: one animator per relay, one after the other (s_i = max(t_i, s_{i-1} + 30 min),
		// by a running max), so the no-double-booking constraint holds.
		await db.execute(sql`
			insert into appointments (relay_id, request_id, animator_id, kind, place_id, starts_at,
				ends_at, status, ical_uid, booked_by_kind)
			select q.relay_id, q.id, a.id, 'place', p.id, q.starts_at, q.starts_at + interval '30 minutes',
				'attended', 'banc-' || q.g || '@guichet', 'staff'
			from (
				select w.*, w.i * interval '30 minutes' + max(w.wanted - w.i * interval '30 minutes')
					over (partition by w.relay_id order by w.i) as starts_at
				from (
					select b.*, b.received_at + interval '1 day' * (1 + b.delay_days) as wanted,
						row_number() over (partition by b.relay_id order by b.received_at + interval '1 day' * (1 + b.delay_days), b.g) as i
					from bench_requests b where b.held
				) w
			) q
			join staff_users a on a.relay_id = q.relay_id and a.role = 'animator'
			join reception_places p on p.relay_id = q.relay_id`);
		await db.execute(sql`
			insert into request_outcomes (request_id, source, recorded_by, recorded_at, found, care_kind,
				no_solution_reason)
			select r.id, 'relay', a.id, r.closed_at, r.status = 'solution_recorded',
				case when r.status = 'solution_recorded' then (array['childminder_home', 'mam', 'creche', 'micro_creche'])[1 + (abs(hashtext(r.reference)) % 4)]::care_found_kind end,
				case when r.status = 'closed_without_solution' then (array['no_place_at_hours', 'no_place_for_age', 'too_far', 'too_expensive'])[1 + (abs(hashtext(r.reference)) % 4)]::no_solution_reason end
			from childcare_requests r
			join staff_users a on a.relay_id = r.relay_id and a.role = 'animator'
			where r.status in ('solution_recorded', 'closed_without_solution')`);
		await db.execute(sql`drop table bench_requests`);
		await db.execute(sql`drop table bench_tickets`);
		// What autovacuum does after a large import: fresh statistics for the planner.
		await db.execute(sql`analyze`);
	});
	const count = async (table: string) => {
		const result = await db.execute(sql.raw(`select count(*)::int as n from ${table}`));
		const rows = (Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows) as {
			n: number;
		}[];
		return rows[0]?.n ?? 0;
	};
	console.log(
		`Base : ${url ? 'PostgreSQL (DATABASE_URL)' : 'PGlite en mémoire'}, référentiel du ${DEPARTEMENT} (${await count('communes')} communes), ${RELAYS} relais.`
	);
	console.log(
		`Données : ${await count('childcare_requests')} demandes sur 5 ans, ${await count('request_children')} enfants, ${await count('appointments')} rendez-vous tenus, ${await count('request_outcomes')} issues.`
	);
	console.log(
		`Construction : référentiel ${referentialMs.toFixed(0)} ms, demandes ${buildMs.toFixed(0)} ms.`
	);

	const refreshes: number[] = [];
	let rows = 0;
	for (let run = 0; run < 3; run++) {
		const [result, ms] = await elapsed(() => refreshObservatoryCounts(db, NOW));
		refreshes.push(ms);
		rows = result.rowCount;
	}
	console.log(
		`Recalcul des comptes (refreshObservatoryCounts) : ${refreshes.map((ms) => ms.toFixed(0)).join(', ')} ms (${rows} lignes).`
	);

	const rawReads: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const [, ms] = await elapsed(() =>
			readTerritoryCounts(db, { kind: 'deployment' }, `${YEAR}-01`, `${YEAR}-12`, '2026-12')
		);
		rawReads.push(ms);
	}
	console.log(`Lecture brute des comptes du déploiement (${YEAR}) : ${quantiles(rawReads)}.`);

	const scope = { kind: 'deployment' } as const;
	const cold: number[] = [];
	const warm: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		// A new generation, as after a refresh: the view is cut again from the counts.
		await db.execute(sql`update observatory_refreshes set generation = gen_random_uuid()`);
		const [view, coldMs] = await elapsed(() => loadObservatory(db, scope, YEAR, NOW));
		cold.push(coldMs);
		const [, warmMs] = await elapsed(() => loadObservatory(db, scope, YEAR, NOW));
		warm.push(warmMs);
		if (run === 0) {
			const tables = Object.values(view.sections).flat().length;
			console.log(
				`Vue d’ensemble ${view.period.year} : ${tables} tableaux, ${view.overview.length} chiffres clés.`
			);
		}
	}
	console.log(`Vue d’ensemble du déploiement, à froid (loadObservatory) : ${quantiles(cold)}.`);
	console.log(`Vue d’ensemble du déploiement, en cache : ${quantiles(warm)}.`);
} finally {
	await handle.close();
}
