import type { CountGrid, GridCell, GridLine } from '../protection/grid';

/**
 * Collects the cells and lines of one territory's grid as the tables declare them. A cell
 * several tables show (the year's total of requests, the requests with atypical hours...) is
 * one cell: declared again with the same count, it keeps the strictest threshold.
 */
export class GridBuilder {
	readonly #cells = new Map<string, GridCell>();
	readonly #lines = new Map<string, GridLine>();

	cell(key: string, n: number, k: number): string {
		const found = this.#cells.get(key);
		if (found) {
			if (found.n !== n) throw new Error(`cell ${key} declared with ${found.n} and ${n}`);
			if (k > found.k) this.#cells.set(key, { ...found, k });
		} else {
			this.#cells.set(key, { key, n, k });
		}
		return key;
	}

	/** `total` = Σ `members`: checked here, so a table can never publish an inconsistent sum. */
	line(total: string, members: readonly string[], breakdown: boolean): void {
		const sum = members.reduce((acc, member) => acc + this.#count(member), 0);
		if (sum !== this.#count(total))
			throw new Error(`line ${total}: members sum to ${sum}, total is ${this.#count(total)}`);
		const id = `${total}=${[...members].sort().join('+')}`;
		const found = this.#lines.get(id);
		this.#lines.set(id, { total, members, breakdown: breakdown || (found?.breakdown ?? false) });
	}

	#count(key: string): number {
		const cell = this.#cells.get(key);
		if (!cell) throw new Error(`no cell ${key}`);
		return cell.n;
	}

	grid(): CountGrid {
		return { cells: [...this.#cells.values()], lines: [...this.#lines.values()] };
	}
}
