/**
 * A list as read from a file: its header row and its data rows, every cell a trimmed string,
 * `format` saying how it was read (`csv;utf-8;`, `csv,windows-1252`, `xlsx`). Row i of `rows`
 * is line i + 2 of the file (the header is line 1).
 */
export interface TableFile {
	format: string;
	headers: string[];
	rows: string[][];
}

/** Why a file cannot be read: the sentence shown to the person, in French. */
export class UnreadableFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UnreadableFileError';
	}
}

/** The line number of the file for a data row's index (the header is line 1). */
export const lineNumberOf = (rowIndex: number): number => rowIndex + 2;
