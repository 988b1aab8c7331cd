import { createHash, randomInt } from 'node:crypto';

/** A new seed for a list's rotation: a positive 31-bit integer from the system's randomness. */
export const randomListSeed = (): number => randomInt(1, 2 ** 31);

const hash = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * The neutral rotation of a list of ids: the ids are shuffled by a hash of the seed, and the
 * shuffled circle is turned by the seed. Seeds n·k … n·k + n − 1 share one shuffle and put each
 * of the n ids first exactly once, so over any run of seeds every childminder comes first as
 * often as another (±1 per block of n), while the order behind the first changes from block to
 * block. Deterministic: the same ids and seed give the same order, whatever order they came in.
 */
export function rotationRanks(ids: readonly string[], seed: number): Map<string, number> {
	const n = ids.length;
	const ranks = new Map<string, number>();
	if (n === 0) return ranks;
	const block = Math.floor(seed / n);
	const turn = seed % n;
	const shuffled = ids
		.map((id) => ({ id, key: hash(`${block}:${id}`) }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1));
	shuffled.forEach((entry, index) => ranks.set(entry.id, (index - turn + n) % n));
	return ranks;
}
