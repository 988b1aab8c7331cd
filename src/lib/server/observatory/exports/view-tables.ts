import { observatorySections, type ObservatoryView } from '$lib/observatory/observatory-view';
import type { PublishedTable, PublishedValue } from '$lib/observatory/published-table';

/** Every table of a view, in the pages' order (demand, response, outcomes, tension). */
export const viewTables = (view: ObservatoryView): PublishedTable[] =>
	observatorySections.flatMap((section) => view.sections[section]);

/** The table of that id, or null: ids are the catalogue's slugs (`demandes-par-canal`). */
export const findTable = (view: ObservatoryView, id: string): PublishedTable | null =>
	viewTables(view).find((table) => table.id === id) ?? null;

/**
 * One cell of a table, by row key and column key: the very value the page shows, status
 * included. Null when the table has no such row or column (a quarter not yet complete).
 */
export function figureOf(
	table: PublishedTable | null,
	rowKey: string,
	columnKey: string
): PublishedValue | null {
	if (!table) return null;
	const column = table.columns.findIndex((c) => c.key === columnKey);
	const row = table.rows.find((r) => r.key === rowKey);
	if (column < 0 || !row) return null;
	return row.values[column] ?? null;
}
