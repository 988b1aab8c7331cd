// npm run bench:data [-- --embedded] [-- --anchor YYYY-MM-DD]
// Fills the benchmark's database (tests/bench/dataset.ts says what it promises):
// - PostgreSQL at département scale: BENCH_DATABASE_URL, default
//   postgres://postgres@127.0.0.1:5432/guichet_bench, dropped and recreated (only a database
//   whose name starts with guichet_bench);
// - --embedded: PGlite at relay scale in bench-results/embedded-db, deleted and recreated.
// Then writes the manifest bench-results/dataset-<kind>.json and prints a summary.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { connectDatabase } from '../../../src/lib/server/db/connect';
import { parseDateInput } from '../../../src/lib/time/calendar-date';
import { datasetManifestPaths, type BenchDataset } from '../dataset';
import { generateDataset } from './generate-dataset';
import { scales } from './scales';
import { benchTimeline } from './timeline';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/guichet_bench';
const EMBEDDED_DIR = 'bench-results/embedded-db';

const { values } = parseArgs({
	options: {
		embedded: { type: 'boolean', default: false },
		anchor: { type: 'string' },
		scale: { type: 'string' }
	}
});
const anchor = values.anchor === undefined ? undefined : parseDateInput(values.anchor);
if (anchor === null) throw new Error(`--anchor ${values.anchor}: not a date (YYYY-MM-DD)`);
const kind: BenchDataset['kind'] = values.embedded ? 'embedded' : 'postgres';
const scaleName = values.scale ?? (kind === 'embedded' ? 'relay' : 'departement');
if (!(scaleName in scales)) throw new Error(`--scale ${scaleName}: one of ${Object.keys(scales)}`);
const scale = scales[scaleName as keyof typeof scales];
const timeline = benchTimeline(scale, anchor);

const started = performance.now();
let last = started;
const say = (line: string) => {
	const now = performance.now();
	console.log(
		`[${((now - started) / 1000).toFixed(1).padStart(6)} s] ${line} (${((now - last) / 1000).toFixed(1)} s)`
	);
	last = now;
};

const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
const dataDir = path.resolve(EMBEDDED_DIR);
console.log(
	`Jeu de données « ${scale.name} » (${kind}), jour d’ancrage ${timeline.anchorDay}, ` +
		`${scale.requests} demandes sur ${scale.years} an(s), ${scale.childminders} assistantes maternelles.`
);
if (kind === 'postgres') await recreateDatabase(url);
else await rm(dataDir, { recursive: true, force: true });
say(kind === 'postgres' ? `database ${new URL(url).pathname.slice(1)} recreated` : `${EMBEDDED_DIR} removed`);

// One connection: the generator's temporary tables live in its session.
const handle = await connectDatabase(kind === 'postgres' ? { url, poolSize: 1 } : { dataDir });
let generated;
try {
	await handle.migrate();
	say('migrated');
	if (handle.kind === 'postgres') {
		// A bulk load: a crash means generating again, so commits need not wait for the disk.
		const { run } = await import('./sql-tools');
		await run(handle.db, 'set synchronous_commit = off');
		await run(handle.db, 'set max_parallel_workers_per_gather = 0');
	}
	generated = await generateDataset(handle.db, scale, timeline, (phase) => say(phase));
} finally {
	await handle.close();
}
const generatedInSeconds = Math.round((performance.now() - started) / 100) / 10;
const manifest: BenchDataset = {
	kind,
	...(kind === 'postgres' ? { databaseUrl: url } : { dataDir }),
	generatedInSeconds,
	...generated
};
await mkdir('bench-results', { recursive: true });
await writeFile(datasetManifestPaths[kind], `${JSON.stringify(manifest, null, '\t')}\n`);

console.log(`\nGénéré en ${generatedInSeconds} s ; manifeste ${datasetManifestPaths[kind]}.`);
for (const [name, n] of Object.entries(manifest.counts))
	console.log(`  ${name.padEnd(22)} ${n.toLocaleString('fr-FR').padStart(12)}`);
console.log(
	`Animateur : ${manifest.accounts.animator.email} / ${manifest.accounts.animator.password} ` +
		`(${manifest.accounts.animator.relaySlug}) ; demande ${manifest.samples.requestReference}, ` +
		`à planifier ${manifest.samples.bookableRequestReference}, suivi ${manifest.samples.trackingPath}.`
);
if (kind === 'postgres')
	console.log('Servir ces données : DATABASE_URL=' + url + ' DEMO_SEED=never node build');
else console.log(`Servir ces données : PGLITE_DATA_DIR=${dataDir} DEMO_SEED=never node build`);

/** Drops and recreates the benchmark database, refusing any other. */
async function recreateDatabase(databaseUrl: string): Promise<void> {
	const target = new URL(databaseUrl);
	const name = decodeURIComponent(target.pathname.slice(1));
	if (!/^guichet_bench[a-z0-9_]*$/.test(name))
		throw new Error(`refusing to drop ${name}: the benchmark's database names start with guichet_bench`);
	const admin = new URL(databaseUrl);
	admin.pathname = '/postgres';
	const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
	try {
		await sql.unsafe(`drop database if exists "${name}" with (force)`);
		await sql.unsafe(`create database "${name}"`);
	} finally {
		await sql.end({ timeout: 5 });
	}
}
