import { config } from '../../../src/lib/server/config';
import type { Database } from '../../../src/lib/server/db/types';
import { careSql, needsSql, words } from './request-shapes';
import type { BenchScale } from './scales';
import { between, draw, integer, literal, pick, run, stableUuid } from './sql-tools';
import { SLOT_MINUTES, SLOTS_PER_DAY, slotStart, workdayOf, type BenchTimeline } from './timeline';

/**
 * Plans every request in temporary tables, set-based (INSERT … SELECT over generate_series):
 * `bench_requests` holds each request's draws and what follows from them (relay and commune,
 * arrival, status by age, need, contact), `bench_slots` gives each appointment a slot of its
 * animator that no other takes, and `bench_facts` adds the dates of the story (proposed,
 * booked, held, list, follow-ups, closing, erasure). requests-store.ts writes the app's rows
 * from them. Every draw is a hash of the request's number: the same rows on every run.
 */
export async function planRequests(
	db: Database,
	scale: BenchScale,
	timeline: BenchTimeline
): Promise<void> {
	const anchor = `${literal(timeline.anchorDay)}::date`;
	const now = `${literal(timeline.now.toISOString())}::timestamptz`;
	const span = await integer(
		db,
		`select (${anchor} - ${literal(timeline.firstDay)}::date) as n`
	);

	await run(
		db,
		`create unlogged table bench_animators as
		select relay_id, (row_number() over (partition by relay_id order by id) - 1)::int as n, id
		from staff_users where role = 'animator'`
	);
	await run(
		db,
		`create unlogged table bench_places as
		select distinct on (relay_id) relay_id, id from reception_places order by relay_id, name, id`
	);
	// Families live where people live: one ticket per 100 inhabitants; a request draws one.
	await run(
		db,
		`create unlogged table bench_tickets as
		select (row_number() over (order by c.insee_code, s))::int as ticket, c.insee_code, c.relay_id
		from communes c
		cross join lateral generate_series(1, greatest(1, coalesce(c.population, 0) / 100)) s
		where c.relay_id is not null`
	);
	await run(db, 'create index on bench_tickets (ticket)');
	// Scratch tables get statistics at once: without them the planner guesses their size and
	// may join them row by row.
	await run(db, 'analyze bench_animators, bench_places, bench_tickets');
	const tickets = await integer(db, 'select count(*) as n from bench_tickets');

	const w = words;
	await run(
		db,
		`create unlogged table bench_requests as
		with h as materialized (
			select g, md5('bench-a:' || g) as ha, md5('bench-b:' || g) as hb, md5('bench-c:' || g) as hc,
				md5('bench-d:' || g) as hd, md5('bench-e:' || g) as he, md5('bench-f:' || g) as hf
			from generate_series(1, ${scale.requests}) g
		),
		d as materialized (
			select h.*,
				1 + floor(${draw('ha', 0)} * ${tickets})::int as ticket,
				1 + floor(${draw('hf', 2)} * ${tickets})::int as work_ticket,
				${literal(timeline.firstDay)}::date + floor(${draw('ha', 1)} * ${span})::int as received_day,
				case when ${draw('ha', 3)} < 0.58 then 'online' when ${draw('ha', 3)} < 0.70 then 'monenfant'
					when ${draw('ha', 3)} < 0.88 then 'phone' else 'desk' end as channel
			from h
		),
		r as materialized (
			select d.*, t.insee_code as residence_insee, t.relay_id, wt.insee_code as work_commune,
				${anchor} - d.received_day as age_days,
				(d.received_day + make_interval(mins => case when d.channel in ('online', 'monenfant')
					then ${between(draw('ha', 2), 7 * 60, 23 * 60 - 1)}
					else ${between(draw('ha', 2), 9 * 60, 17 * 60)} end)) at time zone 'Europe/Paris' as received_at
			from d
			join bench_tickets t on t.ticket = d.ticket
			join bench_tickets wt on wt.ticket = d.work_ticket
		),
		s as materialized (
			select r.*,
				case
					when r.age_days < 7 then case when ${draw('hb', 0)} < 0.7 then 'received' else 'in_progress' end
					when r.age_days < 21 then case when ${draw('hb', 0)} < 0.1 then 'received'
						when ${draw('hb', 0)} < 0.3 then 'in_progress' when ${draw('hb', 0)} < 0.6 then 'appointment_booked'
						when ${draw('hb', 0)} < 0.95 then 'appointment_held' else 'cancelled_by_family' end
					when r.age_days < 60 then case when ${draw('hb', 0)} < 0.45 then 'appointment_held'
						when ${draw('hb', 0)} < 0.75 then 'solution_recorded' when ${draw('hb', 0)} < 0.85 then 'closed_without_solution'
						when ${draw('hb', 0)} < 0.95 then 'cancelled_by_family' else 'closed_by_relay' end
					else case when ${draw('hb', 0)} < 0.6 then 'solution_recorded'
						when ${draw('hb', 0)} < 0.76 then 'closed_without_solution'
						when ${draw('hb', 0)} < 0.91 then 'cancelled_by_family' else 'closed_by_relay' end
				end as status,
				case when ${draw('hb', 1)} < 0.3 then 'phone' else 'relay' end as appointment_mode,
				${pick(w.firstNames.sql, w.firstNames.length, draw('he', 3))} as first_name,
				${pick(w.firstSlugs.sql, w.firstSlugs.length, draw('he', 3))} as first_slug,
				${pick(w.lastNames.sql, w.lastNames.length, draw('hf', 0))} as last_name,
				${pick(w.lastSlugs.sql, w.lastSlugs.length, draw('hf', 0))} as last_slug,
				case when ${draw('hc', 0)} < 0.84 then 1 when ${draw('hc', 0)} < 0.97 then 2 else 3 end as child_count,
				${draw('hc', 1)} < 0.3 as first_expected
			from r
		)
		select s.*,
			s.channel in ('online', 'monenfant') or ${draw('hb', 2)} < 0.5 as has_email,
			not (s.channel in ('online', 'monenfant') or ${draw('hb', 2)} < 0.5)
				or s.appointment_mode = 'phone' or ${draw('hb', 3)} < 0.85 as has_phone,
			case when s.first_expected then s.received_day + ${between(draw('hc', 2), 20, 240)} end as first_expected_day,
			case when not s.first_expected then s.received_day - ${between(draw('hc', 2), 7, 900)} end as first_birth_day,
			need.n as need, care.kinds as care_kinds,
			a.id as animator_id,
			case when s.status = 'received' then null else a.id end as assigned_to,
			-- The first appointment: within a week for most, later for some (a busy season).
			case when ${draw('hd', 3)} < 0.72 then ${between(draw('he', 0), 1, 7)}
				when ${draw('hd', 3)} < 0.92 then ${between(draw('he', 0), 8, 21)}
				else ${between(draw('he', 0), 22, 45)} end as delay_days,
			case
				when s.status in ('appointment_held', 'solution_recorded', 'closed_without_solution') then 'attended'
				when s.status = 'cancelled_by_family' and s.age_days >= 14 and ${draw('hf', 1)} < 0.4 then 'attended'
				when s.status = 'appointment_booked' then 'booked'
			end as appointment_status
		from s
		cross join lateral (select n from ${needsSql()} where need.up_to > ${draw('hd', 1)} order by need.up_to limit 1) need
		cross join lateral (select kinds from ${careSql()} where care.up_to > ${draw('hd', 2)} order by care.up_to limit 1) care
		join bench_animators a on a.relay_id = s.relay_id and a.n = s.g % ${scale.animatorsPerRelay}`
	);
	await run(db, 'create unique index on bench_requests (g)');
	await run(db, 'analyze bench_requests');

	// Appointments as whole slots of their animator (10 a working day). Past ones are laid out
	// from the latest back (a slot taken moves the earlier one earlier, never past the anchor);
	// the week to come's from the first forward. Distinct slots of one animator never overlap.
	const lastPastSlot = `(${workdayOf(timeline, anchor)} - 1) * ${SLOTS_PER_DAY} + ${SLOTS_PER_DAY - 1}`;
	const firstFutureSlot = `(${workdayOf(timeline, anchor)} + 1) * ${SLOTS_PER_DAY}`;
	await run(
		db,
		`create unlogged table bench_slots as
		with wanted as materialized (
			select g, animator_id, appointment_status,
				case when appointment_status = 'attended'
					then least(${workdayOf(timeline, `greatest(received_day + 1, least(received_day + delay_days, ${anchor} - 2))`)} * ${SLOTS_PER_DAY}
						+ floor(${draw('he', 1)} * ${SLOTS_PER_DAY})::int, ${lastPastSlot})
					else ${firstFutureSlot} + floor(${draw('he', 1)} * ${5 * SLOTS_PER_DAY})::int
				end as slot
			from bench_requests r where appointment_status is not null
		),
		past as materialized (
			select g, min(slot + i) over (partition by animator_id order by slot desc, g desc rows unbounded preceding) - i as slot
			from (select w.*, row_number() over (partition by animator_id order by slot desc, g desc) as i
				from wanted w where appointment_status = 'attended') x
		),
		future as materialized (
			select g, max(slot - i) over (partition by animator_id order by slot, g rows unbounded preceding) + i as slot
			from (select w.*, row_number() over (partition by animator_id order by slot, g) as i
				from wanted w where appointment_status = 'booked') x
		)
		select g, slot::int from past union all select g, slot::int from future`
	);
	await run(db, 'create unique index on bench_slots (g)');
	await run(db, 'analyze bench_slots');

	const retention = `make_interval(months => ${config.retentionMonths})`;
	await run(
		db,
		`create unlogged table bench_facts as
		with a as materialized (
			select r.*, s.slot, ${slotStart(timeline, 's.slot')} as starts_at
			from bench_requests r left join bench_slots s on s.g = r.g
		),
		b as materialized (
			select a.*, a.starts_at + interval '${SLOT_MINUTES} minutes' as ends_at,
				a.received_at + (a.starts_at - a.received_at) * (0.1 + 0.3 * ${draw('hf', 3)}) as proposed_at
			from a
		),
		c as materialized (
			select b.*,
				b.proposed_at + (b.starts_at - b.proposed_at) * 0.2 as booked_at,
				case when b.appointment_status = 'attended' and ${draw('hd', 0)} < 0.7 then b.ends_at end as list_at,
				case when b.status in ('solution_recorded', 'closed_without_solution', 'cancelled_by_family', 'closed_by_relay') then
					greatest(
						case when b.appointment_status = 'attended' then b.ends_at else b.received_at end + interval '1 hour',
						least(${now} - interval '1 hour',
							case when b.appointment_status = 'attended' then b.ends_at else b.received_at end
							+ make_interval(days => case b.status
								when 'solution_recorded' then ${between(draw('he', 2), 5, 75)}
								when 'closed_without_solution' then ${between(draw('he', 2), 20, 110)}
								when 'cancelled_by_family' then ${between(draw('he', 2), 1, 25)}
								else ${between(draw('he', 2), 30, 60)} end)))
				end as closed_at
			from b
		),
		f as materialized (
			select c.*,
				((c.closed_at at time zone 'Europe/Paris')::date + ${retention})::date as retention_until,
				-- The follow-ups of the first appointment held, at 30 and 90 days, while still open.
				case when c.appointment_status = 'attended' then
					(((c.starts_at at time zone 'Europe/Paris')::date + 30) + time '09:00') at time zone 'Europe/Paris' end as fu30,
				case when c.appointment_status = 'attended' then
					(((c.starts_at at time zone 'Europe/Paris')::date + 90) + time '09:00') at time zone 'Europe/Paris' end as fu90
			from c
		)
		select f.*,
			${stableUuid("'bench-request:' || f.g")} as id,
			md5('bench-g:' || f.g) as hg,
			case when f.first_expected
				then (f.first_expected_day + make_interval(months => ${between(draw("md5('bench-g:' || f.g)", 0), 3, 6)}))::date
				else f.received_day + ${between(draw("md5('bench-g:' || f.g)", 0), 20, 300)}
			end as desired_start,
			case when f.retention_until < ${anchor}
				then ((f.retention_until + 1) + time '03:00') at time zone 'Europe/Paris' end as anonymised_at,
			case when f.has_email and f.fu30 <= ${now} and (f.closed_at is null or f.closed_at > f.fu30) then f.fu30 end as fu30_at,
			case when f.has_email and f.fu90 <= ${now} and (f.closed_at is null or f.closed_at > f.fu90) then f.fu90 end as fu90_at
		from f`
	);
	await run(db, 'create unique index on bench_facts (g)');
	await run(db, 'analyze bench_facts');
}
