import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/types';

/** The public tables and their columns, sorted: two databases with the same migrations match. */
export async function describeSchema(db: Database): Promise<string[]> {
	const rows = await db.execute<{ table_name: string; column_name: string; data_type: string }>(sql`
		select table_name, column_name, data_type from information_schema.columns
		where table_schema = 'public' order by table_name, column_name`);
	const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: typeof rows }).rows;
	return [...list].map((r) => `${r.table_name}.${r.column_name}:${r.data_type}`);
}
