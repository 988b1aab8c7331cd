/*
 * Exact linear-disclosure audit. Suppressed cells are unknowns; every line with a suppressed
 * cell is an equation: total − Σ members = 0, with the shown cells moved to the constant side.
 * An attacker who knows only these equations can compute a suppressed cell exactly iff its
 * unit vector lies in the row space of the coefficient matrix. We bring the matrix of each
 * connected group of unknowns to reduced row echelon form, in integers (fraction-free, each row
 * divided by the gcd of its entries, so coefficients stay small): a cell is disclosed iff a
 * row of the reduced form has a single non-zero entry, in its column.
 *
 * Not covered (see README.md): bounds an attacker derives from non-negativity beyond what the
 * line rule guards (each hidden cell lies in [0, U] of its line), and figures published at
 * different refreshes.
 */
import type { CountGrid, ProtectedGrid } from './grid';
import { indexGrid, type IndexedGrid, type IndexedLine } from './indexed-grid';

/** Entries are kept below this so that a·b − c·d stays an exact double (< 2^53). */
const SAFE_ENTRY = 2 ** 26;

class EntryOverflow extends Error {}

function gcd(a: number, b: number): number {
	a = Math.abs(a);
	b = Math.abs(b);
	while (b) [a, b] = [b, a % b];
	return a;
}

function bigGcd(a: bigint, b: bigint): bigint {
	a = a < 0n ? -a : a;
	b = b < 0n ? -b : b;
	while (b) [a, b] = [b, a % b];
	return a;
}

/**
 * Columns that some row of the reduced form isolates, with doubles (throws on overflow).
 * Pivots are made positive; when a pivot divides the entry it clears (always so for the ±1
 * pivots of tables of sums), only the pivot row's non-zero entries change in the other row.
 */
function isolatedColumns(rows: Float64Array[], width: number): number[] {
	let rank = 0;
	for (let column = 0; column < width && rank < rows.length; column++) {
		let pivotAt = -1;
		for (let r = rank; r < rows.length; r++) {
			if (rows[r]?.[column]) {
				pivotAt = r;
				break;
			}
		}
		const pivot = rows[pivotAt];
		const displaced = rows[rank];
		if (!pivot || !displaced) continue;
		rows[pivotAt] = displaced;
		rows[rank] = pivot;
		if ((pivot[column] ?? 0) < 0) for (let j = 0; j < width; j++) pivot[j] = -(pivot[j] ?? 0);
		const p = pivot[column] ?? 0;
		const nonZero: number[] = [];
		for (let j = 0; j < width; j++) if (pivot[j]) nonZero.push(j);
		for (let r = 0; r < rows.length; r++) {
			const row = rows[r];
			const f = row?.[column] ?? 0;
			if (r === rank || !row || f === 0) continue;
			const g = gcd(p, f);
			const a = p / g;
			const b = f / g;
			let large = false;
			if (a === 1) {
				for (const j of nonZero) {
					const value = (row[j] ?? 0) - b * (pivot[j] ?? 0);
					row[j] = value;
					if (value > 1 || value < -1) large = true;
				}
			} else {
				for (let j = 0; j < width; j++) {
					const value = a * (row[j] ?? 0) - b * (pivot[j] ?? 0);
					row[j] = value;
					if (value > 1 || value < -1) large = true;
				}
			}
			if (!large) continue;
			let rowGcd = 0;
			for (let j = 0; j < width; j++) if (row[j]) rowGcd = gcd(rowGcd, row[j] ?? 0);
			for (let j = 0; j < width; j++) {
				const value = (row[j] ?? 0) / rowGcd;
				if (value >= SAFE_ENTRY || value <= -SAFE_ENTRY) throw new EntryOverflow();
				row[j] = value;
			}
		}
		rank++;
	}
	return singleEntryColumns(rows.slice(0, rank), width, (value) => value !== 0);
}

/** The same with BigInt, for the rare matrix whose entries outgrow doubles. */
function isolatedColumnsBig(rows: bigint[][], width: number): number[] {
	let rank = 0;
	for (let column = 0; column < width && rank < rows.length; column++) {
		let pivotAt = -1;
		for (let r = rank; r < rows.length; r++) {
			if (rows[r]?.[column]) {
				pivotAt = r;
				break;
			}
		}
		const pivot = rows[pivotAt];
		const displaced = rows[rank];
		if (!pivot || !displaced) continue;
		rows[pivotAt] = displaced;
		rows[rank] = pivot;
		const p = pivot[column] ?? 0n;
		for (let r = 0; r < rows.length; r++) {
			const row = rows[r];
			const f = row?.[column] ?? 0n;
			if (r === rank || !row || f === 0n) continue;
			const g = bigGcd(p, f);
			const a = p / g;
			const b = f / g;
			let rowGcd = 0n;
			for (let j = 0; j < width; j++) {
				const value = a * (row[j] ?? 0n) - b * (pivot[j] ?? 0n);
				row[j] = value;
				if (value !== 0n) rowGcd = bigGcd(rowGcd, value);
			}
			if (rowGcd > 1n) for (let j = 0; j < width; j++) row[j] = (row[j] ?? 0n) / rowGcd;
		}
		rank++;
	}
	return singleEntryColumns(rows.slice(0, rank), width, (value) => value !== 0n);
}

