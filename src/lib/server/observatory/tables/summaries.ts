import type {
	PublishedRow,
	PublishedTable,
	PublishedValue
} from '$lib/observatory/published-table';
import { formatCount } from '$lib/format/numbers';
import { m } from '$lib/i18n';

const t = m.observatoryTables.summary;

/** A count as a sentence says it; null when withheld or not a count. */
export const countWords = (value: PublishedValue | undefined): string | null =>
	value?.kind === 'count' ? formatCount(value.n) : null;

const anySuppressed = (rows: readonly PublishedRow[]) =>
	rows.some((row) => row.values.some((v) => v.kind === 'suppressed'));

/**
 * The sentences under a category table: its total, its most frequent category when shown,
 * and a word on withheld values. Written from published values only.
 */
export function categorySummary(
	rows: readonly PublishedRow[],
	periodLabel: string,
	column = 0
): string {
	const total = rows.find((row) => row.isTotal);
	const totalWords = countWords(total?.values[column]);
	const sentences: string[] = [];
	if (total?.values[column]?.kind === 'count' && total.values[column].n === 0) return t.noData;
	if (totalWords !== null) sentences.push(t.total(totalWords, periodLabel));
	const top = rows
		.filter((row) => !row.isTotal)
		.map((row) => ({ row, value: row.values[column] }))
		.filter(
			(x): x is { row: PublishedRow; value: { kind: 'count'; n: number } } =>
				x.value?.kind === 'count' && x.value.n > 0
		)
		.sort((a, b) => b.value.n - a.value.n)[0];
	if (top) sentences.push(t.top(top.row.label, formatCount(top.value.n)));
	if (anySuppressed(rows)) sentences.push(t.withheld);
	return sentences.join(' ');
}

/** Adds the word on withheld values to a table's own sentences. */
export function withWithheld(sentences: string[], table: Pick<PublishedTable, 'rows'>): string {
	return [...sentences, ...(anySuppressed(table.rows) ? [t.withheld] : [])].join(' ');
}
