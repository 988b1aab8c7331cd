import type { DirectoryImportKind } from '$lib/directory/directory-options';
import type { ChildminderLine } from './childminder-line';
import { childminderLine } from './childminder-line';
import { columnsOf, type ColumnMapping } from './column-mapping';
import type { CommuneIndex } from './commune-index';
import { cellsOf, type LineResult } from './line-values';
import { structureLine, type StructureLine } from './structure-line';

export type ImportLine =
	| { kind: 'childminders'; result: LineResult<ChildminderLine> }
	| { kind: 'structures'; result: LineResult<StructureLine> };

/** Turns one row into the record it imports as (or its reason), by the confirmed mapping. */
export function lineReader(
	kind: DirectoryImportKind,
	headers: readonly string[],
	mapping: ColumnMapping,
	communes: CommuneIndex
) {
	const columns = columnsOf(headers, mapping);
	return (row: readonly string[]): ImportLine | null => {
		if (row.every((cell) => cell === '')) return null;
		const cells = cellsOf(row, columns);
		return kind === 'childminders'
			? { kind, result: childminderLine(cells, communes) }
			: { kind, result: structureLine(cells, communes) };
	};
}

/** The fields the mapping imports: an unmapped field is left as it is on an existing record. */
export const mappedFields = (mapping: ColumnMapping): Set<string> =>
	new Set(Object.values(mapping));
