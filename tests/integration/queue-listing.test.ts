import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { childcareRequests } from '../../src/lib/server/db/schema';
import {
	listQueue,
	queueCounters,
	queueCommunes,
	QUEUE_PAGE_SIZE,
	type QueueCursor,
	type QueueFilters,
	type QueueRow
} from '../../src/lib/server/queue/queue-listing';
import { parseQueueQuery, queueHref } from '../../src/lib/server/queue/queue-forms';
import { takeNextRequest } from '../../src/lib/server/queue/take-next';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeCommune, submitRequest } from './request-fixtures';
import { forceStatus, makeQueueRelay, paris, receiveRequest } from './queue-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

describe('the queue lists requests strictly by arrival', () => {
	it('oldest first whatever the order they were stored in, and only the relay’s open ones', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		// Stored in a shuffled order: the insertion order must not leak into the listing.
		const arrivals = [
			'2026-11-20T09:00:00Z',
			'2026-11-18T15:30:00Z',
			'2026-11-21T08:00:00Z',
			'2026-11-19T10:00:00Z'
		];
		const received = [];
		for (const iso of arrivals)
			received.push({ ...(await receiveRequest(t.db, commune.inseeCode, at(iso))), iso });
		const closed = await receiveRequest(t.db, commune.inseeCode, at('2026-11-17T08:00:00Z'));
		await forceStatus(t.db, closed.id, 'closed_by_relay', animator.id);
		const elsewhere = await makeQueueRelay(t.db, 'Relais Voisin');
		await receiveRequest(t.db, elsewhere.commune.inseeCode, at('2026-11-16T08:00:00Z'));

		const page = await listQueue(t.db, animator, {}, null, at('2026-11-22T10:00:00Z'));

		const expected = [...received]
			.sort((a, b) => a.iso.localeCompare(b.iso))
			.map((r) => r.reference);
		expect(page.rows.map((row) => row.reference)).toEqual(expected);
		expect(page.total).toBe(4);
		expect(page.firstRank).toBe(1);
		expect(page.previous).toBeNull();
		expect(page.next).toBeNull();
	});

	it('two requests of the same instant keep one stable order (by id) on every call', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const same = at('2026-11-20T09:00:00Z');
		const ids = [];
		for (let i = 0; i < 4; i++) ids.push((await receiveRequest(t.db, commune.inseeCode, same)).id);
		const page = await listQueue(t.db, animator);
		expect(page.rows.map((row) => row.id)).toEqual([...ids].sort());
	});

	it('shows no family name, email, phone or comment in a row', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		await receiveRequest(t.db, commune.inseeCode, at('2026-11-20T09:00:00Z'), {
			contact: {
				parentNames: 'Aïcha Benali-Marchand',
				email: 'aicha.benali@exemple.test',
				phone: '0611223344'
			},
			comment: 'Nous habitons près de la gare'
		});
		const [row] = (await listQueue(t.db, animator)).rows;
		if (!row) throw new Error('no row');
		const text = JSON.stringify(row);
		for (const personal of ['Aïcha', 'Benali', 'aicha.benali', '0611223344', 'gare']) {
			expect(text).not.toContain(personal);
		}
		expect(Object.keys(row).sort()).toEqual(
			[
				'assignee',
				'channel',
				'children',
				'commune',
				'countdown',
				'deadline',
				'desiredStart',
				'id',
				'receivedAt',
				'reference',
				'status'
			].sort()
		);
	});

	it('lists a request entered by an animator for a family who phoned, with channel phone', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		await receiveRequest(t.db, commune.inseeCode, at('2026-11-20T09:00:00Z'));
		const byPhone = await submitRequest(
			t.db,
			commune.inseeCode,
			{ contact: { email: undefined } },
			{
				channel: 'phone',
				actor: { kind: 'staff', userId: animator.id },
				now: at('2026-11-21T09:00:00Z')
			}
		);
		const rows = (await listQueue(t.db, animator)).rows;
		expect(rows.map((row) => [row.reference, row.channel])).toEqual([
			[rows[0]?.reference, 'online'],
			[byPhone.reference, 'phone']
		]);
	});

	it('says each child’s age on the desired start date', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		await receiveRequest(t.db, commune.inseeCode, at('2026-11-20T09:00:00Z'), {
			need: { desiredStart: '2027-09-01' },
			children: [
				{ birthDate: '2026-05-10', expectedBirthDate: null, needsSupport: null },
				{ birthDate: '2024-06-01', expectedBirthDate: null, needsSupport: null },
				{ birthDate: null, expectedBirthDate: '2027-10-15', needsSupport: null }
			]
		});
		const [row] = (await listQueue(t.db, animator)).rows;
		expect(row?.children).toEqual([
			{ kind: 'months', months: 15 },
			{ kind: 'years', years: 3, months: 3 },
			{ kind: 'unborn' }
		]);
	});
});

