import { randomUUID } from 'node:crypto';
import { and, eq, gte, sql, type SQL } from 'drizzle-orm';
import type { Database, Db } from '../db/types';
import {
	childminderAvailabilities,
	childminders,
	observatoryCounts,
	observatoryRefreshes
} from '../db/schema';
import { config } from '../config';
import { deriveAtypicalFlags } from '$lib/requests/atypical-hours';
import { careKinds, weekDays, type WeeklySchedule } from '$lib/childcare-request-options';
import { communeMeasures, MAX_COUNTED_DAYS, MAX_SOLUTION_WEEKS } from '$lib/observatory/measures';
import { parisDate } from '$lib/time/paris';

/*
 * Recomputes `observatory_counts` from the requests' anonymised facts: the communes, the dates
 * received, the need, the children's age bands and support answer, the appointments' times,
 * the lists given and the outcomes. It never reads a name, a contact, a birth date or a
 * comment (a code-reading test holds it), so what it writes is the same before and after a
 * request's personal data are erased. Run by the hourly housekeeping and after the demo seed;
 * the pages read the result and never count requests.
 */

export interface RefreshResult {
	requestCount: number;
	rowCount: number;
	durationMs: number;
}

/** The communes of the deployment, each with the territories it counts in. */
function territoriesSql(): SQL {
	const departements = config.departements;
	const inDeployment =
		departements.length > 0
			? sql`(c.relay_id is not null or c.departement in (${sql.join(
					departements.map((d) => sql`${d}`),
					sql`, `
				)}))`
			: sql`c.relay_id is not null`;
	return sql`
		select c.insee_code, t.scope, t.is_commune
		from communes c
		cross join lateral (values
			('deployment', false),
			('relay:' || c.relay_id::text, false),
			('epci:' || c.epci_code, false),
			('commune:' || c.insee_code, true)
		) as t(scope, is_commune)
		where ${inDeployment} and t.scope is not null`;
}

/** One line per request (duplicates left out) with its category for each measure. */
const factsSql = sql`
	select
		date_trunc('month', r.received_at at time zone 'Europe/Paris')::date as month,
		r.residence_insee as insee,
		r.channel::text as channel,
		ch.youngest_band as age_band,
		case when ch.child_count = 1 then '1' when ch.child_count = 2 then '2' else '3_plus' end as children,
		case
			when lead.months < 1 then 'under_1m'
			when lead.months < 3 then 'm1_2'
			when lead.months < 6 then 'm3_5'
			when lead.months < 9 then 'm6_8'
			else 'm9_plus'
		end as lead_time,
		case
			when r.variable_hours or r.regularity = 'occasional' then 'variable'
			when grid.minutes < 20 * 60 then 'under_20'
			when grid.minutes < 35 * 60 then 'h20_34'
			when grid.minutes < 45 * 60 then 'h35_44'
			else 'h45_plus'
		end as weekly_hours,
		case
			when r.variable_hours or r.regularity = 'occasional' then 'variable'
			when grid.days <= 2 then 'd1_2'
			when grid.days = 3 then 'd3'
			when grid.days = 4 then 'd4'
			when grid.days = 5 then 'd5'
			else 'd6_7'
		end as weekly_days,
		r.atypical_early, r.atypical_late, r.atypical_saturday, r.atypical_sunday, r.atypical_night,
		(r.atypical_early or r.atypical_late or r.atypical_saturday or r.atypical_sunday or r.atypical_night) as atypical,
		cardinality(r.periscolaire) > 0 as periscolaire,
		r.care_kinds,
		ch.disability,
		case
			when first_held.day is null then 'none'
			when first_held.day > ${MAX_COUNTED_DAYS} then 'over'
			else greatest(first_held.day, 0)::text
		end as first_appointment_days,
		exists (select 1 from family_lists l where l.request_id = r.id) as list_given,
		case
			when o.found then 'found'
			when o.found is not null then 'none'
			when r.status in ('cancelled_by_family', 'closed_by_relay') then 'closed'
			else 'open'
		end as outcome,
		o.care_kind::text as found_kind,
		o.no_solution_reason::text as no_solution_reason,
		case
			when not o.found then null
			when o.days / 7 > ${MAX_SOLUTION_WEEKS} then 'over'
			else 'w' || (greatest(o.days, 0) / 7)::text
		end as solution_weeks
	from childcare_requests r
	cross join lateral (
		select
			min(c.age_band)::text as youngest_band,
			count(*) as child_count,
			case
				when bool_or(c.needs_support) then 'yes'
				when bool_and(c.needs_support is not null) then 'no'
				else 'unknown'
			end as disability
		from request_children c where c.request_id = r.id
	) as ch
	cross join lateral (
		select (extract(year from a) * 12 + extract(month from a))::int as months
		from age(r.desired_start, (r.received_at at time zone 'Europe/Paris')::date) as a
	) as lead
	cross join lateral (
		select
			count(*)::int as days,
			coalesce(sum(mod((extract(epoch from ((d.value ->> 'end')::time - (d.value ->> 'start')::time)) / 60)::int + 1440, 1440)), 0)::int as minutes
		from jsonb_each(r.weekly_schedule) d
		where jsonb_typeof(d.value) = 'object'
	) as grid
	left join lateral (
		select (min(a.starts_at) at time zone 'Europe/Paris')::date - (r.received_at at time zone 'Europe/Paris')::date as day
		from appointments a where a.request_id = r.id and a.status = 'attended'
	) as first_held on true
	left join lateral (
		select o.found, o.care_kind, o.no_solution_reason,
			(o.recorded_at at time zone 'Europe/Paris')::date - (r.received_at at time zone 'Europe/Paris')::date as days
		from request_outcomes o where o.request_id = r.id and o.reopened_at is null
	) as o on true
	where r.closure_reason is distinct from 'duplicate'`;

