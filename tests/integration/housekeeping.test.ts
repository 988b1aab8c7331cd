import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';
import { runHousekeeping } from '../../src/lib/server/housekeeping';
import { createDraft, loadDraft, saveDraftStep } from '../../src/lib/server/requests/drafts';
import { recordSignInAttempt } from '../../src/lib/server/auth/rate-limit';
import {
	childcareRequests,
	observatoryCounts,
	observatoryRefreshes,
	requestDrafts,
	signInAttempts
} from '../../src/lib/server/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { forceStatus, makeQueueRelay, receiveRequest, requestRow } from './queue-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

describe('housekeeping', () => {
	it('deletes drafts nobody sent after a day, and old sign-in attempts, and keeps the rest', async () => {
		const now = new Date('2026-05-10T12:00:00Z');
		const old = await createDraft(t.db, 'online', new Date('2026-05-09T10:00:00Z'));
		const fresh = await createDraft(t.db, 'online', new Date('2026-05-10T11:00:00Z'));
		await recordSignInAttempt(
			t.db,
			{ email: 'a@example.org', ip: '10.0.0.1', succeeded: false },
			new Date('2026-05-08T12:00:00Z')
		);
		await recordSignInAttempt(
			t.db,
			{ email: 'a@example.org', ip: '10.0.0.1', succeeded: false },
			new Date('2026-05-10T11:50:00Z')
		);
		await runHousekeeping(t.db, now);
		expect(await t.db.$count(requestDrafts)).toBe(1);
		expect(await loadDraft(t.db, fresh, now)).not.toBeNull();
		expect(await loadDraft(t.db, old, now)).toBeNull();
		expect(await t.db.$count(signInAttempts)).toBe(1);
	});

	it('deletes a draft never sent three days after it was started, however often it was saved', async () => {
		const started = new Date('2026-06-01T08:00:00Z');
		const id = await createDraft(t.db, 'online', started);
		const hour = 3_600_000;
		// Saved every 20 hours: each save extends its life by a day.
		for (const hours of [20, 40, 60]) {
			const at = new Date(started.getTime() + hours * hour);
			const draft = await loadDraft(t.db, id, at);
			if (!draft) throw new Error(`the draft vanished after ${hours} hours`);
			await saveDraftStep(t.db, draft, 'contact', { parentNames: 'Famille Brouillon' }, at);
			await runHousekeeping(t.db, at);
		}
		await runHousekeeping(t.db, new Date(started.getTime() + 71 * hour));
		expect(await loadDraft(t.db, id, new Date(started.getTime() + 71 * hour))).not.toBeNull();
		await runHousekeeping(t.db, new Date(started.getTime() + 73 * hour));
		expect(await loadDraft(t.db, id, new Date(started.getTime() + 73 * hour))).toBeNull();
	});
});

describe('housekeeping and the observatory', () => {
	it('recounts the observatory on every run, after the purge', async () => {
		const { commune, animator } = await makeQueueRelay(t.db, 'Relais Observatoire');
		const closed = await receiveRequest(t.db, commune.inseeCode, new Date('2026-03-02T09:00:00Z'));
		await forceStatus(t.db, closed.id, 'closed_by_relay', animator.id);
		await t.db
			.update(childcareRequests)
			.set({ retentionUntil: '2026-04-01' })
			.where(eq(childcareRequests.id, closed.id));
		const requestsCounted = async () => {
			const [row] = await t.db
				.select({ n: sql<number>`coalesce(sum(${observatoryCounts.n}), 0)::int` })
				.from(observatoryCounts)
				.where(
					and(
						eq(observatoryCounts.scope, `commune:${commune.inseeCode}`),
						eq(observatoryCounts.measure, 'requests')
					)
				);
			return row?.n;
		};

		const first = new Date('2026-05-01T10:00:00Z');
		await runHousekeeping(t.db, first);
		// Erased by the purge of that very run, and still counted: the counts keep the facts.
		expect((await requestRow(t.db, closed.id)).anonymisedAt).toEqual(first);
		expect(await requestsCounted()).toBe(1);
		const [refresh] = await t.db.select().from(observatoryRefreshes);
		expect(refresh?.refreshedAt).toEqual(first);

		await receiveRequest(t.db, commune.inseeCode, new Date('2026-05-01T11:00:00Z'));
		const second = new Date('2026-05-01T12:00:00Z');
		await runHousekeeping(t.db, second);
		expect(await requestsCounted()).toBe(2);
		const [again] = await t.db.select().from(observatoryRefreshes);
		expect(again?.refreshedAt).toEqual(second);
	});
});
