import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { retryDelayMs } from './backoff';

const noJitter = () => 0;

describe('retryDelayMs', () => {
	it('doubles from 30 seconds after each failure', () => {
		expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, noJitter))).toEqual([
			30_000, 60_000, 120_000, 240_000
		]);
	});

	it('never waits more than 6 hours, however many failures', () => {
		const sixHours = 6 * 60 * 60 * 1000;
		expect(retryDelayMs(10, noJitter)).toBe(15_360_000);
		expect(retryDelayMs(11, noJitter)).toBe(sixHours);
		expect(retryDelayMs(5000, noJitter)).toBe(sixHours);
	});

	it('treats a nonsensical attempt count as the first failure', () => {
		expect(retryDelayMs(0, noJitter)).toBe(30_000);
		expect(retryDelayMs(Number.NaN, noJitter)).toBe(30_000);
	});

	it('spreads retries by at most 10 % earlier, never later', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 100 }),
				fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
				(attempts, random) => {
					const base = retryDelayMs(attempts, noJitter);
					const delay = retryDelayMs(attempts, () => random);
					expect(delay).toBeLessThanOrEqual(base);
					expect(delay).toBeGreaterThanOrEqual(Math.floor(base * 0.9));
				}
			)
		);
		expect(retryDelayMs(1, () => 0.5)).not.toBe(retryDelayMs(1, noJitter));
	});
});
