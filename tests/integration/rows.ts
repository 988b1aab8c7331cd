/**
 * `db.execute()` returns the rows themselves on postgres.js and `{ rows }` on PGlite; raw SQL
 * reads its rows through this so that it runs on both.
 */
export function rowsOf<T>(result: unknown): T[] {
	if (Array.isArray(result)) return result as T[];
	const rows = (result as { rows?: unknown } | null)?.rows;
	return Array.isArray(rows) ? (rows as T[]) : [];
}