describe('the default view is the work to do', () => {
	it('opens on the requests waiting for a first appointment, oldest first; the others are one filter away', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const now = at('2026-11-30T10:00:00Z');
		// The oldest already had its appointment, the next has one booked: they wait for nothing.
		const held = await receiveRequest(t.db, commune.inseeCode, at('2026-11-10T09:00:00Z'));
		await forceStatus(t.db, held.id, 'appointment_held', animator.id);
		const booked = await receiveRequest(t.db, commune.inseeCode, at('2026-11-11T09:00:00Z'));
		await forceStatus(t.db, booked.id, 'appointment_booked', animator.id);
		const taken = await receiveRequest(t.db, commune.inseeCode, at('2026-11-12T09:00:00Z'));
		await forceStatus(t.db, taken.id, 'in_progress', animator.id);
		const fresh = await receiveRequest(t.db, commune.inseeCode, at('2026-11-13T09:00:00Z'));
		const references = async (filters: QueueFilters) =>
			(await listQueue(t.db, animator, filters, null, now)).rows.map((row) => row.reference);

		const byDefault = await listQueue(t.db, animator, {}, null, now);
		expect(byDefault.rows.map((row) => row.reference)).toEqual([taken.reference, fresh.reference]);
		expect(byDefault.total).toBe(2);
		expect(await references({ status: 'awaiting_appointment' })).toEqual([
			taken.reference,
			fresh.reference
		]);
		expect(await references({ status: 'all_open' })).toEqual(
			[held, booked, taken, fresh].map((r) => r.reference)
		);
		expect(await references({ status: 'appointment_held' })).toEqual([held.reference]);
		// The counters still count every open request.
		expect((await queueCounters(t.db, animator, now)).open).toBe(4);
	});

	it('keeps the filter in the address: none for the default view, `statut=toutes` for all', () => {
		const parse = (query: string) => parseQueueQuery(new URLSearchParams(query)).filters;
		expect(parse('')).toEqual({});
		expect(parse('statut=')).toEqual({});
		expect(parse('statut=toutes')).toEqual({ status: 'all_open' });
		expect(parse('statut=appointment_held')).toEqual({ status: 'appointment_held' });
		expect(parse('statut=closed_by_relay')).toEqual({});
		expect(queueHref({})).toBe('/relais/file');
		expect(queueHref({ status: 'awaiting_appointment' })).toBe('/relais/file');
		expect(queueHref({ status: 'all_open', assignment: 'mine' })).toBe(
			'/relais/file?statut=toutes&attribution=moi'
		);
	});
});

