import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarize } from './stats';

describe('percentile (nearest rank)', () => {
	const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

	it('returns a measured value: the p-th of 100 sorted values is the value p', () => {
		expect(percentile(hundred, 50)).toBe(50);
		expect(percentile(hundred, 95)).toBe(95);
		expect(percentile(hundred, 99)).toBe(99);
		expect(percentile(hundred, 100)).toBe(100);
	});

	it('rounds the rank up on small samples, never interpolates', () => {
		expect(percentile([10, 20, 30], 50)).toBe(20);
		expect(percentile([10, 20, 30], 95)).toBe(30);
		expect(percentile([7], 99)).toBe(7);
	});

	it('refuses no values and a percentile out of range', () => {
		expect(() => percentile([], 50)).toThrow(/no values/);
		expect(() => percentile([1], 0)).toThrow(/not in/);
		expect(() => percentile([1], 101)).toThrow(/not in/);
	});
});

describe('summarize', () => {
	it('sorts the latencies itself and gives mean, p50, p95, p99 and max', () => {
		const latencies = Array.from({ length: 200 }, (_, i) => 200 - i);
		expect(summarize(latencies)).toEqual({
			count: 200,
			meanMs: 100.5,
			p50Ms: 100,
			p95Ms: 190,
			p99Ms: 198,
			maxMs: 200
		});
	});

	it('reports zeros for a run without any answer', () => {
		expect(summarize([])).toMatchObject({ count: 0, p95Ms: 0 });
	});
});

describe('ratio', () => {
	it('divides, and is null when the floor measured nothing', () => {
		expect(ratio(30, 120)).toBe(0.25);
		expect(ratio(30, 0)).toBeNull();
		expect(ratio(Number.NaN, 3)).toBeNull();
	});
});
