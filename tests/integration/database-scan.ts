import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/types';
import { rowsOf } from './rows';

/**
 * Every column of every table that can hold words: text, varchar, their arrays and JSON,
 * found from the schema (information_schema), never listed by hand: a column added later is
 * scanned too.
 */
export async function textColumns(db: Database): Promise<{ table: string; column: string }[]> {
	const result = await db.execute(sql`
		select c.table_name, c.column_name from information_schema.columns c
		join information_schema.tables t
			on t.table_schema = c.table_schema and t.table_name = c.table_name
		where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
			and (c.data_type in ('text', 'character varying', 'json', 'jsonb')
				or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))
		order by c.table_name, c.column_name`);
	return rowsOf<{ table_name: string; column_name: string }>(result).map((row) => ({
		table: row.table_name,
		column: row.column_name
	}));
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Where each marker is found: `table.column` for every text or JSON column holding it. */
export async function findMarkers(
	db: Database,
	markers: readonly string[]
): Promise<Map<string, string[]>> {
	const found = new Map<string, string[]>();
	if (markers.length === 0) return found;
	for (const { table, column } of await textColumns(db)) {
		const result = await db.execute(
			sql`select distinct m.marker from ${sql.raw(quoted(table))} x
				cross join unnest(${`{${markers.map((m) => `"${m}"`).join(',')}}`}::text[]) as m(marker)
				where strpos(lower(x.${sql.raw(quoted(column))}::text), lower(m.marker)) > 0`
		);
		for (const { marker } of rowsOf<{ marker: string }>(result)) {
			found.set(marker, [...(found.get(marker) ?? []), `${table}.${column}`]);
		}
	}
	return found;
}

/** Every row of every table, as text, in a stable order: two snapshots equal = nothing changed. */
export async function snapshotTables(db: Database): Promise<Record<string, string[]>> {
	const tables = rowsOf<{ table_name: string }>(
		await db.execute(sql`select table_name from information_schema.tables
			where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)
	);
	const snapshot: Record<string, string[]> = {};
	for (const { table_name } of tables) {
		const rows = rowsOf<{ row: string }>(
			await db.execute(
				sql`select x::text as row from ${sql.raw(quoted(table_name))} x order by x::text`
			)
		);
		snapshot[table_name] = rows.map((r) => r.row);
	}
	return snapshot;
}
