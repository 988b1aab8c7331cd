/*
 * The shape the protection works on: cells of counts and the additive lines that tie them
 * (a total and the cells it sums). A published table is cut from a protected grid, never from
 * raw counts, so the same cell has the same status wherever it appears.
 */

/** One count. `k`: the smallest count that may be shown (5; 11 for a disability or a cell
 * crossing three attributes; 1 for counts that are not about families, e.g. free places). */
export interface GridCell {
	key: string;
	n: number;
	k: number;
}

/**
 * `total` = Σ `members`, every one of them a published cell of the grid. A line is a row, a
 * column or a level of a hierarchy (commune → EPCI → territory, month → quarter → year).
 * `breakdown`: the members split a group into categories (ages, kinds of care...), where a
 * small group with every member in one category would tell that category of everyone in it.
 */
export interface GridLine {
	total: string;
	members: readonly string[];
	breakdown: boolean;
}

export interface CountGrid {
	cells: readonly GridCell[];
	lines: readonly GridLine[];
}

/**
 * Why a cell is not shown: `small` (0 < n < k), `secondary` (so that no suppressed cell or
 * small group can be recomputed from a line), `dominance` (a small group's breakdown where one
 * category holds the whole group).
 */
export type SuppressionReason = 'small' | 'secondary' | 'dominance';

export type ProtectedCell =
	{ n: number; shown: true } | { n: number; shown: false; reason: SuppressionReason };

export type ProtectedGrid = ReadonlyMap<string, ProtectedCell>;
