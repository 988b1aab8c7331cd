import { INFORMATION_NOTICE_VERSION } from '../../../src/lib/server/requests/information-notice';
import type { Database } from '../../../src/lib/server/db/types';
import { needsSql, words } from './request-shapes';
import { between, draw, literal, pick, run, stableUuid } from './sql-tools';
import type { BenchTimeline } from './timeline';

/**
 * Writes the planned requests (requests-plan.ts) as the app stores them: the request with its
 * reference (per relay and year, and the counters that the next submission continues from),
 * its children with their age band, its appointment, the list handed to the family (a snapshot
 * of the commune's childminders, in a seeded rotation), its outcome, its follow-ups, its story
 * (`request_events`, as the lifecycle writes it), and — past its retention date — the state
 * the daily purge leaves: personal fields emptied, a `personal_data_erased` event and its audit
 * entry. Nothing is left for the app's hourly jobs to catch up on when it starts: the
 * follow-ups due are sent, the erasures due done, the reminders of the next day sent.
 */
export async function storeRequests(db: Database, timeline: BenchTimeline): Promise<void> {
	const now = `${literal(timeline.now.toISOString())}::timestamptz`;
	const w = words;
	const hg = (i: 0 | 1 | 2 | 3) => draw('f.hg', i);
	const anon = 'f.anonymised_at is not null';

	await run(
		db,
		`insert into childcare_requests (id, relay_id, reference, status, channel, locale, received_at,
			idempotency_key, tracking_token_hash, parent_names, email, phone, appointment_mode,
			contact_times, home_language, residence_insee, work_insee, desired_start, latest_start,
			regularity, weekly_schedule, variable_hours, atypical_early, atypical_late,
			atypical_saturday, atypical_sunday, atypical_night, periscolaire, care_kinds, comment,
			consent_at, notice_version, assigned_to, closed_at, closure_reason, retention_until,
			anonymised_at, anonymisation_cause, updated_at)
		select f.id, f.relay_id,
			rl.reference_code || '-' || f.year || '-' || lpad(f.number::text, 5, '0'),
			f.status::request_status, f.channel::request_channel,
			(case when ${hg(2)} < 0.93 then 'fr' when ${hg(2)} < 0.97 then 'en' else 'ar' end)::family_locale,
			f.received_at, ${stableUuid("'bench-key:' || f.g")},
			case when ${anon} then 'erased:' || f.id
				else encode(sha256(convert_to('bench-tracking:' || f.g, 'UTF8')), 'hex') end,
			case when ${anon} then '' else f.first_name || ' ' || f.last_name end,
			case when ${anon} or not f.has_email then null
				else f.first_slug || '.' || f.last_slug || '.' || f.g || '@exemple.test' end,
			case when ${anon} or not f.has_phone then null
				else '+336' || lpad((30000000 + f.g)::text, 8, '0') end,
			f.appointment_mode::appointment_mode,
			case when ${anon} then '' else ${pick(w.contactTimes.sql, w.contactTimes.length, draw('f.hd', 0))} end,
			case when ${anon} then '' else ${pick(w.languages.sql, w.languages.length, draw('f.hc', 3))} end,
			f.residence_insee,
			case when ${hg(3)} < 0.3 and f.work_commune <> f.residence_insee then f.work_commune end,
			f.desired_start,
			case when ${hg(1)} < 0.4 then (f.desired_start + make_interval(months => ${between(hg(1), 1, 3)}))::date end,
			(case when need.occasional then 'occasional' else 'regular' end)::request_regularity,
			need.schedule, need.variable, need.early, need.late, need.saturday, need.sunday, need.night,
			case when f.child_count > 1 and ${hg(3)} > 0.7 then array['after_school', 'wednesday'] else '{}' end,
			f.care_kinds,
			case when ${anon} or ${hg(3)} > 0.2 then ''
				else ${pick(w.comments.sql, w.comments.length, draw('f.he', 3))} end,
			f.received_at, ${literal(INFORMATION_NOTICE_VERSION)}, f.assigned_to, f.closed_at,
			case when f.status = 'closed_by_relay' then 'unreachable' end::relay_closure_reason,
			case when f.closed_at is not null then f.retention_until end,
			f.anonymised_at,
			case when ${anon} then 'retention' end::anonymisation_cause,
			greatest(f.received_at, f.booked_at, f.closed_at, f.anonymised_at, f.fu30_at, f.fu90_at)
		from (
			select b.*, extract(year from b.received_at at time zone 'Europe/Paris')::int as year,
				row_number() over (
					partition by b.relay_id, extract(year from b.received_at at time zone 'Europe/Paris')
					order by b.received_at, b.g) as number
			from bench_facts b
		) f
		join relays rl on rl.id = f.relay_id
		join ${needsSql()} on need.n = f.need`
	);
	// The next request of a relay continues its year's numbering (requests/reference.ts).
	await run(
		db,
		`insert into request_reference_counters (relay_id, year, last_number)
		select relay_id, split_part(reference, '-', 2)::int, max(split_part(reference, '-', 3)::int)
		from childcare_requests group by 1, 2`
	);

	await run(
		db,
		`insert into request_children (request_id, position, birth_date, expected_birth_date,
			needs_support, age_band)
		select c.id, c.position,
			case when c.anonymised_at is null then c.birth_day end,
			case when c.anonymised_at is null then c.expected_day end,
			case when c.support < 0.05 then true when c.support < 0.7 then false end,
			(case
				when c.months < 6 then 'under_6m' when c.months < 12 then 'm6_11'
				when c.months < 24 then 'm12_23' when c.months < 36 then 'm24_35' else 'y3_plus'
			end)::child_age_band
		from (
			select x.*, (extract(year from age(x.desired_start, coalesce(x.birth_day, x.expected_day))) * 12
				+ extract(month from age(x.desired_start, coalesce(x.birth_day, x.expected_day))))::int as months
			from (
				select f.id, f.anonymised_at, f.desired_start, p.position,
					case when p.position = 1 then f.first_birth_day
						else f.received_day - ${between(draw("md5('bench-child:' || f.g || ':' || p.position)", 0), 365, 2500)} end as birth_day,
					case when p.position = 1 then f.first_expected_day end as expected_day,
					${draw("md5('bench-child:' || f.g || ':' || p.position)", 1)} as support
				from bench_facts f
				cross join lateral generate_series(1, f.child_count) as p(position)
			) x
		) c`
	);

	// A phone appointment calls the family's number ('' once erased, as the purge leaves it).
	await run(
		db,
		`insert into appointments (id, relay_id, request_id, animator_id, kind, place_id, phone,
			starts_at, ends_at, status, ical_uid, ical_sequence, booked_at, booked_by_kind,
			reminder_sent_at, created_at, updated_at)
		select ${stableUuid("'bench-appointment:' || f.g")}, f.relay_id, f.id, f.animator_id,
			(case when f.appointment_mode = 'phone' then 'phone' else 'place' end)::appointment_kind,
			case when f.appointment_mode = 'phone' then null else p.id end,
			case when f.appointment_mode <> 'phone' then null when ${anon} then ''
				else '+336' || lpad((30000000 + f.g)::text, 8, '0') end,
			f.starts_at, f.ends_at, f.appointment_status::appointment_status,
			'banc-' || f.g || '@guichet', 0, f.booked_at, 'staff',
			case when f.starts_at - interval '36 hours' <= ${now} then f.starts_at - interval '36 hours' end,
			f.booked_at, case when f.appointment_status = 'attended' then f.ends_at else f.booked_at end
		from bench_facts f
		join bench_places p on p.relay_id = f.relay_id
		where f.appointment_status is not null
		-- In each animator's order: the exclusion constraint's index grows along its own order.
		order by f.animator_id, f.starts_at`
	);

	// Each commune's active childminders, as a list shows them, numbered once; a list is a
	// window of eight of them from a seeded start, as the family was handed it.
	await run(
		db,
		`create unlogged table bench_minders as
		select m.commune_insee, (row_number() over (partition by m.commune_insee order by m.id) - 1)::int as k,
			count(*) over (partition by m.commune_insee)::int as n, m.id,
			jsonb_build_object(
				'childminderId', m.id, 'name', m.first_name || ' ' || m.last_name,
				'workSetting', m.work_setting, 'mamName', mam.name, 'communeName', co.name,
				'address', case when m.address_publication = 'full_address' then m.address end,
				'phone', case when m.contacts_objection then null else m.phone end,
				'email', case when m.contacts_objection then null else m.email end,
				'distanceKm', null,
				'availability', case when m.availability_valid_until >= ${literal(timeline.anchorDay)}::date
					then 'declared' else 'to_confirm' end,
				'freePlaces', '[]'::jsonb, 'places', '[]'::jsonb,
				'offer', coalesce((select jsonb_agg(o.key order by o.key) from jsonb_each(m.offer) o
					where o.value = 'true'::jsonb), '[]'::jsonb),
				'languages', to_jsonb(m.languages)) as entry
		from childminders m
		join communes co on co.insee_code = m.commune_insee
		left join mams mam on mam.id = m.mam_id
		where m.status = 'active'`
	);
	// Every window of eight consecutive childminders of a commune (fewer where it has fewer),
	// built once: a list is then found by its commune and its start, not aggregated per list.
	await run(
		db,
		`create unlogged table bench_windows as
		select w.commune_insee, w.k, w.ids, w.entries from (
			select m.commune_insee, m.k, m.n,
				array_agg(m.id) over seven as ids, jsonb_agg(m.entry) over seven as entries
			from bench_minders m
			window seven as (partition by m.commune_insee order by m.k rows between current row and 7 following)
		) w
		where w.k <= w.n - least(8, w.n)`
	);
	await run(db, 'create unique index on bench_windows (commune_insee, k)');
	await run(
		db,
		'create unlogged table bench_commune_sizes as select distinct commune_insee, n from bench_minders'
	);
	await run(db, 'analyze bench_windows, bench_commune_sizes');
	await run(
		db,
		`insert into family_lists (id, request_id, idempotency_key, given_by, given_at, filters,
			order_by, seed, childminder_ids, entries, structures)
		select ${stableUuid("'bench-list:' || f.g")}, f.id, ${stableUuid("'bench-list-key:' || f.g")},
			f.animator_id, f.list_at, jsonb_build_object('communeInsee', f.residence_insee), 'rotation', f.g,
			coalesce(w.ids, '{}'), coalesce(w.entries, '[]'::jsonb), '[]'::jsonb
		from (
			select b.*, floor(${draw('b.hg', 1)} * (cs.n - least(8, cs.n) + 1))::int as start
			from bench_facts b left join bench_commune_sizes cs on cs.commune_insee = b.residence_insee
			where b.list_at is not null
		) f
		left join bench_windows w on w.commune_insee = f.residence_insee and w.k = f.start`
	);

	await run(
		db,
		`create unlogged table bench_outcomes as
		select f.g, f.id, f.animator_id, f.closed_at, f.status = 'solution_recorded' as found,
			case when f.status = 'solution_recorded' then ${pick(w.careFound.sql, w.careFound.length, draw('f.hb', 1))} end as care_kind,
			case when f.status = 'solution_recorded' and ${draw('f.hb', 2)} < 0.7 then f.desired_start end as start_date,
			case when f.status = 'solution_recorded' and ${draw('f.hb', 3)} < 0.8 then ${draw('f.hc', 0)} < 0.6 end as from_relay_list,
			case when f.status = 'closed_without_solution' then ${pick(w.noSolution.sql, w.noSolution.length, draw('f.hb', 1))} end as reason
		from bench_facts f where f.status in ('solution_recorded', 'closed_without_solution')`
	);
	await run(db, 'create unique index on bench_outcomes (g)');
	await run(db, 'analyze bench_outcomes');
	await run(
		db,
		`insert into request_outcomes (request_id, source, recorded_by, recorded_at, found, care_kind,
			start_date, from_relay_list, no_solution_reason)
		select o.id, 'relay', o.animator_id, o.closed_at, o.found, o.care_kind::care_found_kind,
			o.start_date, o.from_relay_list, o.reason::no_solution_reason
		from bench_outcomes o`
	);

	// A third of the families answer a follow-up, two days later, that they are still looking.
	await run(
		db,
		`insert into request_follow_ups (request_id, stage, sent_at, answer, answered_at)
		select f.id, s.stage, s.sent_at,
			case when s.answered_at is not null then 'still_looking'::follow_up_answer end, s.answered_at
		from bench_facts f
		cross join lateral (values (30, f.fu30_at), (90, f.fu90_at)) as x(stage, sent_at)
		cross join lateral (select x.stage, x.sent_at,
			case when ${draw("md5('bench-follow-up:' || f.g || ':' || x.stage)", 0)} < 0.33
				and x.sent_at + interval '2 days' <= least(${now}, coalesce(f.closed_at, ${now}))
				then x.sent_at + interval '2 days' end as answered_at) s
		where s.sent_at is not null`
	);

	await storeEvents(db);

	await run(
		db,
		`insert into audit_log (actor_kind, relay_id, action, entity_type, entity_id, details, at)
		select 'system', f.relay_id, 'request.personal_data_erased', 'childcare_request', f.id::text,
			'{"cause": "retention"}'::jsonb, f.anonymised_at
		from bench_facts f where f.anonymised_at is not null order by f.anonymised_at, f.g`
	);
}

