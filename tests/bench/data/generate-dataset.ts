import { refreshObservatoryCounts } from '../../../src/lib/server/observatory/refresh-counts';
import { mailTrackingToken } from '../../../src/lib/server/requests/tracking-link';
import type { Database } from '../../../src/lib/server/db/types';
import type { BenchDataset } from '../dataset';
import { benchEmails, benchPasswords, relaySlug } from './accounts';
import { buildDirectory } from './directory';
import { planRequests } from './requests-plan';
import { storeRequests } from './requests-store';
import type { BenchScale } from './scales';
import { integer, literal, rows, run } from './sql-tools';
import { buildTerritory } from './territory';
import type { BenchTimeline } from './timeline';

export type GeneratedData = Pick<BenchDataset, 'counts' | 'accounts' | 'samples'>;

/** The tables the manifest counts, under the names it gives them. */
const counted: Record<string, string> = {
	relays: 'relays',
	communes: 'communes',
	servedCommunes: 'communes where relay_id is not null',
	staff: 'staff_users',
	availabilityRules: 'availability_rules',
	childminders: 'childminders',
	childminderFreePlaces: 'childminder_availabilities',
	mams: 'mams',
	careStructures: 'care_structures',
	requests: 'childcare_requests',
	openRequests: `childcare_requests where status in ('received', 'in_progress', 'appointment_booked', 'appointment_held')`,
	waitingRequests: `childcare_requests where status = 'received'`,
	anonymisedRequests: 'childcare_requests where anonymised_at is not null',
	children: 'request_children',
	requestEvents: 'request_events',
	appointments: 'appointments',
	upcomingAppointments: `appointments where status = 'booked'`,
	familyLists: 'family_lists',
	outcomes: 'request_outcomes',
	followUps: 'request_follow_ups',
	auditEntries: 'audit_log',
	observatoryCounts: 'observatory_counts'
};

/**
 * Fills a migrated, empty database with a dataset of the given scale; `progress` hears each
 * phase with its duration. The same code for PostgreSQL and PGlite. Returns what the manifest
 * says: counts, accounts and samples.
 */
export async function generateDataset(
	db: Database,
	scale: BenchScale,
	timeline: BenchTimeline,
	progress: (phase: string, ms: number) => void = () => {}
): Promise<GeneratedData> {
	const phase = async (name: string, work: () => Promise<void>) => {
		const started = performance.now();
		await work();
		progress(name, performance.now() - started);
	};
	await phase('territory, staff and openings', () => buildTerritory(db, scale, timeline));
	await phase('directory', () => buildDirectory(db, scale, timeline));
	await phase('requests planned', () => planRequests(db, scale, timeline));
	await phase('requests stored', () => storeRequests(db, timeline));
	await phase('temporary tables dropped', async () => {
		for (const table of [
			'bench_parts',
			'bench_animators',
			'bench_places',
			'bench_tickets',
			'bench_requests',
			'bench_slots',
			'bench_facts',
			'bench_minders',
			'bench_windows',
			'bench_commune_sizes',
			'bench_outcomes'
		])
			await run(db, `drop table if exists ${table}`);
	});
	await phase('observatory refreshed', async () => {
		await refreshObservatoryCounts(db, timeline.now);
	});
	// What autovacuum would do after a large import: fresh statistics for the planner.
	await phase('analyze', () => run(db, 'analyze'));

	const counts: Record<string, number> = {};
	for (const [name, from] of Object.entries(counted))
		counts[name] = await integer(db, `select count(*) as n from ${from}`);
	const slug = await busiestRelay(db);
	return { counts, accounts: accountsOf(slug), samples: await samplesOf(db, timeline, slug) };
}

/**
 * The relay whose queue holds the most open requests (the city's): its pages carry the most
 * rows, so the benchmark measures the heaviest relay rather than a rural one.
 */
async function busiestRelay(db: Database): Promise<string> {
	const [busiest] = await rows<{ slug: string }>(
		db,
		`select r.slug from relays r
		order by (select count(*) from childcare_requests q
			where q.relay_id = r.id and q.status in ('received', 'in_progress')) desc, r.slug
		limit 1`
	);
	return busiest?.slug ?? relaySlug(1);
}

function accountsOf(slug: string): BenchDataset['accounts'] {
	return {
		animator: {
			email: benchEmails.animator(slug, 1),
			password: benchPasswords.animator,
			relaySlug: slug
		},
		admin: { email: benchEmails.admin(slug), password: benchPasswords.admin, relaySlug: slug },
		official: { email: benchEmails.departementOfficial, password: benchPasswords.official },
		coordinator: { email: benchEmails.coordinator, password: benchPasswords.coordinator }
	};
}

/** Requests and a commune of the manifest animator's relay. */
async function samplesOf(
	db: Database,
	timeline: BenchTimeline,
	slug: string
): Promise<BenchDataset['samples']> {
	const relay = `(select id from relays where slug = ${literal(slug)})`;
	const animator = `(select id from staff_users where email = ${literal(benchEmails.animator(slug, 1))})`;
	const open = `r.relay_id = ${relay} and r.anonymised_at is null
		and r.status in ('received', 'in_progress', 'appointment_booked', 'appointment_held')`;
	// An open request the animator took, its appointment held, with most children and a list
	// handed: the request page with most to show (at a tiny scale, whatever open one there is).
	const [file] = await rows<{ id: string; reference: string }>(
		db,
		`select r.id, r.reference from childcare_requests r where ${open}
		order by r.assigned_to = ${animator} desc nulls last, r.status = 'appointment_held' desc,
			(select count(*) from request_children c where c.request_id = r.id) desc,
			exists (select 1 from family_lists l where l.request_id = r.id) desc, r.received_at desc, r.id
		limit 1`
	);
	const [bookable] = await rows<{ id: string; reference: string }>(
		db,
		`select r.id, r.reference from childcare_requests r
		where ${open} and r.status in ('received', 'in_progress')
			and not exists (select 1 from appointments a where a.request_id = r.id)
		order by r.assigned_to = ${animator} desc nulls last, r.received_at, r.id limit 1`
	);
	// The family of an appointment to come, following it.
	const [tracked] = await rows<{ id: string; hash: string }>(
		db,
		`select r.id, r.tracking_token_hash as hash from childcare_requests r where ${open}
		order by r.status = 'appointment_booked' desc, r.received_at, r.id limit 1`
	);
	const [commune] = await rows<{ insee: string }>(
		db,
		`select c.insee_code as insee from communes c
		where c.relay_id = ${relay}
		order by (select count(*) from childminders m where m.commune_insee = c.insee_code) desc, c.insee_code
		limit 1`
	);
	if (!file || !bookable || !tracked || !commune)
		throw new Error(`relay ${slug} lacks a sample (anchor ${timeline.anchorDay})`);
	return {
		requestId: file.id,
		requestReference: file.reference,
		bookableRequestId: bookable.id,
		bookableRequestReference: bookable.reference,
		trackingPath: `/suivi/${mailTrackingToken(tracked.id, tracked.hash)}`,
		directoryCommune: commune.insee
	};
}