/** The (measure, category) pairs of one request: a category null means "not counted". */
function pairsSql(): SQL {
	const yesNo = (column: string) => sql.raw(`case when f.${column} then 'yes' else 'no' end`);
	const pairs: [string, SQL][] = [
		['requests', sql`'all'`],
		['channel', sql`f.channel`],
		['age_band', sql`f.age_band`],
		['children', sql`f.children`],
		['lead_time', sql`f.lead_time`],
		['weekly_hours', sql`f.weekly_hours`],
		['weekly_days', sql`f.weekly_days`],
		['atypical', yesNo('atypical')],
		['atypical_early', yesNo('atypical_early')],
		['atypical_late', yesNo('atypical_late')],
		['atypical_saturday', yesNo('atypical_saturday')],
		['atypical_sunday', yesNo('atypical_sunday')],
		['atypical_night', yesNo('atypical_night')],
		['periscolaire', yesNo('periscolaire')],
		...careKinds.map((kind): [string, SQL] => [
			`care_kind_${kind}`,
			sql`case when ${kind} = any(f.care_kinds) then 'yes' else 'no' end`
		]),
		['disability', sql`f.disability`],
		['first_appointment_days', sql`f.first_appointment_days`],
		['list_given', yesNo('list_given')],
		['outcome', sql`f.outcome`],
		['found_kind', sql`f.found_kind`],
		['no_solution_reason', sql`f.no_solution_reason`],
		['solution_weeks', sql`f.solution_weeks`],
		['outcome_atypical', sql`case when f.atypical then f.outcome end`],
		['outcome_disability', sql`case when f.disability = 'yes' then f.outcome end`]
	];
	return sql.join(
		pairs.map(([measure, category]) => sql`(${measure}, ${category})`),
		sql`, `
	);
}

const openStatuses = ['received', 'in_progress', 'appointment_booked', 'appointment_held'];

/** The open requests now, per commune and slot (snapshot measure `tension_open`). */
const openRequestsSql = sql`
	select r.residence_insee as insee, s.slot
	from childcare_requests r
	cross join lateral (values
		('any', true),
		('weekday', exists (
			select 1 from jsonb_each(r.weekly_schedule) d
			where d.key in ('mon', 'tue', 'wed', 'thu', 'fri') and jsonb_typeof(d.value) = 'object'
		)),
		('early', r.atypical_early),
		('late', r.atypical_late),
		('saturday', r.atypical_saturday),
		('sunday', r.atypical_sunday),
		('night', r.atypical_night)
	) as s(slot, needed)
	where s.needed and r.status in (${sql.join(
		openStatuses.map((s) => sql`${s}`),
		sql`, `
	)})`;

interface SnapshotCount {
	insee: string;
	measure: 'tension_free' | 'childminders';
	category: string;
	n: number;
}

/**
 * The snapshot counts computed here rather than in SQL: free places by slot (the slots are
 * derived from each place's grid by the same rule as a request's atypical flags), and the
 * active childminders with an availability that still holds, per commune.
 */
async function snapshotCounts(db: Db, today: string): Promise<SnapshotCount[]> {
	const counts = new Map<string, SnapshotCount>();
	const add = (insee: string, measure: SnapshotCount['measure'], category: string) => {
		const key = `${insee}|${measure}|${category}`;
		const found = counts.get(key);
		if (found) found.n += 1;
		else counts.set(key, { insee, measure, category, n: 1 });
	};
	const places = await db
		.select({
			insee: childminders.communeInsee,
			schedule: childminderAvailabilities.weeklySchedule
		})
		.from(childminderAvailabilities)
		.innerJoin(childminders, eq(childminders.id, childminderAvailabilities.childminderId))
		.where(
			and(
				eq(childminders.status, 'active'),
				gte(childminders.availabilityValidUntil, today),
				gte(childminderAvailabilities.validUntil, today)
			)
		);
	for (const place of places) {
		for (const slot of slotsOf(place.schedule)) add(place.insee, 'tension_free', slot);
	}
	const minders = await db
		.select({ insee: childminders.communeInsee, validUntil: childminders.availabilityValidUntil })
		.from(childminders)
		.where(eq(childminders.status, 'active'));
	for (const minder of minders) {
		add(minder.insee, 'childminders', 'active');
		if (minder.validUntil !== null && minder.validUntil >= today)
			add(minder.insee, 'childminders', 'up_to_date');
	}
	return [...counts.values()];
}

