/*
 * Statistical disclosure protection of a grid of counts (see README.md in this folder for the
 * rules, the algorithm and what the tests prove).
 *
 * 1. primary: 0 < n < k is suppressed (`small`); a zero is shown.
 * 2. dominance: a breakdown line of a small group (0 < total < 11) where one member holds the
 *    whole total has all its members suppressed (`dominance`).
 * 3. secondary: every line is made safe, for all lines at once (a fixed point): no line lets
 *    a single suppressed cell, or a small group of them, be recomputed from what is shown.
 * 4. audit: what the line rule cannot see (a cell pinned down by several lines together, such
 *    as a "bridge" between two cycles of suppressed cells in a 2D table) is found by an exact
 *    linear audit, and one more cell is suppressed next to it, until nothing is disclosed.
 */
import { auditSuppressed } from './disclosure-audit';
import type { CountGrid, ProtectedCell, ProtectedGrid, SuppressionReason } from './grid';
import { indexGrid, type IndexedGrid } from './indexed-grid';

/** A breakdown of a group smaller than this where one category holds everyone is hidden. */
export const DOMINANCE_THRESHOLD = 11;

/**
 * The exact audit inside `protectGrid` looks at connected groups of suppressed cells of at
 * most this many cells: elimination is cubic in the worst case, and a page must stay cheap.
 * A larger group is left to the line rule alone (such groups arise only in large grids where
 * suppressed cells are chained by many lines, which also makes them hard to pin down).
 */
export const MAX_AUDITED_UNKNOWNS = 300;

type Reason = SuppressionReason | null;

/** Cells a line would rather suppress first: non-zero, about families (k > 1), small, by key. */
function compareCandidates(grid: IndexedGrid, a: number, b: number): number {
	const na = grid.n[a] ?? 0;
	const nb = grid.n[b] ?? 0;
	if ((na === 0) !== (nb === 0)) return na === 0 ? 1 : -1;
	const publicA = (grid.k[a] ?? 1) <= 1;
	const publicB = (grid.k[b] ?? 1) <= 1;
	if (publicA !== publicB) return publicA ? 1 : -1;
	return na - nb || a - b;
}

export function protectGrid(grid: CountGrid): ProtectedGrid {
	const indexed = indexGrid(grid);
	const reasons = protectIndexed(indexed);
	const result = new Map<string, ProtectedCell>();
	indexed.keys.forEach((key, cell) => {
		const n = indexed.n[cell] ?? 0;
		const reason = reasons[cell] ?? null;
		result.set(key, reason === null ? { n, shown: true } : { n, shown: false, reason });
	});
	return result;
}

