// npm run bench [-- --embedded --no-build --duration 20 --warmup 5 --connections 1,10]
// Measures the pages a person uses on the dataset of `npm run bench:data`, against two
// floors (a page of static text; the pages' SQL run directly), and prints the budgets of
// issue 15. It never fails on a budget: it is a measure, not a test. See tests/bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, request, type AppProcess } from '../faults/helpers/app-process';
import { communeName, openBenchDatabase } from './bench-database';
import { checkBudgets } from './budgets';
import { datasetManifestPaths } from './dataset';
import {
	familyAddresses,
	plausibleStart,
	prepareDrafts,
	startDraft,
	submissionBody,
	submissionHeaders,
	type PreparedDraft
} from './family-form';
import { runLoad, type LoadTarget } from './http-load';
import { readManifest } from './manifest';
import { parseOptions } from './options';
import { markdownReport } from './report';
import type { RouteCategory, RouteMeasure, SqlMeasure } from './results';
import { readMemoryMb } from './server-memory';
import { signIn } from './sign-in';
import {
	captureStatements,
	relayStaffOfSession,
	replayStatements,
	sqlFloorRoutes
} from './sql-floor';

const root = path.resolve(import.meta.dirname, '..', '..');
const options = parseOptions(process.argv.slice(2));
const manifestFile = path.resolve(root, options.manifest ?? datasetManifestPaths[options.kind]);
const dataset = readManifest(manifestFile);
if (dataset.kind !== options.kind)
	throw new Error(`${manifestFile} décrit un jeu « ${dataset.kind} », pas « ${options.kind} »`);
const log = (line: string) => console.log(`[bench] ${line}`);
const startedAt = new Date();
const day = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// The commune's name for the form, read before the server owns the embedded database.
const familyCommune = await (async () => {
	const bench = await openBenchDatabase(dataset);
	try {
		const inseeCode = dataset.samples.directoryCommune;
		return { inseeCode, name: await communeName(bench.db, inseeCode) };
	} finally {
		await bench.close();
	}
})();

if (options.build) {
	log('npx vite build…');
	const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (built.status !== 0) throw new Error('vite build a échoué');
}

const outbox = mkdtempSync(path.join(os.tmpdir(), 'guichet-bench-outbox-'));
const app: AppProcess = await startApp({
	...(dataset.kind === 'postgres'
		? { DATABASE_URL: dataset.databaseUrl ?? '' }
		: { PGLITE_DATA_DIR: dataset.dataDir ?? '' }),
	DEMO_SEED: 'never',
	LOG_LEVEL: 'warn',
	ADDRESS_HEADER: 'x-forwarded-for',
	// No SMTP_URL: mails are written to this folder (mail/transport.ts), as on a server whose
	// relay has not configured one; nothing leaves the machine.
	OUTBOX_DIR: outbox
});
log(`node build (pid ${app.pid}) sur ${app.origin}, ${dataset.kind}`);

const rssSamplesMb: number[] = [];
const sampler = setInterval(() => {
	const memory = readMemoryMb(app.pid);
	if (memory) rssSamplesMb.push(memory.rssMb);
}, 1000);

// Three filters a person combines: the commune, the child's birth date, the start date; a
// fixed rotation seed, so that the page and its SQL floor draw the same list.
const directoryPath = `/relais/annuaire?${new URLSearchParams({
	commune: dataset.samples.directoryCommune,
	naissance: isoDay(new Date(startedAt.getTime() - 200 * day)),
	debut: plausibleStart(startedAt),
	graine: '12345'
})}`;
const queuePath = '/relais/file';

