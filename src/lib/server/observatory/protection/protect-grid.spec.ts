import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclosedCells } from './disclosure-audit';
import type { CountGrid, ProtectedCell, ProtectedGrid } from './grid';
import { protectGrid } from './protect-grid';
import { crossGrid, flatAxis, type Axis } from './test-grids';

function status(result: ProtectedGrid, key: string): string {
	const cell = result.get(key);
	if (!cell) throw new Error(`no cell ${key}`);
	return cell.shown ? 'shown' : cell.reason;
}

/** One line: `total` = Σ `members`, each [key, n] (k = 5 unless given). */
function lineGrid(
	total: [string, number],
	members: [string, number, number?][],
	breakdown = false
): CountGrid {
	return {
		cells: [
			{ key: total[0], n: total[1], k: 5 },
			...members.map(([key, n, k]) => ({ key, n, k: k ?? 5 }))
		],
		lines: [{ total: total[0], members: members.map(([key]) => key), breakdown }]
	};
}

describe('protectGrid: the rules, by example', () => {
	it('hides a commune of 3 requests, and the next-smallest commune so that the territory total does not give it back', () => {
		const result = protectGrid(
			lineGrid(
				['territory', 55],
				[
					['commune:A', 3],
					['commune:B', 40],
					['commune:C', 12]
				]
			)
		);
		expect(status(result, 'commune:A')).toBe('small');
		expect(status(result, 'commune:C')).toBe('secondary');
		expect(status(result, 'commune:B')).toBe('shown');
		expect(status(result, 'territory')).toBe('shown');
		expect(result.get('commune:B')).toEqual({ n: 40, shown: true });
	});

	it('shows zeros, and never hides a zero to protect a shown total', () => {
		const result = protectGrid(
			lineGrid(
				['total', 23],
				[
					['a', 0],
					['b', 2],
					['c', 0],
					['d', 21]
				]
			)
		);
		expect(status(result, 'a')).toBe('shown');
		expect(status(result, 'c')).toBe('shown');
		expect(status(result, 'b')).toBe('small');
		expect(status(result, 'd')).toBe('secondary');
	});

	it('hides a row with a single small cell in a 2D table so that neither its row nor its column gives it back', () => {
		const grid = crossGrid(
			flatAxis(['r1', 'r2', 'r3']),
			flatAxis(['c1', 'c2', 'c3']),
			(row, column) => (row === 'r2' && column === 'c2' ? 4 : 20 + row.length + column.length)
		);
		const result = protectGrid(grid);
		expect(status(result, 'r2|c2')).toBe('small');
		const hidden = [...result].filter(([, cell]) => !cell.shown).map(([key]) => key);
		// The smallest pattern that survives a row and a column: a rectangle of four cells.
		expect(hidden).toHaveLength(4);
		expect(disclosedCells(grid, result)).toEqual([]);
	});

	it('hides the breakdown of a small group where one category holds everyone, and keeps its total', () => {
		const result = protectGrid(
			lineGrid(
				['age:total', 7],
				[
					['age:under_6m', 7],
					['age:6m_1y', 0],
					['age:1y_3y', 0]
				],
				true
			)
		);
		expect(status(result, 'age:total')).toBe('shown');
		for (const band of ['age:under_6m', 'age:6m_1y', 'age:1y_3y']) {
			expect(status(result, band)).toBe('dominance');
		}
	});

	it('leaves a breakdown alone when the group is large or split', () => {
		const large = protectGrid(
			lineGrid(
				['t', 30],
				[
					['a', 30],
					['b', 0]
				],
				true
			)
		);
		expect(status(large, 'a')).toBe('shown');
		const split = protectGrid(
			lineGrid(
				['t', 10],
				[
					['a', 5],
					['b', 5]
				],
				true
			)
		);
		expect(status(split, 'a')).toBe('shown');
	});

	it('hides a disability count of 7 (threshold 11), with enough beside it to make a group of at least 11', () => {
		const result = protectGrid(
			lineGrid(
				['disability:total', 42],
				[
					['disability:yes', 7, 11],
					['disability:no', 30, 11],
					['disability:unknown', 5, 11]
				]
			)
		);
		expect(status(result, 'disability:yes')).toBe('small');
		expect(status(result, 'disability:unknown')).toBe('small');
		expect(status(result, 'disability:no')).toBe('shown');

		const smallGroup = protectGrid(
			lineGrid(
				['disability:total', 50],
				[
					['disability:yes', 7, 11],
					['disability:no', 40, 11],
					['disability:unknown', 3, 5]
				]
			)
		);
		// 7 + 3 = 10 < 11: the pair would tell "fewer than 11"; the next cell joins them.
		expect(status(smallGroup, 'disability:no')).toBe('secondary');
	});

	it('never hides a count of places (threshold 1) while a count about families can be hidden instead', () => {
		const result = protectGrid(
			lineGrid(
				['t', 47],
				[
					['places', 6, 1],
					['requests:a', 3],
					['requests:b', 38]
				]
			)
		);
		expect(status(result, 'places')).toBe('shown');
		expect(status(result, 'requests:b')).toBe('secondary');
	});

	it('hides the total when no non-zero member is left to hide', () => {
		const result = protectGrid(
			lineGrid(
				['t', 3],
				[
					['a', 3, 5],
					['b', 0]
				]
			)
		);
		expect(status(result, 'a')).toBe('small');
		expect(status(result, 't')).toBe('small');
	});

	it('refuses a grid whose lines do not add up, or that names an unknown cell', () => {
		expect(() =>
			protectGrid(
				lineGrid(
					['t', 10],
					[
						['a', 4],
						['b', 5]
					]
				)
			)
		).toThrow(/add up/);
		expect(() =>
			protectGrid({
				cells: [{ key: 't', n: 0, k: 5 }],
				lines: [{ total: 't', members: ['x'], breakdown: false }]
			})
		).toThrow(/unknown cell/);
	});
});

