import { describe, expect, it } from 'vitest';
import { DEADLOCK_ATTEMPTS, retriedTransaction } from './retried-transaction';
import type { Db } from './types';

/** What drizzle throws for a deadlock victim: its own error, the driver's in `cause`. */
const deadlock = () =>
	new Error('Failed query: insert into "appointments"', {
		cause: Object.assign(new Error('deadlock detected'), { code: '40P01' })
	});

/** A database whose transactions fail with the given errors first, then run the work. */
function failingFirst(...errors: Error[]) {
	let runs = 0;
	const db = {
		transaction: async (work: (tx: unknown) => Promise<unknown>) => {
			runs++;
			const error = errors.shift();
			if (error) throw error;
			return work({});
		}
	} as unknown as Db;
	return { db, runs: () => runs };
}

describe('retriedTransaction', () => {
	it('runs a deadlock victim again and returns what the next run returns', async () => {
		const { db, runs } = failingFirst(deadlock());
		await expect(retriedTransaction(db, async () => 'slot_taken')).resolves.toBe('slot_taken');
		expect(runs()).toBe(2);
	});

	it(`gives up after ${DEADLOCK_ATTEMPTS} deadlocks in a row, with the last one`, async () => {
		const { db, runs } = failingFirst(...Array.from({ length: 5 }, deadlock));
		await expect(retriedTransaction(db, async () => 'never')).rejects.toThrow('Failed query');
		expect(runs()).toBe(DEADLOCK_ATTEMPTS);
	});

	it('runs any other failure once', async () => {
		const { db, runs } = failingFirst(
			new Error('Failed query', { cause: Object.assign(new Error('x'), { code: '23P01' }) })
		);
		await expect(retriedTransaction(db, async () => 'never')).rejects.toThrow('Failed query');
		expect(runs()).toBe(1);
	});
});