const routes: RouteMeasure[] = [];
const sqlMeasures: SqlMeasure[] = [];
let peakRssMb: number | null = null;
let sessionToken = '';
try {
	const nextAddress = familyAddresses();
	// The animator: the person who opens the queue, the requests, the agenda and the
	// directory every day; the observatory shows them their relay's figures too.
	const session = await signIn(app.origin, dataset.accounts.animator, '10.255.255.1');
	sessionToken = session.token;
	const staff = { cookie: session.cookie, accept: 'text/html' };
	const today = new Date();
	const freshDraft = await startDraft(app.origin, nextAddress());

	const page = (path: string, headers: Record<string, string> = { accept: 'text/html' }) =>
		({ method: 'GET', path, headers, expectedStatus: 200 }) satisfies LoadTarget;
	const plan: { route: string; label: string; category: RouteCategory; target: LoadTarget }[] = [
		// No load, no database, no session: the cost of SvelteKit, the hooks and Node.
		{
			route: 'trivial',
			label: 'route triviale (/suivi/donnees-effacees)',
			category: 'trivial',
			target: page('/suivi/donnees-effacees')
		},
		{ route: 'home', label: 'accueil public', category: 'public', target: page('/') },
		{
			route: 'form-step',
			label: 'étape du formulaire',
			category: 'public',
			target: page(`/demande/${freshDraft}/coordonnees`)
		},
		{
			route: 'tracking',
			label: 'page de suivi',
			category: 'public',
			target: page(dataset.samples.trackingPath)
		},
		{
			route: 'queue',
			label: 'file des demandes',
			category: 'staff',
			target: page(queuePath, staff)
		},
		{
			route: 'request',
			label: 'page d’une demande',
			category: 'staff',
			target: page(`/relais/demandes/${dataset.samples.requestReference}`, staff)
		},
		{
			route: 'booking',
			label: 'prise de rendez-vous',
			category: 'staff',
			target: page(
				`/relais/demandes/${dataset.samples.bookableRequestReference}/rendez-vous`,
				staff
			)
		},
		{
			route: 'directory',
			label: 'annuaire, 3 filtres',
			category: 'staff',
			target: page(directoryPath, staff)
		},
		{
			route: 'observatory',
			label: 'observatoire (synthèse)',
			category: 'staff',
			target: page('/observatoire', staff)
		},
		{
			route: 'csv-export',
			label: 'export CSV',
			category: 'staff',
			target: page('/observatoire/export/demandes-par-canal.csv', staff)
		}
	];

	for (const { label, target } of plan) {
		const answer = await request(app.origin, target.path, { headers: target.headers });
		if (answer.status !== target.expectedStatus)
			throw new Error(
				`${label} (${target.path}) : ${answer.status} au lieu de ${target.expectedStatus}`
			);
	}

	for (const { route, label, category, target } of plan) {
		for (const connections of options.connections) {
			if (options.warmupSeconds > 0)
				await runLoad(app.origin, target, { connections, durationSeconds: options.warmupSeconds });
			const result = await runLoad(app.origin, target, {
				connections,
				durationSeconds: options.durationSeconds
			});
			routes.push({ route, label, category, connections, ...result });
			log(
				`${label} ×${connections} : ${result.rps.toFixed(1)} req/s, p95 ${result.latency.p95Ms.toFixed(1)} ms, ${result.errors} erreur(s)`
			);
		}
	}

	// Last, because every submission adds a request to the relay's queue.
	for (const connections of options.connections)
		routes.push(await measureSubmissions(connections, nextAddress, today));

	const memory = readMemoryMb(app.pid);
	if (memory) {
		peakRssMb = memory.peakMb;
		rssSamplesMb.push(memory.rssMb);
	}
} finally {
	clearInterval(sampler);
	// SIGTERM: the embedded database is closed cleanly by the server's shutdown hook.
	await app.kill('SIGTERM');
	rmSync(outbox, { recursive: true, force: true });
}

// The database floors, with the server stopped (the embedded database has one owner).
{
	const bench = await openBenchDatabase(dataset);
	try {
		const user = await relayStaffOfSession(bench.db, sessionToken);
		for (const floor of sqlFloorRoutes({ directory: directoryPath, queue: queuePath })) {
			const statements = await captureStatements(bench, floor, user);
			for (const connections of options.connections) {
				if (options.warmupSeconds > 0)
					await replayStatements(bench, floor.route, statements, {
						connections,
						durationSeconds: options.warmupSeconds
					});
				const measure = await replayStatements(bench, floor.route, statements, {
					connections,
					durationSeconds: options.durationSeconds
				});
				sqlMeasures.push(measure);
				log(
					`SQL direct ${floor.route} ×${connections} (${statements.length} requêtes) : ${measure.rps.toFixed(1)} op/s, p95 ${measure.latency.p95Ms.toFixed(1)} ms`
				);
			}
		}
	} finally {
		await bench.close();
	}
}