describe('disclosedCells: the exact audit', () => {
	// Rows 0,1 and columns 0,1 hold one cycle of hidden cells, rows 2,3 and columns 2,3 another,
	// and (1,2) joins them: row 0 + row 1 − column 0 − column 1 leaves (1,2) alone.
	const grid = crossGrid(flatAxis(['0', '1', '2', '3']), flatAxis(['0', '1', '2', '3']), () => 20);
	const hidden = new Set(['0|0', '0|1', '1|0', '1|1', '1|2', '2|2', '2|3', '3|2', '3|3']);
	const withHidden = (keys: Set<string>): ProtectedGrid =>
		new Map(
			grid.cells.map((cell): [string, ProtectedCell] => [
				cell.key,
				keys.has(cell.key)
					? { n: cell.n, shown: false, reason: 'secondary' }
					: { n: cell.n, shown: true }
			])
		);

	it('finds the bridge between two cycles, which no single row or column gives away', () => {
		expect(disclosedCells(grid, withHidden(hidden))).toEqual(['1|2']);
	});

	it('finds nothing once the bridge closes a cycle of its own', () => {
		expect(disclosedCells(grid, withHidden(new Set([...hidden, '0|2', '0|3'])))).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties over random tables.

/** Many small counts, some zeros, a few large ones. */
const count = fc.oneof(
	{ arbitrary: fc.constant(0), weight: 3 },
	{ arbitrary: fc.integer({ min: 1, max: 4 }), weight: 4 },
	{ arbitrary: fc.integer({ min: 5, max: 15 }), weight: 4 },
	{ arbitrary: fc.integer({ min: 16, max: 200 }), weight: 1 }
);
/** A row's threshold: 5; 11 for a disability row; 1 for counts not about families. */
const threshold = fc.oneof(
	{ arbitrary: fc.constant(5), weight: 6 },
	{ arbitrary: fc.constant(11), weight: 1 },
	{ arbitrary: fc.constant(1), weight: 1 }
);

function labels(prefix: string, size: number): string[] {
	return Array.from({ length: size }, (_, i) => `${prefix}${i}`);
}

/** A table of leaves × leaves with the counts and thresholds drawn for it. */
function table(rows: Axis, columns: Axis) {
	return fc
		.record({
			counts: fc.array(count, {
				minLength: rows.leaves.length * columns.leaves.length,
				maxLength: rows.leaves.length * columns.leaves.length
			}),
			thresholds: fc.array(threshold, {
				minLength: rows.leaves.length,
				maxLength: rows.leaves.length
			})
		})
		.map(({ counts, thresholds }) =>
			crossGrid(
				rows,
				columns,
				(row, column) =>
					counts[
						rows.leaves.indexOf(row) * columns.leaves.length + columns.leaves.indexOf(column)
					] ?? 0,
				(row) => thresholds[rows.leaves.indexOf(row)] ?? 5
			)
		);
}

/** (a) r × c with row totals, column totals and a grand total. */
const flatTable = fc
	.record({
		rows: fc.integer({ min: 2, max: 7 }),
		columns: fc.integer({ min: 2, max: 7 }),
		rowBreakdown: fc.boolean(),
		columnBreakdown: fc.boolean()
	})
	.chain(({ rows, columns, rowBreakdown, columnBreakdown }) =>
		table(
			flatAxis(labels('r', rows), rowBreakdown),
			flatAxis(labels('c', columns), columnBreakdown)
		)
	);

/** (b) communes → EPCI → territory, by month → quarter → year. */
const hierarchyTable = fc
	.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 })
	.chain((communesPerEpci) => {
		const communes: string[] = [];
		const groups: Axis['groups'] = [];
		communesPerEpci.forEach((size, epci) => {
			const members = labels(`e${epci}c`, size);
			communes.push(...members);
			groups.push({ label: `e${epci}`, parts: members, breakdown: false });
		});
		groups.push({ label: 'T', parts: groups.map((group) => group.label), breakdown: false });
		const months = labels('m', 12);
		const periods: Axis = {
			leaves: months,
			groups: [
				...[0, 1, 2, 3].map((q) => ({
					label: `q${q}`,
					parts: months.slice(q * 3, q * 3 + 3),
					breakdown: false
				})),
				{ label: 'year', parts: ['q0', 'q1', 'q2', 'q3'], breakdown: false }
			]
		};
		return table({ leaves: communes, groups }, periods);
	});

/** (d) quarters, the sums of two adjacent quarters (what differencing periods would use) and the year. */
const adjacentPeriodsTable = fc.integer({ min: 2, max: 5 }).chain((rows) => {
	const quarters = ['q0', 'q1', 'q2', 'q3'];
	const periods: Axis = {
		leaves: quarters,
		groups: [
			{ label: 's01', parts: ['q0', 'q1'], breakdown: false },
			{ label: 's12', parts: ['q1', 'q2'], breakdown: false },
			{ label: 's23', parts: ['q2', 'q3'], breakdown: false },
			{ label: 'year', parts: quarters, breakdown: false }
		]
	};
	return table(flatAxis(labels('r', rows), true), periods);
});

/** The line rule, stated on its own: what a single line lets an attacker recompute. */
function unsafeLines(grid: CountGrid, result: ProtectedGrid): string[] {
	const problems: string[] = [];
	const cell = (key: string) => {
		const found = result.get(key);
		if (!found) throw new Error(`no cell ${key}`);
		return found;
	};
	const threshold = new Map(grid.cells.map((c) => [c.key, c.k]));
	for (const line of grid.lines) {
		const hidden = line.members.filter((member) => !cell(member).shown);
		const total = cell(line.total);
		if (!total.shown) {
			if (hidden.length === 0 && line.members.length > 0) {
				problems.push(`${line.total}: a hidden total is the sum of shown members`);
			}
			continue;
		}
		if (hidden.length === 0) continue;
		if (hidden.length === 1) {
			problems.push(`${line.total}: ${hidden[0]} is the total minus shown members`);
			continue;
		}
		const sum = hidden.reduce((s, member) => s + cell(member).n, 0);
		const k = Math.max(...hidden.map((member) => threshold.get(member) ?? 0));
		if (sum < k && !(sum === total.n && total.n > 0)) {
			problems.push(`${line.total}: hidden members make a group of ${sum} < ${k}`);
		}
	}
	return problems;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
	const copy = [...items];
	let state = seed >>> 0 || 1;
	for (let i = copy.length - 1; i > 0; i--) {
		state = (state * 1103515245 + 12345) >>> 0;
		const j = state % (i + 1);
		const a = copy[i];
		const b = copy[j];
		if (a === undefined || b === undefined) continue;
		copy[i] = b;
		copy[j] = a;
	}
	return copy;
}

function checkProtection(grid: CountGrid, seed: number) {
	const result = protectGrid(grid);
	expect(result.size).toBe(grid.cells.length);
	for (const { key, n, k } of grid.cells) {
		const cell = result.get(key);
		expect(cell?.n).toBe(n);
		if (cell?.shown) expect(n === 0 || n >= k, `${key} = ${n} shown with k = ${k}`).toBe(true);
		if (cell && !cell.shown && cell.reason === 'small') expect(n > 0 && n < k).toBe(true);
	}
	expect(unsafeLines(grid, result)).toEqual([]);
	expect(disclosedCells(grid, result)).toEqual([]);

	const reordered: CountGrid = {
		cells: shuffled(grid.cells, seed),
		lines: shuffled(
			grid.lines.map((line) => ({ ...line, members: shuffled(line.members, seed + 1) })),
			seed + 2
		)
	};
	expect(protectGrid(reordered)).toEqual(result);
	expect(protectGrid(grid)).toEqual(result);
}

describe('protectGrid: properties over random tables', () => {
	const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });

	it('(a) 2D tables with margins', () => {
		fc.assert(
			fc.property(flatTable, seed, (grid, s) => checkProtection(grid, s)),
			{ numRuns: 400 }
		);
	});

	it('(b, c) communes → EPCI → territory by month → quarter → year, rows of thresholds 5, 11 and 1', () => {
		fc.assert(
			fc.property(hierarchyTable, seed, (grid, s) => checkProtection(grid, s)),
			{ numRuns: 100 }
		);
	});

	it('(d) adjacent periods and their sums: nothing recomputed by differencing', () => {
		fc.assert(
			fc.property(adjacentPeriodsTable, seed, (grid, s) => checkProtection(grid, s)),
			{ numRuns: 300 }
		);
	});
});
