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
import { indexGrid, type IndexedGrid } from './indexed-grid';

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

/** Columns that some row of the reduced form isolates, with doubles (throws on overflow). */
function isolatedColumns(rows: number[][], width: number): number[] {
	let rank = 0;
	for (let column = 0; column < width && rank < rows.length; column++) {
		let pivotAt = -1;
		for (let r = rank; r < rows.length; r++) {
			if (rows[r]?.[column]) {
				pivotAt = r;
				break;
			}
		}
		if (pivotAt < 0) continue;
		const pivot = rows[pivotAt] ?? [];
		rows[pivotAt] = rows[rank] ?? [];
		rows[rank] = pivot;
		const p = pivot[column] ?? 0;
		for (let r = 0; r < rows.length; r++) {
			const row = rows[r];
			const f = row?.[column] ?? 0;
			if (r === rank || !row || f === 0) continue;
			const g = gcd(p, f);
			const a = p / g;
			const b = f / g;
			let rowGcd = 0;
			for (let j = 0; j < width; j++) {
				const value = a * (row[j] ?? 0) - b * (pivot[j] ?? 0);
				row[j] = value;
				if (value !== 0) rowGcd = gcd(rowGcd, value);
			}
			if (rowGcd > 1) for (let j = 0; j < width; j++) row[j] = (row[j] ?? 0) / rowGcd;
			for (let j = 0; j < width; j++) {
				if (Math.abs(row[j] ?? 0) >= SAFE_ENTRY) throw new EntryOverflow();
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
		if (pivotAt < 0) continue;
		const pivot = rows[pivotAt] ?? [];
		rows[pivotAt] = rows[rank] ?? [];
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

function singleEntryColumns<T>(rows: T[][], width: number, nonZero: (value: T) => boolean) {
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
 * The suppressed cells an attacker can compute exactly, grouped by connected component
 * (cells sorted, components in order of their first cell). Components with more than
 * `maxUnknowns` suppressed cells are not audited.
 */
export function auditSuppressed(
	grid: IndexedGrid,
	reasons: ReadonlyArray<string | null>,
	maxUnknowns = Infinity
): number[][] {
	const suppressed = (cell: number) => reasons[cell] != null;
	// Union-find over suppressed cells: two unknowns of one equation are in one component.
	const parent = reasons.map((_, cell) => cell);
	const find = (cell: number): number => {
		let root = cell;
		while ((parent[root] ?? root) !== root) root = parent[root] ?? root;
		while ((parent[cell] ?? cell) !== root) {
			const next = parent[cell] ?? cell;
			parent[cell] = root;
			cell = next;
		}
		return root;
	};
	const equations: number[][] = [];
	for (const line of grid.lines) {
		const unknowns = [line.total, ...line.members].filter(suppressed);
		if (unknowns.length === 0) continue;
		equations.push([line.total, ...line.members]);
		const first = find(unknowns[0] ?? 0);
		for (const cell of unknowns) {
			const root = find(cell);
			if (root !== first) parent[root] = first;
		}
	}

	const components = new Map<number, { cells: number[]; equations: number[][] }>();
	reasons.forEach((_, cell) => {
		if (!suppressed(cell)) return;
		const root = find(cell);
		const component = components.get(root) ?? { cells: [], equations: [] };
		component.cells.push(cell);
		components.set(root, component);
	});
	for (const equation of equations) {
		const firstUnknown = equation.find(suppressed);
		if (firstUnknown === undefined) continue;
		components.get(find(firstUnknown))?.equations.push(equation);
	}

	const disclosed: number[][] = [];
	for (const { cells, equations: lines } of components.values()) {
		if (cells.length > maxUnknowns) continue;
		const column = new Map(cells.map((cell, index) => [cell, index]));
		const rows = lines.map(([total, ...members]) => {
			const row = new Array<number>(cells.length).fill(0);
			const totalColumn = column.get(total ?? -1);
			if (totalColumn !== undefined) row[totalColumn] = 1;
			for (const member of members) {
				const memberColumn = column.get(member);
				if (memberColumn !== undefined) row[memberColumn] = -1;
			}
			return row;
		});
		let isolated: number[];
		try {
			isolated = isolatedColumns(
				rows.map((row) => [...row]),
				cells.length
			);
		} catch (error) {
			if (!(error instanceof EntryOverflow)) throw error;
			isolated = isolatedColumnsBig(
				rows.map((row) => row.map(BigInt)),
				cells.length
			);
		}
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
