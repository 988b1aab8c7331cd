import { normalizePhone } from '$lib/format/phone';

/** The cells of one row by field name (fields not mapped are absent). */
export type LineCells = Record<string, string | undefined>;

export function cellsOf(row: readonly string[], columns: Map<string, number>): LineCells {
	const cells: LineCells = {};
	for (const [field, index] of columns) cells[field] = row[index]?.trim() ?? '';
	return cells;
}

/** A line's outcome: the record to import, or the French reason it is refused. */
export type LineResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,63}$/;

/** An address as stored: trimmed, lower-case; null when empty; undefined when not one. */
export function listEmail(value: string | undefined): string | null | undefined {
	const text = value?.trim() ?? '';
	if (text === '') return null;
	return text.length <= 254 && EMAIL.test(text) ? text.toLowerCase() : undefined;
}

/** A phone as stored: E.164 like every phone of the portal; null when empty; undefined when not one. */
export function listPhone(value: string | undefined): string | null | undefined {
	const text = value?.trim() ?? '';
	if (text === '') return null;
	// Lists drop the leading 0 when a spreadsheet read the number as a number (299001122).
	const typed = /^[1-9]\d{8}$/.test(text) ? `0${text}` : text;
	return normalizePhone(typed) ?? undefined;
}

/** A whole number within bounds as lists write it ("4", "4,0", "4 places"); undefined when not one. */
export function listCount(value: string | undefined, max: number): number | null | undefined {
	const text = value?.trim() ?? '';
	if (text === '') return null;
	const match = /^(\d{1,5})(?:[.,]0+)?(?:\s*places?)?$/i.exec(text);
	if (!match) return undefined;
	const count = Number(match[1]);
	return count <= max ? count : undefined;
}
