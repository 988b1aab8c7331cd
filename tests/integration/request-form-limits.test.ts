import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRelay, makeStaff } from './fixtures';
import { createTestDatabase, type TestDatabase } from './test-database';
import { rateLimitHits, requestDrafts } from '../../src/lib/server/db/schema';
import {
	createDraft,
	loadDraft,
	startOnlineDraft,
	type Draft
} from '../../src/lib/server/requests/drafts';
import { submitStep } from '../../src/lib/server/requests/request-wizard';
import { stepContext } from '../../src/lib/server/requests/request-form-page';
import {
	MAX_STEP_CHARACTERS,
	NEW_DRAFTS_PER_HOUR,
	STEP_SAVE_BUCKET,
	STEP_SAVES_PER_HOUR
} from '../../src/lib/server/requests/public-form-limits';
import { familyMessagesOf } from '../../src/lib/i18n/family';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const HOUR = 3_600_000;

async function draftOf(id: string | null): Promise<Draft> {
	const draft = id ? await loadDraft(t.db, id) : null;
	if (!draft) throw new Error('no draft');
	return draft;
}

describe('new drafts of the open form, per address', () => {
	it(`${NEW_DRAFTS_PER_HOUR} an hour; the next one is refused and stores nothing; another address is not affected`, async () => {
		const now = new Date();
		for (let i = 0; i < NEW_DRAFTS_PER_HOUR; i++)
			expect(await startOnlineDraft(t.db, '10.30.0.1', now)).toMatch(/^[0-9a-f-]{36}$/);
		const before = await t.db.$count(requestDrafts);
		expect(await startOnlineDraft(t.db, '10.30.0.1', now)).toBeNull();
		expect(await t.db.$count(requestDrafts)).toBe(before);
		expect(await startOnlineDraft(t.db, '10.30.0.2', now)).not.toBeNull();
		// An hour later the address may start again.
		expect(
			await startOnlineDraft(t.db, '10.30.0.1', new Date(now.getTime() + HOUR))
		).not.toBeNull();
	});
});

describe('saved steps of the open form, per address', () => {
	it(`${STEP_SAVES_PER_HOUR} an hour; the next is refused and keeps nothing; staff drafts are not limited`, async () => {
		const now = new Date();
		const draft = await draftOf(await startOnlineDraft(t.db, '10.31.0.1', now));
		const ctx = await stepContext(t.db, 'online', familyMessagesOf('fr'));
		const save = (d: Draft, typed: string) =>
			submitStep(t.db, d, 'contact', { parentNames: typed, intent: 'back' }, ctx, '10.31.0.1', now);

		// The first saves of the hour, as stored (saving 299 steps one by one is slow on PGlite).
		await t.db.insert(rateLimitHits).values(
			Array.from({ length: STEP_SAVES_PER_HOUR - 1 }, () => ({
				bucket: STEP_SAVE_BUCKET,
				key: '10.31.0.1',
				at: new Date(now.getTime() - 60_000)
			}))
		);
		expect(await save(draft, 'La dernière')).toEqual({ kind: 'go', step: 'contact' });
		expect(await save(draft, 'Une de trop')).toEqual({ kind: 'rate_limited' });
		expect((await draftOf(draft.id)).data.steps.contact).toEqual({ parentNames: 'La dernière' });

		// An animator taking a request by phone from the same address is signed in: no limit.
		const relay = await makeRelay(t.db);
		const animator = await makeStaff(t.db, relay, 'animator');
		const staffDraft = await draftOf(
			await createDraft(t.db, 'phone', now, { userId: animator.id, relayId: relay.id })
		);
		expect(await save(staffDraft, 'Famille au téléphone')).toEqual({ kind: 'go', step: 'contact' });
	});

	it(`a step over ${MAX_STEP_CHARACTERS} characters is refused and keeps nothing; a long real comment is kept`, async () => {
		const draft = await draftOf(await startOnlineDraft(t.db, '10.32.0.1'));
		const ctx = await stepContext(t.db, 'online', familyMessagesOf('fr'));
		const send = (comment: string) =>
			submitStep(t.db, draft, 'send', { comment, intent: 'back' }, ctx, '10.32.0.1');

		expect(await send('x'.repeat(MAX_STEP_CHARACTERS))).toEqual({ kind: 'too_large' });
		expect((await draftOf(draft.id)).data.steps.send).toBeUndefined();
		expect((await send('é'.repeat(2000))).kind).toBe('go');
		expect((await draftOf(draft.id)).data.steps.send).toEqual({ comment: 'é'.repeat(2000) });
	});
});
