import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/lib/server/auth/password';
import { trackingTokenKey } from '../../src/lib/server/requests/tracking-link';
import { connectDatabase } from '../../src/lib/server/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { generateDataset, type GeneratedData } from '../bench/data/generate-dataset';
import { scales } from '../bench/data/scales';
import { integer, rows } from '../bench/data/sql-tools';
import { benchTimeline } from '../bench/data/timeline';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * The benchmark's generator (tests/bench/data) at its tiny scale: what the benchmark relies on
 * holds — the manifest's counts are the database's, its accounts sign in, its samples exist in
 * the animator's relay — and the data keep the app's rules (each request in its commune's
 * relay, appointments that never overlap, held ones past, booked ones to come).
 */
const scale = scales.tiny;
const timeline = benchTimeline(scale, '2026-12-03');

let database: TestDatabase;
let handle: DatabaseHandle;
let generated: GeneratedData;

beforeAll(async () => {
	database = await createTestDatabase();
	// On PostgreSQL, a connection of its own: the generator's session settings stay its own.
	handle = database.url ? await connectDatabase({ url: database.url, poolSize: 1 }) : database;
	generated = await generateDataset(handle.db, scale, timeline);
}, 120_000);

afterAll(async () => {
	if (handle !== database) await handle.close();
	await database.close();
});

const count = (from: string) => integer(handle.db, `select count(*) as n from ${from}`);

describe('the benchmark dataset at its tiny scale', () => {
	it('counts in the manifest what the database holds, at the scale asked', async () => {
		expect(generated.counts.requests).toBe(scale.requests);
		expect(generated.counts.childminders).toBe(scale.childminders);
		expect(generated.counts.relays).toBe(scale.relays);
		// Per relay an admin, its animators and an official; the coordinator, the département's
		// official and those of intercommunalities.
		expect(generated.counts.staff).toBe(
			scale.relays * (scale.animatorsPerRelay + 2) + 2 + scale.epciOfficials
		);
		expect(await count('childcare_requests')).toBe(generated.counts.requests);
		expect(await count('appointments')).toBe(generated.counts.appointments);
		expect(await count('family_lists')).toBe(generated.counts.familyLists);
		expect(generated.counts.openRequests).toBeGreaterThan(0);
		expect(generated.counts.upcomingAppointments).toBeGreaterThan(0);
		// The observatory was recounted: every request is in the deployment's total.
		expect(
			await integer(
				handle.db,
				`select sum(n) as n from observatory_counts where scope = 'deployment' and measure = 'requests'`
			)
		).toBe(scale.requests);
	});

	it('gives accounts whose passwords the sign-in accepts, in the relay it names', async () => {
		const { animator, admin, official, coordinator } = generated.accounts;
		for (const [account, role] of [
			[animator, 'animator'],
			[admin, 'admin'],
			[official, 'official'],
			[coordinator, 'coordinator']
		] as const) {
			const [user] = await rows<{ hash: string; role: string; slug: string | null }>(
				handle.db,
				`select s.password_hash as hash, s.role, r.slug from staff_users s
				left join relays r on r.id = s.relay_id where s.email = '${account.email}'`
			);
			expect(user?.role).toBe(role);
			expect(await verifyPassword(user?.hash ?? '', account.password)).toBe(true);
			expect(await verifyPassword(user?.hash ?? '', `${account.password}x`)).toBe(false);
			if ('relaySlug' in account) expect(user?.slug).toBe(account.relaySlug);
		}
	});

	it('names samples that exist in the animator’s relay', async () => {
		const { samples, accounts } = generated;
		const relayOf = async (id: string) => {
			const [row] = await rows<{ slug: string; reference: string; status: string }>(
				handle.db,
				`select r.slug, c.reference, c.status from childcare_requests c
				join relays r on r.id = c.relay_id where c.id = '${id}'`
			);
			return row;
		};
		const file = await relayOf(samples.requestId);
		expect(file).toMatchObject({
			slug: accounts.animator.relaySlug,
			reference: samples.requestReference
		});
		expect(['received', 'in_progress', 'appointment_booked', 'appointment_held']).toContain(
			file?.status
		);
		const bookable = await relayOf(samples.bookableRequestId);
		expect(bookable).toMatchObject({
			slug: accounts.animator.relaySlug,
			reference: samples.bookableRequestReference
		});
		expect(await count(`appointments where request_id = '${samples.bookableRequestId}'`)).toBe(0);

		// The tracking path opens a request of that relay, as the tracking page looks it up.
		const token = samples.trackingPath.replace(/^\/suivi\//, '');
		const hash = await trackingTokenKey(handle.db, token);
		const [tracked] = await rows<{ slug: string }>(
			handle.db,
			`select r.slug from childcare_requests c join relays r on r.id = c.relay_id
			where c.tracking_token_hash = '${hash}'`
		);
		expect(tracked?.slug).toBe(accounts.animator.relaySlug);

		const [commune] = await rows<{ slug: string; minders: number }>(
			handle.db,
			`select r.slug, (select count(*)::int from childminders m where m.commune_insee = c.insee_code) as minders
			from communes c join relays r on r.id = c.relay_id where c.insee_code = '${samples.directoryCommune}'`
		);
		expect(commune?.slug).toBe(accounts.animator.relaySlug);
		expect(commune?.minders).toBeGreaterThan(0);
	});

	it('keeps every request in its commune’s relay, and every appointment in its animator’s time', async () => {
		expect(
			await count(
				`childcare_requests r join communes c on c.insee_code = r.residence_insee
				where c.relay_id is distinct from r.relay_id`
			)
		).toBe(0);
		expect(
			await count(
				`appointments a join appointments b on a.animator_id = b.animator_id and a.id < b.id
				and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`
			)
		).toBe(0);
		expect(
			await count(
				`appointments a join staff_users s on s.id = a.animator_id
				where s.relay_id <> a.relay_id or s.role <> 'animator'`
			)
		).toBe(0);
		const now = `'${timeline.now.toISOString()}'::timestamptz`;
		expect(await count(`appointments where status = 'attended' and ends_at > ${now}`)).toBe(0);
		expect(
			await count(
				`appointments where status = 'booked' and (starts_at < ${now} or starts_at > ${now} + interval '14 days')`
			)
		).toBe(0);
		// No request received on or after the anchor day; none closed after "now".
		expect(
			await count(`childcare_requests where received_at >= ${now} or closed_at > ${now}`)
		).toBe(0);
	});

	it('leaves nothing for the hourly jobs to catch up: no follow-up due, no erasure due', async () => {
		const today = `'${timeline.anchorDay}'::date`;
		// Three years: the oldest closed requests are past their retention, and erased.
		expect(generated.counts.anonymisedRequests).toBeGreaterThan(0);
		expect(
			await count(`childcare_requests where anonymised_at is not null and parent_names <> ''`)
		).toBe(0);
		expect(
			await count(`childcare_requests where retention_until < ${today} and anonymised_at is null`)
		).toBe(0);
		const { dueFollowUps } =
			await import('../../src/lib/server/requests/follow-ups/due-follow-ups');
		expect(await dueFollowUps(handle.db, timeline.now, 10)).toEqual([]);
	});
});
