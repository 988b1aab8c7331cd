/**
 * How close a typed name is to a known one, for "did you mean…" suggestions. Names are
 * compared once normalised (no accents, no case, hyphens as spaces, "st" = "saint": see
 * normaliseCommuneName). Computed in TypeScript: a département has a few hundred communes,
 * France about 35,000, both well within a request's time for names this short.
 */

/** Below this, a name is too far from what was typed to be offered. */
export const MIN_SIMILARITY = 0.6;
/** Typed text shorter than this is too little to be the beginning of a name. */
const MIN_PREFIX = 3;
/** Longer texts are cut: no commune name is longer, and the work stays bounded. */
const MAX_COMPARED = 60;

/**
 * Edits (insert, delete, substitute, swap two neighbours) to turn `a` into `b`: the
 * "optimal string alignment" distance, which counts "Burz" for "Bruz" as one typo.
 */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[] = new Array<number>(rows * cols).fill(0);
	const at = (i: number, j: number) => d[i * cols + j] ?? 0;
	for (let i = 0; i < rows; i++) d[i * cols] = i;
	for (let j = 0; j < cols; j++) d[j] = j;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, at(i - 2, j - 2) + 1);
			d[i * cols + j] = best;
		}
	}
	return at(a.length, b.length);
}

/**
 * 1 for the same name, 0 for nothing in common. A typed beginning ("Mordel" for
 * "Mordelles", "Noyal" for "Noyal-Châtillon-sur-Seiche") counts as close, a little less
 * when it carries a typo; so does the beginning of a later word ("Chatillon").
 */
export function nameSimilarity(typed: string, known: string): number {
	const a = typed.slice(0, MAX_COMPARED);
	const b = known.slice(0, MAX_COMPARED);
	if (a.length === 0 || b.length === 0) return 0;
	let score = 1 - editDistance(a, b) / Math.max(a.length, b.length);
	if (a.length >= MIN_PREFIX && a.length < b.length) {
		const head = b.slice(0, a.length);
		if (head === a) score = Math.max(score, 0.8);
		else if (a.length > MIN_PREFIX)
			score = Math.max(score, 0.75 * (1 - editDistance(a, head) / a.length));
		if (a.length > MIN_PREFIX && b.split(' ').some((word) => word.startsWith(a)))
			score = Math.max(score, 0.7);
	}
	return score;
}

/**
 * The items whose names are closest to `typed` (already normalised), best first, at most
 * `limit`; a lower `tieBreak` comes first among equals, then the name.
 */
export function closestNames<T>(
	items: { item: T; name: string; tieBreak: number }[],
	typed: string,
	limit: number
): T[] {
	return items
		.map((entry) => ({ ...entry, score: nameSimilarity(typed, entry.name) }))
		.filter((entry) => entry.score >= MIN_SIMILARITY)
		.sort(
			(x, y) => y.score - x.score || x.tieBreak - y.tieBreak || x.name.localeCompare(y.name, 'fr')
		)
		.slice(0, limit)
		.map((entry) => entry.item);
}