export function protectIndexed(grid: IndexedGrid): Reason[] {
	const { n, k, lines, memberOf, totalOf } = grid;
	const cellCount = n.length;
	const reasons: Reason[] = new Array<Reason>(cellCount).fill(null);

	// Per line, kept up to date as cells are suppressed (suppression only ever grows):
	// how many members are suppressed, their sum U and their largest threshold K.
	const suppressedMembers = new Array<number>(lines.length).fill(0);
	const suppressedSum = new Array<number>(lines.length).fill(0);
	const suppressedK = new Array<number>(lines.length).fill(0);
	// Members in the order a line would suppress them, and how far the line has got.
	const candidates = lines.map((line) =>
		[...line.members].sort((a, b) => compareCandidates(grid, a, b))
	);
	const cursor = new Array<number>(lines.length).fill(0);

	const queue: number[] = [];
	let head = 0;
	const queued = new Array<boolean>(lines.length).fill(false);
	const enqueue = (line: number) => {
		if (queued[line]) return;
		queued[line] = true;
		queue.push(line);
	};

	const suppress = (cell: number, reason: SuppressionReason) => {
		if (reasons[cell] !== null) return;
		reasons[cell] = reason;
		for (const line of memberOf[cell] ?? []) {
			suppressedMembers[line] = (suppressedMembers[line] ?? 0) + 1;
			suppressedSum[line] = (suppressedSum[line] ?? 0) + (n[cell] ?? 0);
			suppressedK[line] = Math.max(suppressedK[line] ?? 0, k[cell] ?? 0);
			enqueue(line);
		}
		for (const line of totalOf[cell] ?? []) enqueue(line);
	};

	const isSafe = (lineIndex: number): boolean => {
		const line = lines[lineIndex];
		if (!line || line.members.length === 0) return true;
		const count = suppressedMembers[lineIndex] ?? 0;
		// A suppressed total is safe as long as it is not the sum of shown members.
		if (reasons[line.total] !== null) return count > 0;
		if (count === 0) return true;
		// One unknown in an equation with a known total: recomputed.
		if (count === 1) return false;
		const sum = suppressedSum[lineIndex] ?? 0;
		const total = n[line.total] ?? 0;
		// Several unknowns: each lies between 0 and their sum U. Safe when U is no small group
		// itself, or when the group is the whole (published) total: it then tells no more than
		// the total. A total of 0 tells every member is 0, whatever is hidden.
		return sum >= (suppressedK[lineIndex] ?? 0) || (sum === total && total > 0);
	};

	/** The next member the line would suppress, or null (every member is suppressed). */
	const nextCandidate = (lineIndex: number): number | null => {
		const list = candidates[lineIndex] ?? [];
		let at = cursor[lineIndex] ?? 0;
		while (at < list.length && reasons[list[at] ?? 0] !== null) at++;
		cursor[lineIndex] = at;
		return list[at] ?? null;
	};

	const repair = (lineIndex: number) => {
		const line = lines[lineIndex];
		if (!line) return;
		const candidate = nextCandidate(lineIndex);
		if (reasons[line.total] !== null) {
			// Every member is shown (else the line were safe): hide one, a zero if need be
			// (a suppressed total of 0 recomputed as 0 would undo a dominance suppression).
			if (candidate !== null) suppress(candidate, 'secondary');
			return;
		}
		// A zero adds nothing to the uncertainty of a shown total: hide the total instead.
		if (candidate !== null && (n[candidate] ?? 0) > 0) suppress(candidate, 'secondary');
		else suppress(line.total, 'secondary');
	};

	const runFixedPoint = () => {
		while (head < queue.length) {
			const line = queue[head++] ?? 0;
			queued[line] = false;
			if (!isSafe(line)) repair(line);
			// repair() re-queues this line through suppress(): checked again until safe.
		}
		queue.length = 0;
		head = 0;
	};

	for (let cell = 0; cell < cellCount; cell++) {
		const count = n[cell] ?? 0;
		if (count > 0 && count < (k[cell] ?? 0)) suppress(cell, 'small');
	}
	// Dominance is decided on the counts alone (not on what earlier lines suppressed), so that
	// it does not depend on the order lines are looked at. A suppressed small total counts
	// too: zeros shown next to a hidden total would still say that everyone is in one category.
	const dominated: number[] = [];
	for (const line of lines) {
		const total = n[line.total] ?? 0;
		if (!line.breakdown || line.members.length < 2) continue;
		if (total <= 0 || total >= DOMINANCE_THRESHOLD) continue;
		if (line.members.some((member) => n[member] === total)) dominated.push(...line.members);
	}
	for (const cell of dominated) suppress(cell, 'dominance');

	lines.forEach((_, line) => enqueue(line));
	runFixedPoint();

	for (;;) {
		const disclosed = auditSuppressed(grid, reasons, MAX_AUDITED_UNKNOWNS);
		let added = false;
		for (const group of disclosed) {
			const extra = cellToHide(grid, reasons, group);
			if (extra === null) continue;
			suppress(extra, 'secondary');
			added = true;
		}
		if (!added) break;
		runFixedPoint();
	}
	return reasons;
}

/**
 * One more cell to suppress for a group of cells the audit found disclosed: the shown cell
 * nearest to the first disclosed cell, line by line (a shown cell of a line through it, else of
 * a line through the hidden cells of those lines, and so on), chosen by compareCandidates. Any
 * such cell joins an equation of the component and adds an unknown to it.
 */
function cellToHide(grid: IndexedGrid, reasons: Reason[], disclosed: number[]): number | null {
	const first = disclosed[0];
	if (first === undefined) return null;
	const seenLines = new Set<number>();
	const seenCells = new Set<number>([first]);
	let frontier = [first];
	while (frontier.length > 0) {
		let best: number | null = null;
		const next: number[] = [];
		for (const cell of frontier) {
			for (const lineIndex of [...(grid.memberOf[cell] ?? []), ...(grid.totalOf[cell] ?? [])]) {
				const line = grid.lines[lineIndex];
				if (!line || seenLines.has(lineIndex)) continue;
				seenLines.add(lineIndex);
				for (const other of [line.total, ...line.members]) {
					if (reasons[other] === null) {
						if (best === null || compareCandidates(grid, other, best) < 0) best = other;
					} else if (!seenCells.has(other)) {
						seenCells.add(other);
						next.push(other);
					}
				}
			}
		}
		if (best !== null) return best;
		frontier = next;
	}
	return null;
}
