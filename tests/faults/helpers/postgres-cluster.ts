import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { freePort } from './free-port';

const run = promisify(execFile);

/**
 * A throw-away PostgreSQL cluster of our own, on its own port and in a temporary folder, that
 * a test may stop and start at will. The shared server on 5432 is never touched.
 */
export interface PostgresCluster {
	port: number;
	/** URL of the database `guichet`, created empty. */
	url: string;
	start(): Promise<void>;
	/**
	 * `fast` (the default): what an operator's restart does, open transactions rolled back and
	 * the connections closed. `immediate`: the server process killed, as in a crash; the next
	 * start recovers from the WAL.
	 */
	stop(mode?: 'fast' | 'immediate'): Promise<void>;
	/** Stops whatever runs and deletes the folder; safe to call twice. */
	destroy(): Promise<void>;
	/** The server's own log, for a failure message. */
	log(): Promise<string>;
}

/** The newest server binaries installed by Debian's postgresql package, or PG_BIN. */
export function postgresBinDir(): string {
	const fromEnv = process.env.PG_BIN;
	if (fromEnv) return fromEnv;
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root)
		? readdirSync(root)
				.filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
				.sort((a, b) => Number(a) - Number(b))
		: [];
	const newest = versions.at(-1);
	if (newest === undefined) {
		throw new Error(`no initdb under ${root}: install postgresql, or set PG_BIN`);
	}
	return path.join(root, newest, 'bin');
}

/**
 * PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` system
 * user (which the Debian package creates) and its commands run through runuser.
 */
async function systemUser(): Promise<{ uid: number; gid: number } | undefined> {
	if (process.getuid?.() !== 0) return undefined;
	const { stdout: uid } = await run('id', ['-u', 'postgres']);
	const { stdout: gid } = await run('id', ['-g', 'postgres']);
	return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
	const bin = postgresBinDir();
	const owner = await systemUser();
	const folder = await mkdtemp(path.join(os.tmpdir(), 'guichet-faults-pg-'));
	if (owner) await chown(folder, owner.uid, owner.gid);
	const dataDir = path.join(folder, 'data');
	const logFile = path.join(folder, 'server.log');
	const port = await freePort();

	const pg = (command: string, args: string[]) =>
		owner
			? run('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args])
			: run(path.join(bin, command), args);

	await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
	// Loopback only, the socket in our own folder, and no fsync: the data is thrown away.
	const serverOptions = [
		`-p ${port}`,
		`-k ${folder}`,
		'-c listen_addresses=127.0.0.1',
		'-c fsync=off',
		'-c full_page_writes=off',
		'-c max_connections=50'
	].join(' ');
	let running = false;
	const cluster: PostgresCluster = {
		port,
		url: `postgres://postgres@127.0.0.1:${port}/guichet`,
		async start() {
			await pg('pg_ctl', [
				'start',
				'-w',
				'-t',
				'30',
				'-D',
				dataDir,
				'-l',
				logFile,
				'-o',
				serverOptions
			]);
			running = true;
		},
		async stop(mode = 'fast') {
			await pg('pg_ctl', ['stop', '-w', '-t', '30', '-m', mode, '-D', dataDir]);
			running = false;
		},
		async destroy() {
			if (running) {
				await pg('pg_ctl', ['stop', '-w', '-t', '10', '-m', 'immediate', '-D', dataDir]).catch(
					() => undefined
				);
				running = false;
			}
			await rm(folder, { recursive: true, force: true });
		},
		log: () => readFile(logFile, 'utf8').catch(() => '')
	};
	try {
		await cluster.start();
		const admin = postgres(`postgres://postgres@127.0.0.1:${port}/postgres`, {
			max: 1,
			onnotice: () => {}
		});
		try {
			await admin.unsafe('create database guichet');
		} finally {
			await admin.end();
		}
	} catch (error) {
		await cluster.destroy();
		throw error;
	}
	return cluster;
}
