/**
 * A header or a commune name as compared: no accents, lower case, every run of punctuation
 * and spaces one space, "n°"/"no" as "numero", "st"/"ste" as "saint"/"sainte". "N° d'agrément"
 * and "NUMERO AGREMENT" then read alike, as "Saint-Grégoire" and "ST GREGOIRE".
 */
export function normalizeWords(value: string): string {
	return value
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/n\s*°/g, 'numero ')
		.replace(/[°º]/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.map((word) => WORDS[word] ?? word)
		.join(' ');
}

const WORDS: Record<string, string> = {
	no: 'numero',
	num: 'numero',
	n: 'numero',
	st: 'saint',
	ste: 'sainte'
};

/** Words that say nothing about a column ("Numéro d'agrément" vs "Numéro agrément"). */
const FILLERS = new Set(['d', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'en', 'a', 'au', 's']);

/** A header reduced to its meaningful words, for matching against known headers. */
export function headerKey(header: string): string {
	return normalizeWords(header)
		.split(' ')
		.filter((word) => word !== '' && !FILLERS.has(word))
		.join(' ');
}
