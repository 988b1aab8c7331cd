/**
 * The seeded randomness of the demo: the same seed gives the same draws on every machine, so
 * every demo database holds the same requests.
 */
/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		const item = items[Math.floor(next() * items.length)];
		if (item === undefined) throw new Error('pick from an empty list');
		return item;
	};
	return { next, int, pick, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof prng>;

/**
 * Picks an index with a chance proportional to its weight (a commune's population), using
 * exactly one draw like `random.int` did: the draws after it stay the same.
 */
export function weightedPicker(weights: readonly number[]): (random: Random) => number {
	const cumulative: number[] = [];
	let total = 0;
	for (const weight of weights) {
		if (!(weight >= 0)) throw new Error(`weightedPicker: weight ${weight} is not a count`);
		total += weight;
		cumulative.push(total);
	}
	if (total <= 0) throw new Error('weightedPicker: nothing to pick from');
	return (random) => {
		const target = random.next() * total;
		const index = cumulative.findIndex((bound) => target < bound);
		return index === -1 ? cumulative.length - 1 : index;
	};
}

/**
 * The seed of a stream of draws of its own (`seedFor('outcome', rank)`): a feature added to
 * the demo later draws from it, so the draws of the main stream, and every request already
 * drawn, stay the same. FNV-1a of the name and the rank.
 */
export function seedFor(stream: string, rank: number): number {
	let hash = 0x811c9dc5;
	for (const char of `${stream}:${rank}`) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}