describe('filters keep the order', () => {
	it('status, commune, mine, unassigned and overdue each give the matching rows, oldest first', async () => {
		const { relay, commune, animator, colleague } = await makeQueueRelay(t.db);
		const other = await makeCommune(t.db, relay.id, 'Autre commune');
		const now = at('2026-11-30T10:00:00Z');
		const r = [];
		for (let day = 10; day <= 27; day++) {
			const where = day % 3 === 0 ? other.inseeCode : commune.inseeCode;
			r.push(await receiveRequest(t.db, where, at(`2026-11-${day}T09:00:00Z`)));
		}
		// The four oldest are taken: two by the animator, two by the colleague (in turn).
		await takeNextRequest(t.db, animator, now);
		await takeNextRequest(t.db, colleague, now);
		await takeNextRequest(t.db, animator, now);
		await takeNextRequest(t.db, colleague, now);

		const all = (await listQueue(t.db, animator, {}, null, now)).rows;
		const check = async (filters: QueueFilters, keep: (row: QueueRow) => boolean) => {
			const rows = (await listQueue(t.db, animator, filters, null, now)).rows;
			expect(rows.length).toBeGreaterThan(0);
			expect(rows.map((row) => row.id)).toEqual(all.filter(keep).map((row) => row.id));
		};
		await check({ status: 'in_progress' }, (row) => row.status === 'in_progress');
		await check({ status: 'received' }, (row) => row.status === 'received');
		await check({ commune: other.inseeCode }, (row) => row.commune.inseeCode === other.inseeCode);
		await check({ assignment: 'mine' }, (row) => row.assignee?.id === animator.id);
		await check({ assignment: 'unassigned' }, (row) => row.assignee === null);
		// 7 days on the 30th at 10:00 UTC: everything received up to the 23rd at 09:00 UTC.
		await check(
			{ overdue: true },
			(row) => row.receivedAt.getTime() <= at('2026-11-23T10:00:00Z').getTime()
		);
		await check(
			{ overdue: true, assignment: 'unassigned', commune: commune.inseeCode },
			(row) =>
				row.receivedAt.getTime() <= at('2026-11-23T10:00:00Z').getTime() &&
				row.assignee === null &&
				row.commune.inseeCode === commune.inseeCode
		);
		expect(r).toHaveLength(18);
	});

	it('offers the relay’s communes, and those of its open requests', async () => {
		const { relay, commune, animator } = await makeQueueRelay(t.db);
		const second = await makeCommune(t.db, relay.id, 'Aaa-en-Premier');
		const outside = await makeQueueRelay(t.db, 'Relais Dehors');
		const moved = await receiveRequest(t.db, outside.commune.inseeCode, at('2026-11-20T09:00:00Z'));
		await t.db
			.update(childcareRequests)
			.set({ relayId: relay.id })
			.where(eq(childcareRequests.id, moved.id));
		const list = await queueCommunes(t.db, animator);
		expect(list.map((c) => c.inseeCode).sort()).toEqual(
			[commune.inseeCode, second.inseeCode, outside.commune.inseeCode].sort()
		);
		expect(list[0]?.name).toBe('Aaa-en-Premier');
	});
});

describe('pagination', () => {
	it('pages of 50 that, read forwards or backwards, give the whole queue once, in order', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const start = at('2026-09-01T08:00:00Z').getTime();
		const count = QUEUE_PAGE_SIZE * 2 + 7;
		for (let i = 0; i < count; i++) {
			// Decreasing arrival times: storage order is the reverse of the queue's.
			await receiveRequest(t.db, commune.inseeCode, new Date(start + (count - i) * HOUR));
		}
		const forwards: QueueRow[] = [];
		const ranks: number[] = [];
		let cursor: QueueCursor | null = null;
		let last = null;
		do {
			last = await listQueue(t.db, animator, {}, cursor);
			forwards.push(...last.rows);
			ranks.push(last.firstRank);
			cursor = last.next;
		} while (cursor);
		expect(forwards).toHaveLength(count);
		expect(ranks).toEqual([1, 51, 101]);
		const times = forwards.map((row) => row.receivedAt.getTime());
		expect(times).toEqual([...times].sort((a, b) => a - b));
		expect(new Set(forwards.map((row) => row.id)).size).toBe(count);

		const backwards: QueueRow[] = [];
		cursor = last.previous;
		backwards.unshift(...last.rows);
		while (cursor) {
			const page = await listQueue(t.db, animator, {}, cursor);
			expect(page.rows).toHaveLength(QUEUE_PAGE_SIZE);
			backwards.unshift(...page.rows);
			cursor = page.previous;
		}
		expect(backwards.map((row) => row.id)).toEqual(forwards.map((row) => row.id));
	});

	it('a cursor from another relay or a bad one starts from the beginning', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const first = await receiveRequest(t.db, commune.inseeCode, at('2026-11-20T09:00:00Z'));
		const foreign = await makeQueueRelay(t.db, 'Relais Étranger');
		const theirs = await receiveRequest(
			t.db,
			foreign.commune.inseeCode,
			at('2026-11-19T09:00:00Z')
		);
		for (const cursor of [{ after: theirs.id }, { before: theirs.id }, { after: 'pas-un-uuid' }]) {
			const page = await listQueue(t.db, animator, {}, cursor);
			expect(page.rows.map((row) => row.id)).toEqual([first.id]);
		}
	});
});

