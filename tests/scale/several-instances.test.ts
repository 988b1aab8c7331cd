import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/lib/server/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/db/types';
import { m } from '../../src/lib/i18n';
import { assertAppBuilt, startApp, waitFor, type AppProcess } from '../faults/helpers/app-process';
import { startPostgresCluster, type PostgresCluster } from '../faults/helpers/postgres-cluster';
import { startSmtpServer, type TestSmtpServer } from '../integration/smtp-test-server';
import { familyOf, fillForm, sendForm, type Family } from './helpers/family-form';
import {
	carries,
	clientAddress,
	postAction,
	tally,
	type ActionOutcome
} from './helpers/form-action';
import { formatReport, type ScaleReport } from './helpers/report';
import { cpuBetween, postmasterOf, sampleCpu, type CpuSample } from './helpers/cpu-time';
import {
	BOOKING_ATTEMPTS_PER_SLOT,
	BOOKING_CALLERS,
	QUEUE_ANIMATORS,
	SLOTS,
	TAKE_NEXT_PRESSES,
	WAITING_REQUESTS,
	prepareScaleData,
	type ScaleData
} from './helpers/scale-data';

/**
 * Two instances of the built app on one PostgreSQL, raced over HTTP (tests/scale/README.md):
 * 500 bookings of 50 slots, 200 presses of "take the next request", 1,000 families sending
 * the public form (a tenth of them twice), every confirmation mail caught by a real SMTP
 * server. What must hold is counted and printed, and every count of harm must be zero.
 */

const FAMILIES = 1000;
/** Every tenth family presses "send" twice, once on each instance. */
const sentTwice = (n: number) => n % 10 === 0;
/** Families filling their form at once before the sends (the sends themselves all go at once). */
const FILLING_AT_ONCE = 50;

let cluster: PostgresCluster | undefined;
let smtp: TestSmtpServer | undefined;
let setup: DatabaseHandle | undefined;
let sql: postgres.Sql | undefined;
let data: ScaleData | undefined;
const apps: AppProcess[] = [];
const runStarted = performance.now();
const report: ScaleReport = { scenarios: [], totalSeconds: 0 };
let postmaster = 0;
let cpuAtStart: CpuSample | undefined;
const cpuNow = () =>
	sampleCpu(
		apps.map((app) => app.pid),
		postmaster
	);

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

function ready() {
	const [first, second] = apps;
	if (!sql || !data || !smtp || !first || !second) throw new Error('setup failed');
	return { sql, data, smtp, instances: [first, second] as const };
}

/** Lines the instances logged at level error or fatal (pino: 50, 60): a 500 leaves one. */
const serverErrors = () =>
	apps.flatMap((app) =>
		app
			.output()
			.split('\n')
			.filter((line) => /"level":(50|60)/.test(line))
	);

/** Runs `work` on each item, at most `atOnce` at a time, in order of the items. */
async function pooled<T, R>(items: readonly T[], atOnce: number, work: (item: T) => Promise<R>) {
	const results: R[] = new Array<R>(items.length);
	let next = 0;
	const worker = async () => {
		for (let i = next++; i < items.length; i = next++) {
			const item = items[i];
			if (item !== undefined) results[i] = await work(item);
		}
	};
	await Promise.all(Array.from({ length: atOnce }, worker));
	return results;
}

beforeAll(async () => {
	assertAppBuilt();
	cluster = await startPostgresCluster();
	smtp = await startSmtpServer(0);
	setup = await connectDatabase({ url: cluster.url, poolSize: 8 });
	await setup.migrate();
	const prepared = Date.now();
	data = await prepareScaleData(setup.db);
	sql = postgres(cluster.url, { max: 4, onnotice: () => {} });
	// The setup's requests queued their confirmations: not what this test counts.
	await sql`delete from mail_outbox`;
	const [backend] = await sql<{ pid: number }[]>`select pg_backend_pid() as pid`;
	postmaster = await postmasterOf(backend?.pid ?? 0);
	report.setupSeconds = Math.round((Date.now() - prepared) / 100) / 10;
	const env = {
		DATABASE_URL: cluster.url,
		DATABASE_POOL_SIZE: '10',
		SMTP_URL: smtp.url,
		MAIL_SENDER_INTERVAL_MS: '100',
		ADDRESS_HEADER: 'x-forwarded-for',
		LOG_LEVEL: 'warn'
	};
	// One after the other: the second finds the migrations done (and the lock free).
	apps.push(await startApp(env));
	apps.push(await startApp(env));
	cpuAtStart = await cpuNow();
}, 300_000);

