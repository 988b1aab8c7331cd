import { validateSessionToken, type RelayStaffUser } from '../../src/lib/server/auth/session';
import { directoryPage } from '../../src/lib/server/directory/search/directory-page';
import { parseDirectoryFilters } from '../../src/lib/forms/directory-search';
import { listQueue, queueCommunes, queueCounters } from '../../src/lib/server/queue/queue-listing';
import { parseQueueQuery } from '../../src/lib/server/queue/queue-forms';
import { observatoryFor } from '../../src/lib/server/observatory/observatory-for';
import { todayInParis } from '../../src/lib/time/paris';
import type { Database } from '../../src/lib/server/db/types';
import type { BenchDatabase, CapturedStatement } from './bench-database';
import type { SqlMeasure } from './results';
import { summarize } from './stats';

/**
 * The database floor of three pages: the SQL their domain functions send, replayed directly
 * on the driver with no SvelteKit, no rendering and no drizzle around it.
 *
 * Method: the bench signs in as the animator through the app, then (server stopped, for the
 * embedded database's single owner) finds that session's user with `validateSessionToken`
 * and calls the same domain functions the route loads call, with the same arguments (the
 * directory's filters parsed from the same address, the same seed). drizzle's logger records
 * each statement and its parameters as they are handed to the driver. The call is made twice
 * and the second one recorded: the page under load runs with warm caches (the observatory's
 * counts, refreshed at most once in a while), so its first-call writes are not its steady
 * cost. The statements are then replayed one after the other (the queue's route runs its
 * three functions concurrently, so its floor is a little pessimistic), `connections` workers
 * at once, in a closed loop like autocannon's, for the same duration. What the floor leaves
 * out: the session lookup every staff page makes (not a domain query of the page).
 */
export interface SqlFloorRoute {
	route: string;
	/** The same call the route's load makes. */
	load(db: Database, user: RelayStaffUser): Promise<unknown>;
}

export function sqlFloorRoutes(paths: { directory: string; queue: string }): SqlFloorRoute[] {
	const searchOf = (path: string) => new URL(path, 'http://bench.invalid').searchParams;
	return [
		{
			route: 'directory',
			load: (db, user) => {
				const query = parseDirectoryFilters(searchOf(paths.directory));
				if (query.seed === undefined || query.seed === null)
					throw new Error('the directory path must fix its seed');
				return directoryPage(db, user, { ...query, seed: query.seed }, todayInParis());
			}
		},
		{
			route: 'queue',
			load: (db, user) => {
				const { filters, cursor } = parseQueueQuery(searchOf(paths.queue));
				const now = new Date();
				return Promise.all([
					listQueue(db, user, filters, cursor, now),
					queueCounters(db, user, now),
					queueCommunes(db, user)
				]);
			}
		},
		{ route: 'observatory', load: (db, user) => observatoryFor(db, user, null) }
	];
}

export async function relayStaffOfSession(db: Database, token: string): Promise<RelayStaffUser> {
	const { user } = await validateSessionToken(db, token);
	if (!user || (user.role !== 'animator' && user.role !== 'admin'))
		throw new Error('la session du banc n’est pas celle d’une animatrice ou d’un administrateur');
	return user;
}

export async function captureStatements(
	bench: BenchDatabase,
	route: SqlFloorRoute,
	user: RelayStaffUser
): Promise<CapturedStatement[]> {
	await route.load(bench.db, user);
	const statements = await bench.capture((db) => route.load(db, user));
	if (statements.length === 0) throw new Error(`${route.route} : aucune requête SQL enregistrée`);
	return statements;
}

export async function replayStatements(
	bench: BenchDatabase,
	route: string,
	statements: readonly CapturedStatement[],
	options: { connections: number; durationSeconds: number }
): Promise<SqlMeasure> {
	const replayer = await bench.replayer(options.connections);
	const latencies: number[] = [];
	let errors = 0;
	let firstError: unknown = null;
	const started = performance.now();
	const deadline = started + options.durationSeconds * 1000;
	const worker = async () => {
		while (performance.now() < deadline) {
			const t0 = performance.now();
			try {
				for (const statement of statements) await replayer.run(statement);
				latencies.push(performance.now() - t0);
			} catch (error) {
				errors++;
				firstError ??= error;
			}
		}
	};
	try {
		await Promise.all(Array.from({ length: options.connections }, worker));
	} finally {
		await replayer.close();
	}
	if (firstError !== null && latencies.length === 0) throw firstError;
	const elapsedSeconds = (performance.now() - started) / 1000;
	return {
		route,
		connections: options.connections,
		durationSeconds: elapsedSeconds,
		operations: latencies.length,
		rps: latencies.length / elapsedSeconds,
		latency: summarize(latencies),
		statements: statements.length,
		errors
	};
}