/** Each request's story, in one pass: every event it may have, those that happened kept. */
async function storeEvents(db: Database): Promise<void> {
	const outcomeDetails = `jsonb_strip_nulls(jsonb_build_object('from', 'appointment_held',
		'status', f.status, 'found', o.found, 'careKind', o.care_kind, 'startDate', o.start_date,
		'fromRelayList', o.from_relay_list, 'noSolutionReason', o.reason, 'source', 'relay'))`;
	const held = "f.appointment_status = 'attended'";
	const hasAppointment = 'f.appointment_status is not null';
	await run(
		db,
		`insert into request_events (request_id, kind, at, actor_kind, actor_id, visible_to_family, details)
		select f.id, e.kind, e.at, e.actor_kind::audit_actor_kind,
			case when e.actor_kind = 'staff' then f.animator_id end, e.visible, e.details
		from bench_facts f
		left join bench_outcomes o on o.g = f.g
		left join family_lists l on l.request_id = f.id
		cross join lateral (values
			('received', f.received_at,
				case when f.channel = 'online' then 'family' when f.assigned_to is null then 'system' else 'staff' end,
				true, jsonb_build_object('channel', f.channel)),
			('appointment_proposed', case when ${hasAppointment} then f.proposed_at end, 'staff', true, '{}'::jsonb),
			('appointment_booked', case when ${hasAppointment} then f.booked_at end, 'staff', true, '{}'::jsonb),
			('appointment_held', case when ${held} then f.ends_at end, 'staff', false, '{}'::jsonb),
			('list_given', l.given_at, 'staff', true,
				jsonb_build_object('listId', l.id, 'count', cardinality(l.childminder_ids))),
			('follow_up_sent', f.fu30_at, 'system', true, '{"stage": 30}'::jsonb),
			('follow_up_sent', f.fu90_at, 'system', true, '{"stage": 90}'::jsonb),
			('solution_recorded', case when f.status = 'solution_recorded' then f.closed_at end, 'staff', true,
				${outcomeDetails}),
			('closed', case when f.status in ('solution_recorded', 'closed_without_solution', 'closed_by_relay')
				then f.closed_at end, 'staff', true,
				case f.status when 'closed_without_solution' then ${outcomeDetails}
					when 'closed_by_relay' then '{"from": "in_progress", "status": "closed_by_relay", "reason": "unreachable"}'::jsonb
					else '{}'::jsonb end),
			('cancelled_by_family', case when f.status = 'cancelled_by_family' then f.closed_at end, 'family', true,
				jsonb_build_object('reason', ${pick(words.cancelReasons.sql, words.cancelReasons.length, draw('f.hc', 2))})),
			('personal_data_erased', f.anonymised_at, 'system', false, '{"cause": "retention"}'::jsonb)
		) as e(kind, at, actor_kind, visible, details)
		where e.at is not null
		order by f.g, e.at`
	);
	await run(
		db,
		`insert into request_events (request_id, kind, at, actor_kind, visible_to_family, details)
		select u.request_id, 'follow_up_answered', u.answered_at, 'family', true,
			jsonb_build_object('stage', u.stage, 'answer', u.answer)
		from request_follow_ups u where u.answered_at is not null`
	);
}