const checks = checkBudgets({ kind: dataset.kind, routes, sql: sqlMeasures, peakRssMb });
const context = {
	kind: dataset.kind,
	startedAt: startedAt.toISOString(),
	durationSeconds: options.durationSeconds,
	warmupSeconds: options.warmupSeconds,
	connections: options.connections,
	counts: dataset.counts,
	peakRssMb,
	rssSamplesMb,
	machine: `${os.cpus().length} cœurs (${os.cpus()[0]?.model ?? '?'}), charge moyenne ${os
		.loadavg()
		.map((n) => n.toFixed(1))
		.join(' / ')} à la fin, Node ${process.version}`
};
const markdown = markdownReport(context, routes, sqlMeasures, checks);
const results = path.join(root, 'bench-results');
mkdirSync(results, { recursive: true });
const stamp = startedAt
	.toISOString()
	.replaceAll(':', '-')
	.replace(/\.\d+Z$/, 'Z');
const jsonFile = path.join(results, `bench-${dataset.kind}-${stamp}.json`);
writeFileSync(
	jsonFile,
	`${JSON.stringify({ ...context, manifest: manifestFile, routes, sql: sqlMeasures, budgets: checks }, null, 2)}\n`
);
writeFileSync(path.join(results, `bench-${dataset.kind}-latest.md`), markdown);
console.log(`\n${markdown}`);
log(
	`chiffres : ${path.relative(root, jsonFile)} ; tableau : bench-results/bench-${dataset.kind}-latest.md`
);

/**
 * The last press of the request form, each request on a draft of its own prepared before the
 * clock starts (its four earlier steps posted as a family would), from the family's own
 * address, so that each timed request is exactly one submission (a new idempotency key: the
 * draft's id). How many drafts the timed window needs is read from the warm-up's rate.
 */
async function measureSubmissions(
	connections: number,
	nextAddress: () => string,
	today: Date
): Promise<RouteMeasure> {
	const target = (drafts: PreparedDraft[]): LoadTarget => {
		let taken = 0;
		return {
			method: 'POST',
			// Only sent if the drafts ran out: an unknown draft answers 410, counted as an error.
			path: '/demande/00000000-0000-4000-8000-000000000000/envoi',
			headers: submissionHeaders(app.origin, '10.255.255.2'),
			expectedStatus: 303,
			next: () => {
				const draft = drafts[taken++];
				if (!draft) return null;
				return {
					path: `/demande/${draft.draftId}/envoi`,
					headers: { 'x-forwarded-for': draft.address },
					body: submissionBody
				};
			}
		};
	};
	const prepare = async (count: number) => {
		const t0 = performance.now();
		const drafts = await prepareDrafts(app.origin, count, 10, nextAddress, familyCommune, today);
		log(`${count} brouillons préparés en ${((performance.now() - t0) / 1000).toFixed(0)} s`);
		return drafts;
	};
	const warmupCount = Math.max(20, 12 * connections);
	const warm = await prepare(warmupCount);
	const warmup = await runLoad(app.origin, target(warm), {
		connections,
		durationSeconds: Math.max(options.warmupSeconds, 1),
		amount: warm.length
	});
	// Twice what the warm-up's rate needs over the window: the warm-up starts colder.
	const count = Math.min(
		8000,
		Math.ceil(Math.max(warmup.rps, 2) * options.durationSeconds * 2) + 2 * connections
	);
	const drafts = await prepare(count);
	const result = await runLoad(app.origin, target(drafts), {
		connections,
		durationSeconds: options.durationSeconds,
		amount: drafts.length
	});
	const exhausted = result.requests >= drafts.length;
	log(
		`envoi d’une demande ×${connections} : ${result.rps.toFixed(1)} req/s, p95 ${result.latency.p95Ms.toFixed(1)} ms, ${result.errors} erreur(s)${exhausted ? ' (brouillons épuisés avant la fin)' : ''}`
	);
	return {
		route: 'submission',
		label: 'envoi d’une demande',
		category: 'public',
		connections,
		...result,
		...(exhausted
			? { note: `${drafts.length} brouillons, épuisés en ${result.durationSeconds} s` }
			: {})
	};
}
