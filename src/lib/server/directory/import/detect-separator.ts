export type CsvSeparator = ';' | ',';

/**
 * The separator of a CSV, from its header line: French exports use `;` (the comma is the
 * decimal mark), others `,`. The one that appears more often outside quotes wins; a tie (a
 * one-column file) is `;`.
 */
export function detectSeparator(text: string): CsvSeparator {
	let semicolons = 0;
	let commas = 0;
	let quoted = false;
	for (let at = 0; at < text.length; at += 1) {
		const char = text[at];
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && char === ';') semicolons += 1;
		else if (!quoted && char === ',') commas += 1;
	}
	return commas > semicolons ? ',' : ';';
}