afterAll(async () => {
	report.totalSeconds = seconds(runStarted);
	if (cpuAtStart && apps.every((app) => app.alive()))
		report.cpuSeconds = cpuBetween(cpuAtStart, await cpuNow());
	console.log(formatReport(report));
	await mkdir('bench-results', { recursive: true });
	await writeFile(
		path.join('bench-results', 'scale-report.json'),
		`${JSON.stringify(report, null, '\t')}\n`
	);
	await Promise.all(apps.map((app) => app.kill()));
	await sql?.end({ timeout: 5 });
	await setup?.close();
	await smtp?.close();
	await cluster?.destroy();
}, 60_000);

describe('two instances of the app on one PostgreSQL', () => {
	it(`books each of ${SLOTS} free slots once out of ${SLOTS * BOOKING_ATTEMPTS_PER_SLOT} bookings at once`, async () => {
		const { sql, data, instances } = ready();
		const { slots, requests, callers } = data.booking;
		const started = performance.now();
		const cpu = await cpuNow();
		// Attempt i books slot i % 50 for its own request: the ten attempts on a slot alternate
		// between the instances and come from different animators.
		const attempts = requests.map((request, i) => {
			const slot = slots[i % SLOTS];
			const caller = callers[i % BOOKING_CALLERS];
			const app = instances[Math.floor(i / SLOTS) % 2];
			if (!slot || !caller || !app) throw new Error('missing setup');
			return { request, slot, caller, app, i };
		});
		const outcomes = await Promise.all(
			attempts.map(({ request, slot, caller, app, i }) =>
				postAction(
					{
						origin: app.origin,
						address: clientAddress(1, i % BOOKING_CALLERS),
						cookie: caller.cookie
					},
					`/relais/demandes/${request.reference}/rendez-vous?/book`,
					{ slot: slot.key, phone: '' }
				)
			)
		);
		const booked = (o: ActionOutcome) =>
			o.type === 'success' && carries(o, m.appointments.staff.done.booked);
		const slotTaken = (o: ActionOutcome) =>
			o.type === 'failure' && o.status === 409 && carries(o, m.appointments.refusal.slot_taken);
		const winners = new Set(
			attempts.filter((_, i) => outcomes[i] && booked(outcomes[i])).map((a) => a.request.id)
		);

		const [stored] = await sql<{ n: number }[]>`
			select count(*)::int as n from appointments
			where relay_id = ${data.booking.relayId} and status = 'booked'`;
		// Two holding appointments of one animator that overlap, in any relay.
		const [overlaps] = await sql<{ n: number }[]>`
			select count(*)::int as n
			from appointments a join appointments b
				on a.animator_id = b.animator_id and a.id < b.id
				and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
			where a.status in ('offered', 'booked', 'attended', 'no_show')
				and b.status in ('offered', 'booked', 'attended', 'no_show')`;
		const withAppointment = await sql<{ id: string; status: string }[]>`
			select r.id, r.status from childcare_requests r
			where r.relay_id = ${data.booking.relayId}
				and exists (select 1 from appointments a where a.request_id = r.id)`;
		const statuses = await sql<{ status: string; n: number }[]>`
			select status, count(*)::int as n from childcare_requests
			where relay_id = ${data.booking.relayId} group by status order by status`;

		const appointments = stored?.n ?? -1;
		const counts = {
			attempts: outcomes.length,
			booked: outcomes.filter(booked).length,
			'slot taken (409)': outcomes.filter(slotTaken).length,
			'other answers': outcomes.filter((o) => !booked(o) && !slotTaken(o)).length,
			'appointments stored': appointments,
			'double bookings': (overlaps?.n ?? -1) + Math.max(0, appointments - SLOTS),
			'slots left free': Math.max(0, SLOTS - appointments),
			'booked answers without an appointment': [...winners].filter(
				(id) => !withAppointment.some((r) => r.id === id)
			).length,
			'appointments without a booked answer': withAppointment.filter((r) => !winners.has(r.id))
				.length,
			'server errors logged': serverErrors().length
		};
		report.scenarios.push({
			name: `${SLOTS * BOOKING_ATTEMPTS_PER_SLOT} bookings of ${SLOTS} slots`,
			seconds: seconds(started),
			counts,
			answers: tally(outcomes),
			slowestMs: Math.max(...outcomes.map((o) => o.ms)),
			cpuSeconds: cpuBetween(cpu, await cpuNow())
		});

		expect(
			outcomes.filter((o) => !booked(o) && !slotTaken(o)).map((o) => o.raw.slice(0, 300))
		).toEqual([]);
		expect(counts).toMatchObject({
			booked: SLOTS,
			'slot taken (409)': SLOTS * (BOOKING_ATTEMPTS_PER_SLOT - 1),
			'appointments stored': SLOTS,
			'double bookings': 0,
			'slots left free': 0,
			'booked answers without an appointment': 0,
			'appointments without a booked answer': 0,
			'server errors logged': 0
		});
		expect(Object.fromEntries(statuses.map((row) => [row.status, row.n]))).toEqual({
			appointment_booked: SLOTS,
			in_progress: SLOTS * (BOOKING_ATTEMPTS_PER_SLOT - 1)
		});
	});

	it(`gives each of ${WAITING_REQUESTS} waiting requests once to ${TAKE_NEXT_PRESSES} presses of "take the next" at once`, async () => {
		const { sql, data, instances } = ready();
		const { animators, waiting } = data.queue;
		const started = performance.now();
		const cpu = await cpuNow();
		const presses = Array.from({ length: TAKE_NEXT_PRESSES }, (_, p) => {
			const animator = animators[p % QUEUE_ANIMATORS];
			const app = instances[Math.floor(p / QUEUE_ANIMATORS) % 2];
			if (!animator || !app) throw new Error('missing setup');
			return { animator, app, p };
		});
		const outcomes = await Promise.all(
			presses.map(({ animator, app, p }) =>
				postAction(
					{
						origin: app.origin,
						address: clientAddress(2, p % QUEUE_ANIMATORS),
						cookie: animator.cookie
					},
					'/relais/file?/takeNext',
					{}
				)
			)
		);
		const takenReference = (o: ActionOutcome) =>
			o.type === 'redirect' && o.status === 303
				? /^\/relais\/demandes\/([A-Z]{2,4}-\d{4}-\d{5,})$/.exec(o.location)?.[1]
				: undefined;
		const empty = (o: ActionOutcome) =>
			o.type === 'failure' && o.status === 409 && carries(o, m.queue.list.takeNext.empty);
		const given = presses.flatMap(({ animator }, i) => {
			const outcome = outcomes[i];
			const reference = outcome ? takenReference(outcome) : undefined;
			return reference ? [{ reference, animatorId: animator.id }] : [];
		});

		const rows = await sql<{ reference: string; assigned_to: string | null; status: string }[]>`
			select reference, assigned_to, status from childcare_requests
			where relay_id = ${data.queue.relayId}`;
		const takenTwice = await sql<{ n: number }[]>`
			select count(*)::int as n from (
				select entity_id from audit_log where action = 'request.taken'
				group by entity_id having count(*) > 1
			) twice`;
		const byReference = new Map(rows.map((row) => [row.reference, row]));
		const distinct = new Set(given.map((g) => g.reference));
		const counts = {
			presses: outcomes.length,
			taken: given.length,
			'nothing waiting (409)': outcomes.filter(empty).length,
			'other answers': outcomes.filter((o) => !takenReference(o) && !empty(o)).length,
			'given twice': given.length - distinct.size + (takenTwice[0]?.n ?? -1),
			'given to someone else than the database says': given.filter(
				(g) => byReference.get(g.reference)?.assigned_to !== g.animatorId
			).length,
			'left waiting': rows.filter((row) => row.status === 'received').length,
			'taken without an answer': rows.filter(
				(row) => row.assigned_to !== null && !distinct.has(row.reference)
			).length,
			'server errors logged': serverErrors().length
		};
		report.scenarios.push({
			name: `${TAKE_NEXT_PRESSES} presses of "take the next" for ${WAITING_REQUESTS} requests`,
			seconds: seconds(started),
			counts,
			answers: tally(outcomes),
			slowestMs: Math.max(...outcomes.map((o) => o.ms)),
			cpuSeconds: cpuBetween(cpu, await cpuNow())
		});

		expect(
			outcomes.filter((o) => !takenReference(o) && !empty(o)).map((o) => o.raw.slice(0, 300))
		).toEqual([]);
		expect(counts).toMatchObject({
			taken: WAITING_REQUESTS,
			'nothing waiting (409)': TAKE_NEXT_PRESSES - WAITING_REQUESTS,
			'given twice': 0,
			'given to someone else than the database says': 0,
			'left waiting': 0,
			'taken without an answer': 0,
			'server errors logged': 0
		});
		expect(rows).toHaveLength(waiting.length);
	});

	it(`stores ${FAMILIES} requests sent at once, a tenth of them twice, and mails each family once`, async () => {
		const { sql, data, smtp, instances } = ready();
		const { communes, relayIds } = data.form;
		const started = performance.now();
		const cpu = await cpuNow();
		const families = Array.from({ length: FAMILIES }, (_, n) => {
			const app = instances[n % 2];
			if (!app) throw new Error('missing setup');
			return familyOf(n + 1, { origin: app.origin, address: clientAddress(3, n) });
		});

		// Each family fills its form over HTTP (a draft, four steps)…
		const filled = await pooled(families, FILLING_AT_ONCE, (family) => {
			const commune = communes[family.n % communes.length];
			if (!commune) throw new Error('missing setup');
			return fillForm(family, commune);
		});
		const fillingSeconds = seconds(started);
		const unfilled = filled.flatMap((f, n) =>
			'failed' in f ? [`family ${n + 1}, step ${f.failed}: ${f.outcome.raw.slice(0, 200)}`] : []
		);
		expect(unfilled).toEqual([]);
		const drafts = new Map<Family, string>();
		families.forEach((family, n) => {
			const f = filled[n];
			if (f && 'draftId' in f) drafts.set(family, f.draftId);
		});

		// …then every family presses "send" at the same moment, and one in ten presses it again on
		// the other instance: the same idempotency key (the draft) posted twice at once.
		const sendingStarted = performance.now();
		const sends = families.flatMap((family) => {
			const draftId = drafts.get(family) ?? '';
			const other = instances[family.n % 2];
			if (!other) throw new Error('missing setup');
			const twice = sentTwice(family.n)
				? [{ family, draftId, from: { ...family.from, origin: other.origin } }]
				: [];
			return [{ family, draftId, from: family.from }, ...twice];
		});
		const outcomes = await Promise.all(sends.map((s) => sendForm(s.from, s.draftId)));
		const sendingSeconds = seconds(sendingStarted);
		const confirmed = (i: number) => {
			const o = outcomes[i];
			const send = sends[i];
			return (
				o !== undefined &&
				send !== undefined &&
				o.type === 'redirect' &&
				o.status === 303 &&
				o.location === `/demande/envoyee/${send.draftId}`
			);
		};

		const stored = await sql<{ idempotency_key: string; reference: string; email: string }[]>`
			select idempotency_key, reference, email from childcare_requests
			where relay_id in ${sql(relayIds)}`;
		const [draftsLeft] = await sql<{ n: number }[]>`select count(*)::int as n from request_drafts`;
		const keys = new Set(drafts.values());
		const storedKeys = new Set(stored.map((row) => row.idempotency_key));

		// The mails: wait until the outbox is drained and the SMTP server has had them all, then a
		// little longer, so that a message sent twice has time to arrive twice.
		const mailsStarted = performance.now();
		const pendingMails = async () => {
			const [row] = await sql<{ n: number }[]>`
				select count(*)::int as n from mail_outbox where status = 'pending'`;
			return row?.n ?? -1;
		};
		await waitFor(
			async () => (await pendingMails()) === 0,
			600_000,
			() => (apps.every((app) => app.alive()) ? undefined : 'an instance died')
		);
		await new Promise((resolve) => setTimeout(resolve, 2000));
		const mailSeconds = seconds(mailsStarted);
		const outbox = await sql<{ id: string; to: string; subject: string; status: string }[]>`
			select id, "to", subject, status from mail_outbox`;
		const received = smtp.received.map((mail) => ({
			messageId: mail.messageId ?? '',
			to: mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address).join(',') : '',
			subject: mail.subject ?? ''
		}));
		const copies = new Map<string, number>();
		for (const mail of received) copies.set(mail.messageId, (copies.get(mail.messageId) ?? 0) + 1);
		const copiesOf = (id: string) => copies.get(`<${id}@guichet>`) ?? 0;
		const confirmations = stored.map((row) => {
			const subject = m.familyMail.requestConfirmation.subject(row.reference);
			return received.filter((mail) => mail.to === row.email && mail.subject === subject).length;
		});

		const counts = {
			families: FAMILIES,
			sends: outcomes.length,
			'sent twice': sends.length - FAMILIES,
			confirmed: outcomes.filter((_, i) => confirmed(i)).length,
			'other answers': outcomes.filter((_, i) => !confirmed(i)).length,
			'requests stored': stored.length,
			lost: [...keys].filter((key) => !storedKeys.has(key)).length,
			duplicated:
				stored.length -
				storedKeys.size +
				(stored.length - new Set(stored.map((row) => row.email)).size),
			'stored from no form': [...storedKeys].filter((key) => !keys.has(key)).length,
			'drafts left': draftsLeft?.n ?? -1,
			'mails in the outbox': outbox.length,
			'mails received': received.length,
			'mails not sent': outbox.filter((row) => row.status !== 'sent').length,
			'mails lost': outbox.filter((row) => copiesOf(row.id) === 0).length,
			'mails twice': outbox.filter((row) => copiesOf(row.id) > 1).length,
			'mails from nowhere': [...copies.keys()].filter(
				(id) => !outbox.some((row) => `<${row.id}@guichet>` === id)
			).length,
			'families without their confirmation': confirmations.filter((n) => n === 0).length,
			'families with two confirmations': confirmations.filter((n) => n > 1).length,
			'server errors logged': serverErrors().length
		};
		report.scenarios.push({
			name: `${FAMILIES} requests sent at once (${sends.length - FAMILIES} twice) and their mails`,
			seconds: seconds(started),
			counts,
			answers: tally(outcomes),
			slowestMs: Math.max(...outcomes.map((o) => o.ms)),
			phases: { fillingSeconds, sendingSeconds, mailSeconds },
			cpuSeconds: cpuBetween(cpu, await cpuNow())
		});

		expect(outcomes.filter((_, i) => !confirmed(i)).map((o) => o.raw.slice(0, 300))).toEqual([]);
		expect(counts).toMatchObject({
			confirmed: sends.length,
			'requests stored': FAMILIES,
			lost: 0,
			duplicated: 0,
			'stored from no form': 0,
			'drafts left': 0,
			// The confirmations and the mails of the 50 appointments booked above.
			'mails in the outbox': FAMILIES + SLOTS,
			'mails received': FAMILIES + SLOTS,
			'mails not sent': 0,
			'mails lost': 0,
			'mails twice': 0,
			'mails from nowhere': 0,
			'families without their confirmation': 0,
			'families with two confirmations': 0,
			'server errors logged': 0
		});
	});
});
