/*
 * Grids shaped like the observatory's tables, for the protection's tests and benchmark:
 * a 2D table with its margins, and hierarchies on both axes.
 */
import type { CountGrid, GridCell, GridLine } from './grid';

export interface Axis {
	/** Leaf labels, in order. */
	leaves: string[];
	/** Subtotals: label → the labels (leaves or other subtotals) they sum. */
	groups: { label: string; parts: string[]; breakdown: boolean }[];
}

/** A flat axis: leaves and one total named `T`. */
export function flatAxis(leaves: string[], breakdown = false): Axis {
	return { leaves, groups: [{ label: 'T', parts: leaves, breakdown }] };
}

/**
 * The grid of `rows` × `columns`: a leaf × leaf cell holds `count(row, column)`, a subtotal
 * the sum of its parts, each subtotal along either axis a line. `threshold(row)` gives k.
 */
export function crossGrid(
	rows: Axis,
	columns: Axis,
	count: (row: string, column: string) => number,
	threshold: (row: string) => number = () => 5
): CountGrid {
	const values = new Map<string, number>();
	const key = (row: string, column: string) => `${row}|${column}`;
	const partsOf = (axis: Axis) => new Map(axis.groups.map((group) => [group.label, group.parts]));
	const rowParts = partsOf(rows);
	const columnParts = partsOf(columns);
	const value = (row: string, column: string): number => {
		const cached = values.get(key(row, column));
		if (cached !== undefined) return cached;
		const rowGroup = rowParts.get(row);
		const columnGroup = columnParts.get(column);
		const computed = rowGroup
			? rowGroup.reduce((sum, part) => sum + value(part, column), 0)
			: columnGroup
				? columnGroup.reduce((sum, part) => sum + value(row, part), 0)
				: count(row, column);
		values.set(key(row, column), computed);
		return computed;
	};
	const rowLabels = [...rows.leaves, ...rows.groups.map((group) => group.label)];
	const columnLabels = [...columns.leaves, ...columns.groups.map((group) => group.label)];
	const cells: GridCell[] = [];
	const lines: GridLine[] = [];
	for (const row of rowLabels) {
		for (const column of columnLabels) {
			cells.push({ key: key(row, column), n: value(row, column), k: threshold(row) });
		}
		for (const group of columns.groups) {
			lines.push({
				total: key(row, group.label),
				members: group.parts.map((part) => key(row, part)),
				breakdown: group.breakdown
			});
		}
	}
	for (const column of columnLabels) {
		for (const group of rows.groups) {
			lines.push({
				total: key(group.label, column),
				members: group.parts.map((part) => key(part, column)),
				breakdown: group.breakdown
			});
		}
	}
	return { cells, lines };
}