function singleEntryColumns<T>(
	rows: ArrayLike<T>[],
	width: number,
	nonZero: (value: T) => boolean
): number[] {
	const isolated: number[] = [];
	for (const row of rows) {
		let only = -1;
		let count = 0;
		for (let j = 0; j < width && count < 2; j++) {
			const value = row[j];
			if (value !== undefined && nonZero(value)) {
				only = j;
				count++;
			}
		}
		if (count === 1) isolated.push(only);
	}
	return isolated.sort((a, b) => a - b);
}

/**
 * The columns of an integer matrix whose unit vector lies in its row space, computed with
 * doubles (falling back to BigInt when entries outgrow them) or with BigInt throughout. The
 * rows are not changed. Exported for the tests, which check the two agree.
 */
export function isolatedColumnsOf(
	rows: readonly (readonly number[])[],
	width: number,
	arithmetic: 'double' | 'bigint' = 'double'
): number[] {
	const big = () =>
		isolatedColumnsBig(
			rows.map((row) => Array.from({ length: width }, (_, j) => BigInt(row[j] ?? 0))),
			width
		);
	if (arithmetic === 'bigint') return big();
	try {
		return isolatedColumns(
			rows.map((row) => Float64Array.from({ length: width }, (_, j) => row[j] ?? 0)),
			width
		);
	} catch (error) {
		if (error instanceof EntryOverflow) return big();
		throw error;
	}
}

export interface AuditOptions {
	/** Components with more suppressed cells than this are not audited. */
	maxUnknowns?: number;
	/** Audit only the components holding one of these cells (the others were audited before). */
	touching?: ReadonlySet<number>;
}

/**
 * The suppressed cells an attacker can compute exactly, grouped by connected component
 * (cells ascending, components in order of their first cell).
 */
export function auditSuppressed(
	grid: IndexedGrid,
	reasons: ReadonlyArray<string | null>,
	{ maxUnknowns = Infinity, touching }: AuditOptions = {}
): number[][] {
	const cellCount = reasons.length;
	// Union-find over suppressed cells: two unknowns of one equation are in one component.
	const parent = new Int32Array(cellCount);
	for (let cell = 0; cell < cellCount; cell++) parent[cell] = cell;
	const find = (cell: number): number => {
		let root = cell;
		while (parent[root] !== root) root = parent[root] ?? root;
		while (parent[cell] !== root) {
			const next = parent[cell] ?? root;
			parent[cell] = root;
			cell = next;
		}
		return root;
	};
	const firstUnknown = (line: IndexedLine): number => {
		if (reasons[line.total] != null) return line.total;
		for (const member of line.members) if (reasons[member] != null) return member;
		return -1;
	};
	const equations: IndexedLine[] = [];
	for (const line of grid.lines) {
		const first = firstUnknown(line);
		if (first < 0) continue;
		equations.push(line);
		const root = find(first);
		for (const cell of [line.total, ...line.members]) {
			if (reasons[cell] == null) continue;
			const other = find(cell);
			if (other !== root) parent[other] = root;
		}
	}

	const components = new Map<number, { cells: number[]; equations: IndexedLine[] }>();
	const column = new Int32Array(cellCount);
	for (let cell = 0; cell < cellCount; cell++) {
		if (reasons[cell] == null) continue;
		const root = find(cell);
		let component = components.get(root);
		if (!component) {
			component = { cells: [], equations: [] };
			components.set(root, component);
		}
		column[cell] = component.cells.length;
		component.cells.push(cell);
	}
	for (const line of equations) components.get(find(firstUnknown(line)))?.equations.push(line);

	const disclosed: number[][] = [];
	for (const { cells, equations: lines } of components.values()) {
		if (cells.length > maxUnknowns) continue;
		if (touching && !cells.some((cell) => touching.has(cell))) continue;
		const isolated = isolatedColumnsOf(
			lines.map((line) => {
				const row = new Array<number>(cells.length).fill(0);
				if (reasons[line.total] != null) row[column[line.total] ?? 0] = 1;
				for (const member of line.members) {
					if (reasons[member] != null) row[column[member] ?? 0] = -1;
				}
				return row;
			}),
			cells.length
		);
		if (isolated.length > 0) disclosed.push(isolated.map((index) => cells[index] ?? 0));
	}
	return disclosed.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

/** The keys of the suppressed cells of `protectedGrid` that `grid`'s lines disclose exactly. */
export function disclosedCells(grid: CountGrid, protectedGrid: ProtectedGrid): string[] {
	const indexed = indexGrid(grid);
	const reasons = indexed.keys.map((key) => {
		const cell = protectedGrid.get(key);
		if (!cell) throw new Error(`audit: no protected status for ${key}`);
		return cell.shown ? null : cell.reason;
	});
	return auditSuppressed(indexed, reasons)
		.flat()
		.map((cell) => indexed.keys[cell] ?? '')
		.sort();
}
