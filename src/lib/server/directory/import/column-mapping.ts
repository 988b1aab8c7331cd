import type { DirectoryImportKind } from '$lib/directory/directory-options';
import { communeFieldNames, importFieldsOf } from './import-fields';
import { headerKey } from './normalize-header';
import { m } from '$lib/i18n';

/** Column header → field name; a header left out is not imported. */
export type ColumnMapping = Record<string, string>;

/**
 * The mapping guessed from the headers: each header matched to the field whose usual headers
 * read the same (accents, case, punctuation and small words aside); a field takes the first
 * column that names it.
 */
export function detectMapping(
	kind: DirectoryImportKind,
	headers: readonly string[]
): ColumnMapping {
	const known = new Map<string, string>();
	for (const field of importFieldsOf(kind)) {
		for (const header of field.headers) {
			const key = headerKey(header);
			if (!known.has(key)) known.set(key, field.name);
		}
	}
	const mapping: ColumnMapping = {};
	const taken = new Set<string>();
	for (const header of headers) {
		const field = known.get(headerKey(header));
		if (field && !taken.has(field) && !(header in mapping)) {
			mapping[header] = field;
			taken.add(field);
		}
	}
	return mapping;
}

/**
 * What the mapping page proposes: the mapping confirmed last time for this kind of list when
 * the file has all its columns (the same export again), otherwise the guess.
 */
export function proposeMapping(
	kind: DirectoryImportKind,
	headers: readonly string[],
	remembered: ColumnMapping | null
): ColumnMapping {
	if (remembered && Object.keys(remembered).length > 0) {
		const present = new Set(headers);
		if (Object.keys(remembered).every((header) => present.has(header))) {
			return Object.fromEntries(
				Object.entries(remembered).filter(([, field]) => isField(kind, field))
			);
		}
	}
	return detectMapping(kind, headers);
}

const isField = (kind: DirectoryImportKind, name: string) =>
	importFieldsOf(kind).some((field) => field.name === name);

/**
 * Checks a mapping as the person sent it: known headers and fields, each field at most once,
 * the required fields and a commune present. The French errors are keyed by the column's
 * select (`col-3`), or `missing-<field>` for a field no column gives.
 */
export function checkMapping(
	kind: DirectoryImportKind,
	headers: readonly string[],
	mapping: ColumnMapping
): Record<string, string> {
	const t = m.directoryImport.mapping;
	const labels: Record<string, string> = m.directoryImport.fields;
	const errors: Record<string, string> = {};
	const used = new Set<string>();
	for (const [header, field] of Object.entries(mapping)) {
		const index = headers.indexOf(header);
		const key = columnChoiceName(Math.max(0, index));
		if (index === -1 || !isField(kind, field)) errors[key] = t.unknownColumn(header);
		else if (used.has(field)) errors[key] = t.fieldTwice(labels[field] ?? field);
		else used.add(field);
	}
	for (const field of importFieldsOf(kind)) {
		if (field.required && !used.has(field.name)) {
			errors[`missing-${field.name}`] = t.fieldMissing(labels[field.name] ?? field.name);
		}
	}
	if (!communeFieldNames.some((name) => used.has(name)))
		errors['missing-commune'] = t.communeMissing;
	return errors;
}

/** The column index of each mapped field (first column with that header). */
export function columnsOf(headers: readonly string[], mapping: ColumnMapping): Map<string, number> {
	const columns = new Map<string, number>();
	for (const [header, field] of Object.entries(mapping)) {
		const index = headers.indexOf(header);
		if (index !== -1) columns.set(field, index);
	}
	return columns;
}

/** The name of the select of column `index` on the mapping page. */
export const columnChoiceName = (index: number): string => `col-${index}`;

/**
 * The mapping a form sent: one choice per column (`col-0`, `col-1`…), a field name or empty
 * for "not imported". Headers repeated in the file are mapped by their first column.
 */
export function mappingOfChoices(
	headers: readonly string[],
	choice: (name: string) => string | null
): ColumnMapping {
	const mapping: ColumnMapping = {};
	headers.forEach((header, index) => {
		const field = choice(columnChoiceName(index))?.trim() ?? '';
		if (field !== '' && header !== '' && !(header in mapping)) mapping[header] = field;
	});
	return mapping;
}
