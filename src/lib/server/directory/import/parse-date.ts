/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function isoIfReal(year: number, month: number, day: number): string | null {
	if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return date.toISOString().slice(0, 10);
}

/**
 * A date as lists write it — `31/01/2024` (or with `-` or `.`), `2024-01-31` (a spreadsheet
 * cell's date comes as that), or an Excel day number (`45322`) — as yyyy-mm-dd; null when it
 * is not a real date.
 */
export function parseListDate(value: string): string | null {
	const text = value.trim();
	let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
	if (match) return isoIfReal(Number(match[3]), Number(match[2]), Number(match[1]));
	match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
	if (match) return isoIfReal(Number(match[1]), Number(match[2]), Number(match[3]));
	if (/^\d{4,5}(\.\d+)?$/.test(text)) {
		const days = Math.floor(Number(text));
		const date = new Date(EXCEL_EPOCH_MS + days * 86_400_000);
		return isoIfReal(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
	}
	return null;
}