function slotsOf(schedule: WeeklySchedule): string[] {
	const flags = deriveAtypicalFlags(schedule);
	const weekday = weekDays.slice(0, 5).some((day) => schedule[day] !== null);
	return [
		'any',
		...(weekday ? ['weekday'] : []),
		...(['early', 'late', 'saturday', 'sunday', 'night'] as const).filter((slot) => flags[slot])
	];
}

/**
 * Replaces every count in one transaction; of two instances refreshing together, the second
 * waits for the first (the table lock) and then recomputes the same rows.
 */
export async function refreshObservatoryCounts(
	db: Database,
	now = new Date()
): Promise<RefreshResult> {
	const started = performance.now();
	const generation = randomUUID();
	const today = parisDate(now);
	const month = `${today.slice(0, 7)}-01`;
	const territories = territoriesSql();
	const communeOnly = sql.join(
		communeMeasures.map((m) => sql`${m}`),
		sql`, `
	);
	return db.transaction(async (tx) => {
		await tx.execute(sql`lock table observatory_counts in exclusive mode`);
		await tx.delete(observatoryCounts);
		await tx.execute(sql`
			insert into observatory_counts (scope, measure, month, category, n)
			with facts as (${factsSql}),
			per_commune as (
				select f.insee, f.month, p.measure, p.category, count(*)::int as n
				from facts f
				cross join lateral (values ${pairsSql()}) as p(measure, category)
				where p.category is not null
				group by 1, 2, 3, 4
			),
			territory as (${territories})
			select t.scope, c.measure, c.month, c.category, sum(c.n)::int
			from per_commune c
			join territory t on t.insee_code = c.insee
			where not t.is_commune or c.measure in (${communeOnly})
			group by 1, 2, 3, 4`);
		await tx.execute(sql`
			insert into observatory_counts (scope, measure, month, category, n)
			with open_requests as (${openRequestsSql}),
			territory as (${territories})
			select t.scope, 'tension_open', ${month}::date, o.slot, count(*)::int
			from open_requests o
			join territory t on t.insee_code = o.insee
			group by 1, 2, 3, 4`);
		// Which communes each territory held at this refresh: the pages group communes by these,
		// so that a commune moved to another relay since cannot make a total disagree.
		await tx.execute(sql`
			insert into observatory_counts (scope, measure, month, category, n)
			with territory as (${territories})
			select t.scope, 'territory_commune', ${month}::date, t.insee_code, 1
			from territory t
			where not t.is_commune`);
		const snapshot = await snapshotCounts(tx, today);
		if (snapshot.length > 0) {
			await tx.execute(sql`
				insert into observatory_counts (scope, measure, month, category, n)
				with snapshot as (
					select * from (values ${sql.join(
						snapshot.map((s) => sql`(${s.insee}, ${s.measure}, ${s.category}, ${s.n}::int)`),
						sql`, `
					)}) as s(insee, measure, category, n)
				),
				territory as (${territories})
				select t.scope, s.measure, ${month}::date, s.category, sum(s.n)::int
				from snapshot s
				join territory t on t.insee_code = s.insee
				group by 1, 2, 3, 4`);
		}
		const [requests] = await tx
			.select({ n: sql<number>`coalesce(sum(${observatoryCounts.n}), 0)::int` })
			.from(observatoryCounts)
			.where(
				and(eq(observatoryCounts.scope, 'deployment'), eq(observatoryCounts.measure, 'requests'))
			);
		const [rows] = await tx.select({ n: sql<number>`count(*)::int` }).from(observatoryCounts);
		const result: RefreshResult = {
			requestCount: requests?.n ?? 0,
			rowCount: rows?.n ?? 0,
			durationMs: Math.round(performance.now() - started)
		};
		await tx
			.insert(observatoryRefreshes)
			.values({
				id: 1,
				generation,
				refreshedAt: now,
				requestCount: result.requestCount,
				durationMs: result.durationMs
			})
			.onConflictDoUpdate({
				target: observatoryRefreshes.id,
				set: {
					generation,
					refreshedAt: now,
					requestCount: result.requestCount,
					durationMs: result.durationMs
				}
			});
		return result;
	});
}
