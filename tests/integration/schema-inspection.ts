import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/types';
import { rowsOf } from './rows';

/** The public tables and their columns, sorted: two databases with the same migrations match. */
export async function describeSchema(db: Database): Promise<string[]> {
	const result = await db.execute(sql`
		select table_name, column_name, data_type from information_schema.columns
		where table_schema = 'public' order by table_name, column_name`);
	return rowsOf<{ table_name: string; column_name: string; data_type: string }>(result).map(
		(r) => `${r.table_name}.${r.column_name}:${r.data_type}`
	);
}