describe('the countdown to the 7-day target, in Europe/Paris', () => {
	it('across the last Sunday of March: received Wednesday 24 at 10:00, due Wednesday 31 at 10:00 (167 h)', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const receivedAt = paris('2027-03-24T10:00', '+01:00');
		await receiveRequest(t.db, commune.inseeCode, receivedAt);

		const dueAt = paris('2027-03-31T10:00', '+02:00');
		const [row] = (await listQueue(t.db, animator, {}, null, receivedAt)).rows;
		expect(row?.deadline.toISOString()).toBe(dueAt.toISOString());
		expect((dueAt.getTime() - receivedAt.getTime()) / HOUR).toBe(167);

		// Friday 26 at noon: five calendar days left.
		const friday = (await listQueue(t.db, animator, {}, null, paris('2027-03-26T12:00', '+01:00')))
			.rows[0];
		expect(friday?.countdown).toMatchObject({ state: 'remaining', days: 5 });
		// At 9:30 on the 31st (168 h would say 11:00): due today, not overdue.
		const morning = paris('2027-03-31T09:30', '+02:00');
		expect((await listQueue(t.db, animator, {}, null, morning)).rows[0]?.countdown).toMatchObject({
			state: 'due_today'
		});
		expect((await listQueue(t.db, animator, { overdue: true }, null, morning)).rows).toHaveLength(
			0
		);
		// At 10:30 (168 h would still give half an hour): overdue, in the filter and the counter.
		const late = paris('2027-03-31T10:30', '+02:00');
		expect((await listQueue(t.db, animator, {}, null, late)).rows[0]?.countdown).toMatchObject({
			state: 'overdue',
			days: 0
		});
		expect((await listQueue(t.db, animator, { overdue: true }, null, late)).rows).toHaveLength(1);
		expect((await queueCounters(t.db, animator, late)).overdue).toBe(1);
		// Two days later: late by two days.
		const after = paris('2027-04-02T08:00', '+02:00');
		expect((await listQueue(t.db, animator, {}, null, after)).rows[0]?.countdown).toMatchObject({
			state: 'overdue',
			days: 2
		});
	});

	it('across the last Sunday of October: received Wednesday 27 at 10:00, due Wednesday 3 November at 10:00 (169 h)', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const receivedAt = paris('2027-10-27T10:00', '+02:00');
		await receiveRequest(t.db, commune.inseeCode, receivedAt);

		const dueAt = paris('2027-11-03T10:00', '+01:00');
		const [row] = (await listQueue(t.db, animator, {}, null, receivedAt)).rows;
		expect(row?.deadline.toISOString()).toBe(dueAt.toISOString());
		expect((dueAt.getTime() - receivedAt.getTime()) / HOUR).toBe(169);
		// At 9:30 on the 3rd, 168 h have passed: still due today, not overdue.
		const morning = paris('2027-11-03T09:30', '+01:00');
		expect((await listQueue(t.db, animator, {}, null, morning)).rows[0]?.countdown).toMatchObject({
			state: 'due_today'
		});
		expect((await queueCounters(t.db, animator, morning)).overdue).toBe(0);
		expect((await listQueue(t.db, animator, { overdue: true }, null, morning)).rows).toHaveLength(
			0
		);
		const late = paris('2027-11-03T10:01', '+01:00');
		expect((await queueCounters(t.db, animator, late)).overdue).toBe(1);
	});

	it('stops once an appointment is booked', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const request = await receiveRequest(t.db, commune.inseeCode, at('2026-11-01T09:00:00Z'));
		await forceStatus(t.db, request.id, 'appointment_booked', animator.id);
		const now = at('2026-11-30T09:00:00Z');
		expect(
			(await listQueue(t.db, animator, { status: 'all_open' }, null, now)).rows[0]?.countdown
		).toEqual({ state: 'met' });
		expect((await queueCounters(t.db, animator, now)).overdue).toBe(0);
	});
});

describe('counters', () => {
	it('open, unassigned and overdue, for the relay only', async () => {
		const { commune, animator } = await makeQueueRelay(t.db);
		const now = at('2026-11-30T10:00:00Z');
		await receiveRequest(t.db, commune.inseeCode, at('2026-11-01T09:00:00Z'));
		await receiveRequest(t.db, commune.inseeCode, at('2026-11-02T09:00:00Z'));
		await receiveRequest(t.db, commune.inseeCode, at('2026-11-29T09:00:00Z'));
		const closed = await receiveRequest(t.db, commune.inseeCode, at('2026-11-01T08:00:00Z'));
		await forceStatus(t.db, closed.id, 'solution_recorded', animator.id);
		await takeNextRequest(t.db, animator, now);
		const elsewhere = await makeQueueRelay(t.db, 'Relais Ailleurs');
		await receiveRequest(t.db, elsewhere.commune.inseeCode, at('2026-11-01T09:00:00Z'));

		expect(await queueCounters(t.db, animator, now)).toEqual({
			open: 3,
			unassigned: 2,
			overdue: 2
		});
	});
});
