import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { seedDemoData } from '../../src/lib/server/seed/seed-demo-data';
import { get, startApp, waitFor, type Answer, type AppProcess } from './helpers/app-process';
import {
	resumeFamily,
	sendFamilyRequest,
	type Family,
	type FamilyOutcome,
	type RecordAnswer
} from './helpers/family-form';
import type { Sample } from './helpers/load';
import { startPostgresCluster, type PostgresCluster } from './helpers/postgres-cluster';
import { signInStaff, takeAndBook, type StaffSession } from './helpers/staff-desk';
import { partialRecords } from './helpers/write-invariants';

/**
 * PostgreSQL stopped in the middle of a load that writes: families sending requests through
 * the public form, animators taking requests from the queue and booking appointments. Twice:
 * once as an operator's restart (`-m fast`, transactions rolled back), once as a crash
 * (`-m immediate`, the server recovers from its WAL).
 */
const FAMILIES_AT_ONCE = 6;
/** Bruz, served by the demo relay "Vilaine Ouest", whose animator and admin take and book. */
const COMMUNE = { inseeCode: '35047', name: 'Bruz' };
const STAFF = [
	{ email: 'animation.ouest@rpe-demo.test', password: 'Demo-Animation-Ouest-2026' },
	{ email: 'admin.ouest@rpe-demo.test', password: 'Demo-Admin-Ouest-2026' }
];
const CALM_PAGE = 'momentanément indisponible';
/** Every rule of helpers/write-invariants.ts, each with no record breaking it. */
const NO_PARTIAL_RECORD = {
	'requests without all their parts': [],
	'drafts still open for a stored request': [],
	'status changes without their event or audit entry': [],
	'taken requests nobody holds': [],
	'appointments without all their parts': [],
	'booked requests without one appointment': []
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let cluster: PostgresCluster | undefined;
let app: AppProcess | undefined;
let outboxDir: string | undefined;
let sql: postgres.Sql | undefined;

beforeAll(async () => {
	cluster = await startPostgresCluster();
	// The demo relays, accounts, availability and queues: what an animator's desk needs.
	const handle = await connectDatabase({ url: cluster.url, poolSize: 2 });
	try {
		await handle.migrate();
		await seedDemoData(handle.db);
	} finally {
		await handle.close();
	}
	outboxDir = await mkdtemp(path.join(os.tmpdir(), 'guichet-faults-outbox-'));
	app = await startApp({
		DATABASE_URL: cluster.url,
		DATABASE_POOL_SIZE: '10',
		// Each simulated family comes from its own address, as behind a real proxy.
		ADDRESS_HEADER: 'x-forwarded-for',
		OUTBOX_DIR: outboxDir,
		MAIL_SENDER_INTERVAL_MS: '500',
		LOG_LEVEL: 'error'
	});
	sql = postgres(cluster.url, { max: 2, onnotice: () => {} });
}, 120_000);

afterAll(async () => {
	await app?.kill();
	await sql?.end({ timeout: 5 });
	await cluster?.destroy();
	if (outboxDir) await rm(outboxDir, { recursive: true, force: true });
}, 30_000);

let families = 0;
function newFamily(): Family {
	families++;
	const id = `${Date.now().toString(36)}-${families}`;
	return {
		// One address per family: the per-address limits of the form never mix two families.
		address: `10.${(families >> 16) & 255}.${(families >> 8) & 255}.${families & 255}`,
		email: `famille-${id}@exemple.test`,
		parentNames: `Famille Panne ${id}`,
		commune: COMMUNE
	};
}

/** What a failed assertion prints: the answers by kind and status, and the wrong ones. */
function describeRun(samples: Sample[], wrong: Sample[]): string {
	const counts = new Map<string, number>();
	for (const s of samples) {
		const key = `${s.target} → ${s.status || s.error}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return [
		`answers: ${JSON.stringify(Object.fromEntries(counts), null, 1)}`,
		`wrong: ${JSON.stringify(wrong.slice(0, 5).map((s) => ({ ...s, body: s.body.slice(0, 300) })))}`,
		`app alive: ${app?.alive()}`,
		`app output (tail):\n${app?.output().slice(-1500) ?? ''}`
	].join('\n');
}

describe('PostgreSQL stopped under a load that writes', () => {
	it('answers 503 while down, recovers by itself, and leaves no partial record; a resend stores exactly one', async () => {
		if (!app || !cluster || !sql) throw new Error('setup failed');
		const origin = app.origin;
		const pid = app.pid;
		const samples: Sample[] = [];
		const record: RecordAnswer = (target, startedAt, answer: Answer) => {
			const retryAfter = answer.headers['retry-after'];
			samples.push({
				target,
				startedAt,
				endedAt: Date.now(),
				status: answer.status,
				...(typeof retryAfter === 'string' ? { retryAfter } : {}),
				body: answer.body
			});
		};
		const staff: StaffSession[] = [];
		for (const [i, account] of STAFF.entries()) {
			staff.push(await signInStaff(origin, account, `10.200.0.${i + 1}`));
		}
		// Everything written from here on is the load's.
		const [start] = await sql<{ since: Date }[]>`select now() as since`;
		if (!start) throw new Error('no clock');
		const { since } = start;

		// The load: families sending requests, the two staff members taking and booking, each
		// in a loop, a person's pause after a "try again" page.
		let running = true;
		const outcomes: FamilyOutcome[] = [];
		const loops: Promise<void>[] = [];
		const afterAnswer = async (status: number) => {
			if (status === 503) await sleep(150);
		};
		for (let i = 0; i < FAMILIES_AT_ONCE; i++) {
			loops.push(
				(async () => {
					while (running) {
						const outcome = await sendFamilyRequest(origin, newFamily(), record).catch(
							(error: unknown): FamilyOutcome => ({
								family: newFamily(),
								draftId: null,
								sent: false,
								stoppedBy: { step: String(error), status: 0 }
							})
						);
						outcomes.push(outcome);
						await afterAnswer(outcome.stoppedBy?.status ?? 0);
					}
				})()
			);
		}
		for (const member of staff) {
			loops.push(
				(async () => {
					while (running) {
						const before = samples.length;
						await takeAndBook(
							origin,
							member,
							record,
							(slots) =>
								// Two colleagues, a few slots each: some bookings collide, as at a real desk.
								slots.slice(0, 6)[Math.floor(Math.random() * Math.min(6, slots.length))]
						).catch(() => undefined);
						const last = samples.at(-1)?.status ?? 0;
						await afterAnswer(last);
						// Nothing waiting in the queue: the families' next requests will be.
						if (samples.length === before || last === 409) await sleep(300);
					}
				})()
			);
		}

		const appDied = () =>
			app?.alive() ? undefined : `the app died:\n${app?.output().slice(-4000)}`;
		const downWindows: { from: number; to: number }[] = [];
		// Each phase runs until the families stored a few requests, however slow the machine.
		const sentCount = () => outcomes.filter((o) => o.sent).length;
		const writesGoOn = async (atLeast: number) => {
			const before = sentCount();
			await waitFor(async () => sentCount() >= before + atLeast, 90_000, appDied);
		};
		for (const mode of ['fast', 'immediate'] as const) {
			await writesGoOn(2);
			await cluster.stop(mode);
			const stoppedAt = Date.now();
			await sleep(2500);
			const page = await get(origin, `/suivi/${randomBytes(16).toString('hex')}`, {
				accept: 'text/html'
			});
			downWindows.push({ from: stoppedAt + 200, to: Date.now() });
			expect(page.status, describeRun(samples, [])).toBe(503);
			expect(page.body).toContain(CALM_PAGE);
			await cluster.start();
			await waitFor(async () => (await get(origin, '/healthz')).status === 200, 30_000, appDied);
		}
		await writesGoOn(2);
		await waitFor(
			async () => samples.some((x) => x.target === 'book a slot' && x.status === 200),
			90_000,
			appDied
		);
		running = false;
		await Promise.all(loops);

		// The same process throughout: it recovered by itself, twice.
		expect(app.alive()).toBe(true);
		expect(app.pid).toBe(pid);

		// Never a 500 or a dropped connection; while down, only the calm 503 with Retry-After.
		const broken = samples.filter((s) => s.status === 0 || (s.status >= 500 && s.status !== 503));
		expect(broken, describeRun(samples, broken)).toEqual([]);
		const whileDown = samples.filter((s) =>
			downWindows.some((w) => s.startedAt > w.from && s.endedAt < w.to)
		);
		expect(whileDown.length, describeRun(samples, [])).toBeGreaterThan(10);
		const notCalm = whileDown.filter(
			(s) => s.status !== 503 || !s.retryAfter || !s.body.includes(CALM_PAGE)
		);
		expect(notCalm, describeRun(samples, notCalm)).toEqual([]);
		// Answers other than the expected ones: a family is only ever redirected or told to wait;
		// at the desk, an empty queue or a slot a colleague just took is a 409.
		const unexpected = samples.filter((s) =>
			s.target.startsWith('form') || s.target === 'start the form'
				? s.status !== 303 && s.status !== 503
				: ![200, 303, 409, 503].includes(s.status)
		);
		expect(unexpected, describeRun(samples, unexpected)).toEqual([]);

		// The load did write, and the outages did interrupt some of it.
		const sent = outcomes.filter((o) => o.sent);
		const interrupted = outcomes.filter(
			(o): o is FamilyOutcome & { draftId: string } => !o.sent && o.draftId !== null
		);
		expect(sent.length, describeRun(samples, [])).toBeGreaterThanOrEqual(6);
		expect(interrupted.length, describeRun(samples, [])).toBeGreaterThan(0);

		// Whatever was interrupted is either stored whole or not at all, before any resend (the
		// interrupted drafts already stored are counted for the message).
		const keys = outcomes.flatMap((o) => (o.draftId ? [o.draftId] : []));
		const storedBefore = await sql<{ key: string }[]>`
			select idempotency_key::text as key from childcare_requests
			where idempotency_key = any(${interrupted.map((o) => o.draftId)}::uuid[])`;
		expect(await partialRecords(sql, since)).toEqual(NO_PARTIAL_RECORD);

		// The families who got "try again" come back and press again with the same draft: every
		// one ends with its request stored, exactly once per idempotency key.
		const resumed: FamilyOutcome[] = [];
		for (const outcome of interrupted) resumed.push(await resumeFamily(origin, outcome, record));
		expect(
			resumed.filter((o) => !o.sent),
			describeRun(samples, [])
		).toEqual([]);
		// And a family who presses "send" once more after its confirmation gets the same one.
		for (const outcome of sent.slice(0, 3)) {
			const again = await resumeFamily(
				origin,
				{ ...outcome, draftId: outcome.draftId ?? '' },
				record
			);
			expect(again.sent).toBe(true);
		}
		const perKey = await sql<{ key: string; n: number }[]>`
			select k.key::text as key,
				(select count(*)::int from childcare_requests r where r.idempotency_key = k.key) as n
			from unnest(${keys}::uuid[]) as k(key)`;
		expect(perKey.filter((row) => row.n !== 1)).toEqual([]);
		expect(perKey).toHaveLength(keys.length);
		expect(await partialRecords(sql, since)).toEqual(NO_PARTIAL_RECORD);
		console.info(
			`writes under outage: ${sent.length} sent, ${interrupted.length} interrupted with a draft ` +
				`(${storedBefore.length} of them already stored whole), ` +
				`${samples.filter((s) => s.status === 503).length} answers 503`
		);
	}, 240_000);
});
