/*
 * A CountGrid checked and put in a canonical order, with cells as array indices. Canonical
 * order (cells by key, members and lines by cell index) is what makes the protection
 * deterministic: the same grid gives the same result whatever order the cells and lines came
 * in. A grid that is not additive is a bug in the code that built it: we throw rather than
 * protect figures that an attacker could check against each other in ways we did not model.
 */
import type { CountGrid } from './grid';

export interface IndexedLine {
	total: number;
	/** Cell indices, ascending. */
	members: number[];
	breakdown: boolean;
}

export interface IndexedGrid {
	/** Ascending (plain code-unit order, independent of locale). */
	keys: string[];
	n: number[];
	k: number[];
	lines: IndexedLine[];
	/** For each cell, the lines it is a member of. */
	memberOf: number[][];
	/** For each cell, the lines it is the total of. */
	totalOf: number[][];
}

function compareKeys(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function compareLines(a: IndexedLine, b: IndexedLine): number {
	if (a.total !== b.total) return a.total - b.total;
	const length = Math.min(a.members.length, b.members.length);
	for (let i = 0; i < length; i++) {
		const x = a.members[i] ?? 0;
		const y = b.members[i] ?? 0;
		if (x !== y) return x - y;
	}
	if (a.members.length !== b.members.length) return a.members.length - b.members.length;
	return Number(a.breakdown) - Number(b.breakdown);
}

export function indexGrid(grid: CountGrid): IndexedGrid {
	const cells = [...grid.cells].sort((a, b) => compareKeys(a.key, b.key));
	const indexOf = new Map<string, number>();
	const keys: string[] = [];
	const n: number[] = [];
	const k: number[] = [];
	for (const cell of cells) {
		if (indexOf.has(cell.key)) throw new Error(`protection: duplicate cell ${cell.key}`);
		if (!Number.isSafeInteger(cell.n) || cell.n < 0) {
			throw new Error(`protection: cell ${cell.key} has a count that is not a natural number`);
		}
		if (!Number.isSafeInteger(cell.k) || cell.k < 1) {
			throw new Error(`protection: cell ${cell.key} has a threshold below 1`);
		}
		indexOf.set(cell.key, keys.length);
		keys.push(cell.key);
		n.push(cell.n);
		k.push(cell.k);
	}
	const cellIndex = (key: string): number => {
		const index = indexOf.get(key);
		if (index === undefined) throw new Error(`protection: a line names an unknown cell ${key}`);
		return index;
	};

	const lines: IndexedLine[] = grid.lines.map((line) => {
		const total = cellIndex(line.total);
		const members = line.members.map(cellIndex).sort((a, b) => a - b);
		let sum = 0;
		for (let i = 0; i < members.length; i++) {
			const member = members[i] ?? 0;
			if (member === total)
				throw new Error(`protection: ${line.total} is a member of its own line`);
			if (i > 0 && members[i - 1] === member) {
				throw new Error(`protection: ${keys[member]} appears twice in the line of ${line.total}`);
			}
			sum += n[member] ?? 0;
		}
		if (sum !== n[total]) {
			throw new Error(
				`protection: the line of ${line.total} does not add up (${sum} ≠ ${n[total]})`
			);
		}
		return { total, members, breakdown: line.breakdown };
	});
	lines.sort(compareLines);

	const memberOf: number[][] = keys.map(() => []);
	const totalOf: number[][] = keys.map(() => []);
	lines.forEach((line, lineIndex) => {
		totalOf[line.total]?.push(lineIndex);
		for (const member of line.members) memberOf[member]?.push(lineIndex);
	});
	return { keys, n, k, lines, memberOf, totalOf };
}
