import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../src/lib/server/db/types';

/**
 * The generator's SQL is written as text: numbers, dates and names in it come from the
 * generator itself (its scale and anchor), never from a person, and set-based statements read
 * better whole than split into template fragments.
 */
export async function run(db: Db, text: string): Promise<void> {
	const started = performance.now();
	if (process.env.BENCH_DATA_TRACE === 'sql') console.log(`${text};`);
	await db.execute(sql.raw(text));
	// BENCH_DATA_TRACE=1 prints each statement's time: where a slow run spends it.
	if (process.env.BENCH_DATA_TRACE)
		console.log(
			`    ${(performance.now() - started).toFixed(0).padStart(7)} ms  ${text.replace(/\s+/g, ' ').slice(0, 90)}`
		);
}

/** The rows of a query, whichever driver answers (postgres.js: an array; PGlite: `.rows`). */
export async function rows<T>(db: Db, text: string): Promise<T[]> {
	const result: unknown = await db.execute(sql.raw(text));
	if (Array.isArray(result)) return result as T[];
	return (result as { rows: T[] }).rows;
}

/** A count (or any integer) from a query answering one row with a column `n`. */
export async function integer(db: Db, text: string): Promise<number> {
	const [row] = await rows<{ n: number | string }>(db, text);
	return Number(row?.n ?? 0);
}

/**
 * A uniform draw in [0, 1) (float8: numeric arithmetic is many times slower) from 32 bits of an md5 digest (`hash`, a text column), the
 * `index`-th of its four. Hash-based rather than `random()`: the same draw whatever the plan,
 * the order of the rows or the number of workers, so every run stores the same data.
 */
export const draw = (hash: string, index: 0 | 1 | 2 | 3): string =>
	`(('x' || substr(${hash}, ${index * 8 + 1}, 8))::bit(32)::bigint::float8 / 4294967296::float8)`;

/** A whole number in [min, max] from a draw. */
export const between = (drawSql: string, min: number, max: number): string =>
	`(${min} + floor(${drawSql} * ${max - min + 1})::int)`;

/**
 * A stable uuid from a name: its md5 with the version (5) and variant bits of RFC 9562, so
 * forms that check ids (`z.uuid()`) take it. The same ids on every run.
 */
export const stableUuid = (nameSql: string): string =>
	`overlay(overlay(md5(${nameSql}) placing '5' from 13 for 1) placing '8' from 17 for 1)::uuid`;

/** A SQL text literal. */
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** A SQL text[] literal of the given words. */
export const textArray = (words: readonly string[]): string =>
	`array[${words.map(literal).join(', ')}]::text[]`;

/** Picks one of `words` (a text[] SQL expression of `length` items) with a draw. */
export const pick = (arraySql: string, length: number, drawSql: string): string =>
	`(${arraySql})[1 + floor(${drawSql} * ${length})::int]`;

/** The uuid `stableUuid` gives in SQL for that name: JS and SQL agree on every id. */
export function md5Uuid(name: string): string {
	const digest = createHash('md5').update(name).digest('hex');
	const hex = `${digest.slice(0, 12)}5${digest.slice(13, 16)}8${digest.slice(17)}`;
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
