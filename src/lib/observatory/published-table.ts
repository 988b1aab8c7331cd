/*
 * What the observatory publishes: tables cut from one protected grid (server/observatory), as
 * the pages, charts, CSV, spreadsheet, open data and CAF report show them. Nothing here is a
 * raw count: a suppressed cell has no value at all, only its status.
 */

export type PublishedValue =
	| { kind: 'count'; n: number }
	/** Shown as "s": a count withheld to protect the families. */
	| { kind: 'suppressed' }
	/** A share, 0–1: only when its denominator is at least 11 and its parts are shown. */
	| { kind: 'share'; value: number }
	/** A median or a percentile, in days or weeks: only from at least 11 requests. */
	| { kind: 'days'; value: number }
	| { kind: 'weeks'; value: number }
	/** Free places per open request. */
	| { kind: 'ratio'; value: number }
	/** A share or statistic not given: too few requests, or a part of it is withheld ("—"). */
	| { kind: 'not_published' };

export interface PublishedColumn {
	key: string;
	label: string;
	isTotal?: boolean;
}

export interface PublishedRow {
	key: string;
	label: string;
	isTotal?: boolean;
	/** One per column, in the columns' order. */
	values: PublishedValue[];
}

/**
 * How a table is drawn: `columns` (vertical bars along time), `bars` (horizontal bars, one per
 * category), or no chart. `column`: the column plotted; total rows are never plotted.
 */
export interface ChartSpec {
	kind: 'columns' | 'bars' | 'none';
	column: string;
}

export interface PublishedTable {
	/** Stable slug: anchors, CSV file names, spreadsheet sheets (≤ 31 characters). */
	id: string;
	title: string;
	/** Heading of the first column (what each row is). */
	rowHeading: string;
	columns: PublishedColumn[];
	rows: PublishedRow[];
	/** One or two French sentences written from the published values only. */
	summary: string;
	chart: ChartSpec;
	/** The smallest count shown in this table: 5, or 11 (disability, three attributes). */
	threshold: number;
}
