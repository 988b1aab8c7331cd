import { describe, expect, it } from 'vitest';
import { closestNames, editDistance, MIN_SIMILARITY, nameSimilarity } from './name-similarity';

describe('editDistance', () => {
	it.each([
		['bruz', 'bruz', 0],
		['burz', 'bruz', 1],
		['brz', 'bruz', 1],
		['bruzz', 'bruz', 1],
		['', 'bruz', 4],
		['mordel', 'mordelles', 3]
	])('%s → %s: %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
	});
});

describe('nameSimilarity', () => {
	it('counts a typed beginning, even of a later word, as close', () => {
		expect(nameSimilarity('mordel', 'mordelles')).toBeGreaterThanOrEqual(MIN_SIMILARITY);
		expect(nameSimilarity('noyal', 'noyal chatillon sur seiche')).toBeGreaterThanOrEqual(
			MIN_SIMILARITY
		);
		expect(nameSimilarity('chatillon', 'noyal chatillon sur seiche')).toBeGreaterThanOrEqual(
			MIN_SIMILARITY
		);
	});

	it('keeps unrelated names apart', () => {
		expect(nameSimilarity('paris', 'pace')).toBeLessThan(MIN_SIMILARITY);
		expect(nameSimilarity('bruz', 'betton')).toBeLessThan(MIN_SIMILARITY);
		expect(nameSimilarity('', 'bruz')).toBe(0);
	});

	it('stays fast on hostile lengths', () => {
		const started = performance.now();
		for (let i = 0; i < 1_000; i++) nameSimilarity('a'.repeat(5_000), 'noyal chatillon sur seiche');
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});

describe('closestNames', () => {
	const items = ['saint gregoire', 'saint malo', 'saint jacques de la lande'].map((name) => ({
		item: name,
		name,
		tieBreak: name === 'saint malo' ? 1 : 0
	}));

	it('orders by closeness, then served first, then name, within the limit', () => {
		expect(closestNames(items, 'saint', 5)).toEqual([
			'saint gregoire',
			'saint jacques de la lande',
			'saint malo'
		]);
		expect(closestNames(items, 'saint', 1)).toEqual(['saint gregoire']);
		expect(closestNames(items, 'saint malot', 5)[0]).toBe('saint malo');
	});
});
