import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff } from './fixtures';
import { takeNextRequest, takeRequest } from '../../src/lib/server/queue/take-next';
import { createTestDatabase, type TestDatabase } from './test-database';
import { runTogether } from './run-together';
import {
	auditEntriesOf,
	eventsOf,
	makeQueueRelay,
	receiveRequest,
	requestRow
} from './queue-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

describe('take the next request', () => {
	it('assigns the oldest unassigned request and moves it to in progress, with an event and one audit entry', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const newer = await receiveRequest(t.db, commune.inseeCode, day(12));
		const oldest = await receiveRequest(t.db, commune.inseeCode, day(10));

		const taken = await takeNextRequest(t.db, animator);

		expect(taken).toEqual({ id: oldest.id, reference: oldest.reference });
		const row = await requestRow(t.db, oldest.id);
		expect(row.status).toBe('in_progress');
		expect(row.assignedTo).toBe(animator.id);
		expect((await requestRow(t.db, newer.id)).assignedTo).toBeNull();
		const audit = await auditEntriesOf(t.db, oldest.id, 'request.taken');
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({
			actorId: animator.id,
			details: { outOfTurn: false, from: 'received', to: 'in_progress' }
		});
		expect((await eventsOf(t.db, oldest.id)).map((event) => event.kind)).toEqual([
			'received',
			'taken'
		]);
	});

	it('answers null when nothing is waiting, and never takes another relay’s request', async () => {
		const { animator } = await makeQueueRelay(t.db);
		const other = await makeQueueRelay(t.db, 'Relais Autre');
		const theirs = await receiveRequest(t.db, other.commune.inseeCode, day(1));
		expect(await takeNextRequest(t.db, animator)).toBeNull();
		expect((await requestRow(t.db, theirs.id)).assignedTo).toBeNull();
	});

	it('20 animators pressing at the same moment get 20 different requests', async () => {
		const { relay, commune } = await makeQueueRelay(t.db);
		const animators = await Promise.all(
			Array.from({ length: 20 }, () => makeStaff(t.db, relay, 'animator'))
		);
		for (let i = 0; i < 25; i++)
			await receiveRequest(t.db, commune.inseeCode, new Date(day(1).getTime() + i * 60_000));

		const taken = await runTogether(
			t,
			'childcare_requests',
			animators.map((animator) => () => takeNextRequest(t.db, animator))
		);

		const ids = taken.map((request) => request?.id);
		expect(ids.every((id) => typeof id === 'string')).toBe(true);
		expect(new Set(ids).size).toBe(20);
		for (const [index, request] of taken.entries()) {
			if (!request) throw new Error('missing');
			expect((await requestRow(t.db, request.id)).assignedTo).toBe(animators[index]?.id);
			expect(await auditEntriesOf(t.db, request.id, 'request.taken')).toHaveLength(1);
		}
	});

	it('with 5 waiting, 20 animators at once get the 5, each once, and 15 get nothing', async () => {
		const { relay, commune } = await makeQueueRelay(t.db);
		const animators = await Promise.all(
			Array.from({ length: 20 }, () => makeStaff(t.db, relay, 'animator'))
		);
		const waiting = [];
		for (let i = 0; i < 5; i++)
			waiting.push(await receiveRequest(t.db, commune.inseeCode, day(i + 1)));

		const taken = await runTogether(
			t,
			'childcare_requests',
			animators.map((animator) => () => takeNextRequest(t.db, animator))
		);

		const ids = taken.flatMap((request) => (request ? [request.id] : []));
		expect(ids.sort()).toEqual(waiting.map((request) => request.id).sort());
		expect(taken.filter((request) => request === null)).toHaveLength(15);
		for (const request of waiting) {
			expect(await auditEntriesOf(t.db, request.id, 'request.taken')).toHaveLength(1);
		}
	});
});

describe('take a given request', () => {
	it('the oldest waiting one needs no reason', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const oldest = await receiveRequest(t.db, commune.inseeCode, day(1));
		await receiveRequest(t.db, commune.inseeCode, day(2));
		const result = await takeRequest(t.db, animator, oldest.id, undefined);
		expect(result).toMatchObject({ ok: true, outOfTurn: false });
		expect((await requestRow(t.db, oldest.id)).assignedTo).toBe(animator.id);
	});

	it('out of turn without a reason is refused and changes nothing', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		await receiveRequest(t.db, commune.inseeCode, day(1));
		const newer = await receiveRequest(t.db, commune.inseeCode, day(2));
		const before = await requestRow(t.db, newer.id);

		for (const reason of [undefined, '', '   ']) {
			expect(await takeRequest(t.db, animator, newer.id, reason)).toEqual({
				ok: false,
				refusal: 'reason_required'
			});
		}
		expect(await requestRow(t.db, newer.id)).toEqual(before);
		expect(await auditEntriesOf(t.db, newer.id, 'request.taken')).toHaveLength(0);
	});

	it('out of turn with a reason succeeds: the reason is in the request’s story, the audit log says out of turn without it', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		await receiveRequest(t.db, commune.inseeCode, day(1));
		await receiveRequest(t.db, commune.inseeCode, day(2));
		const newest = await receiveRequest(t.db, commune.inseeCode, day(3));
		const reason = 'La famille a rappelé : départ en formation le 5, rendez-vous urgent';

		const result = await takeRequest(t.db, animator, newest.id, `  ${reason} `);

		expect(result).toMatchObject({ ok: true, outOfTurn: true });
		const row = await requestRow(t.db, newest.id);
		expect(row).toMatchObject({ status: 'in_progress', assignedTo: animator.id });
		const audit = await auditEntriesOf(t.db, newest.id, 'request.taken');
		expect(audit).toHaveLength(1);
		expect(audit[0]?.details).toEqual({
			from: 'received',
			to: 'in_progress',
			outOfTurn: true,
			olderWaiting: 2
		});
		const taken = (await eventsOf(t.db, newest.id)).find((event) => event.kind === 'taken');
		expect(taken?.details).toMatchObject({ outOfTurn: true, reason, olderWaiting: 2 });
	});

	it('a request already taken cannot be taken again; another relay’s is not found', async () => {
		const { commune, animator, colleague } = await makeQueueRelay(t.db);
		const request = await receiveRequest(t.db, commune.inseeCode, day(1));
		expect(await takeRequest(t.db, animator, request.id, undefined)).toMatchObject({ ok: true });
		expect(await takeRequest(t.db, colleague, request.id, 'urgent')).toEqual({
			ok: false,
			refusal: 'already_taken'
		});
		expect((await requestRow(t.db, request.id)).assignedTo).toBe(animator.id);

		const stranger = await makeQueueRelay(t.db, 'Relais Lointain');
		const theirs = await receiveRequest(t.db, stranger.commune.inseeCode, day(1));
		expect(await takeRequest(t.db, animator, theirs.id, 'urgent')).toEqual({
			ok: false,
			refusal: 'not_found'
		});
		expect((await requestRow(t.db, theirs.id)).assignedTo).toBeNull();
	});

	it('two animators taking the same request at once: one gets it', async () => {
		const { commune, animator, colleague } = await makeQueueRelay(t.db);
		const request = await receiveRequest(t.db, commune.inseeCode, day(1));
		const results = await runTogether(t, 'childcare_requests', [
			() => takeRequest(t.db, animator, request.id, undefined),
			() => takeRequest(t.db, colleague, request.id, undefined)
		]);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(results.filter((result) => !result.ok)).toEqual([
			{ ok: false, refusal: 'already_taken' }
		]);
		expect(await auditEntriesOf(t.db, request.id, 'request.taken')).toHaveLength(1);
	});
});
