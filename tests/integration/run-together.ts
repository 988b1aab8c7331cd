import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { TestDatabase } from './test-database';

/**
 * Starts the calls at the same instant. On PostgreSQL a transaction holds `table` in
 * EXCLUSIVE mode (reads pass, writes wait) until every call waits on a lock of this database
 * (that table, or a lock the first waiter holds, such as an advisory lock), then lets them
 * all go: their writes truly race. PGlite has one connection, so there the calls interleave
 * between statements, never within one.
 */
export async function runTogether<T>(
	t: TestDatabase,
	table: string,
	calls: (() => Promise<T>)[]
): Promise<T[]> {
	if (!t.url) return Promise.all(calls.map((call) => call()));
	if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
	const observer = postgres(t.url, { max: 1, onnotice: () => {} });
	try {
		let signalLocked = () => {};
		const locked = new Promise<void>((resolve) => (signalLocked = resolve));
		const gate = t.db.transaction(async (tx) => {
			await tx.execute(sql.raw(`lock table ${table} in exclusive mode`));
			signalLocked();
			for (let waited = 0; waited < 5000; waited += 10) {
				const [row] = await observer<{ waiting: number }[]>`
					select count(*)::int as waiting from pg_locks
					where not granted
					and database = (select oid from pg_database where datname = current_database())`;
				if ((row?.waiting ?? 0) >= calls.length) return;
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
			throw new Error(`the calls never all waited (table ${table})`);
		});
		await locked;
		const runs = Promise.all(calls.map((call) => call()));
		await gate;
		return await runs;
	} finally {
		await observer.end();
	}
}
