import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import {
	auditLog,
	childcareRequests,
	mailOutbox,
	requestChildren,
	requestEvents,
	requestReferenceCounters
} from '../../src/lib/server/db/schema';
import {
	CommuneNotServedError,
	submitChildcareRequest
} from '../../src/lib/server/requests/submit-request';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay, makeStaff } from './fixtures';
import { makeCommune, onlineMeta, requestInput, submitRequest } from './request-fixtures';
import { runTogether } from './run-together';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const NOW = new Date('2026-11-23T10:00:00Z');

const requestRow = async (id: string) => {
	const [row] = await t.db.select().from(childcareRequests).where(eq(childcareRequests.id, id));
	if (!row) throw new Error(`request ${id} is missing`);
	return row;
};

const countWhere = async (
	table: typeof requestEvents | typeof requestChildren,
	requestId: string
) => {
	const [row] = await t.db.select({ n: count() }).from(table).where(eq(table.requestId, requestId));
	return row?.n ?? 0;
};

const outboxCount = async () => (await t.db.select({ n: count() }).from(mailOutbox))[0]?.n ?? 0;

describe('submitting a childcare request', () => {
	it('lands in the queue of the relay serving its commune, with an audit entry', async () => {
		const west = await makeRelay(t.db, 'Relais Ouest');
		const east = await makeRelay(t.db, 'Relais Est');
		await makeCommune(t.db, west.id, 'Ouestville');
		const eastCommune = await makeCommune(t.db, east.id, 'Estville');

		const result = await submitChildcareRequest(
			t.db,
			requestInput(eastCommune.inseeCode, {
				children: [
					{ birthDate: '2025-09-01', expectedBirthDate: null, needsSupport: true },
					{ birthDate: null, expectedBirthDate: '2027-02-15', needsSupport: null }
				],
				need: {
					weeklySchedule: {
						mon: { start: '06:30', end: '14:00' },
						tue: null,
						wed: null,
						thu: null,
						fri: null,
						sat: { start: '09:00', end: '12:00' },
						sun: null
					}
				}
			}),
			onlineMeta({ now: NOW })
		);

		expect(result.created).toBe(true);
		expect(result.relayId).toBe(east.id);
		expect(result.reference).toBe(`${east.referenceCode}-2026-00001`);
		const row = await requestRow(result.requestId);
		expect(row).toMatchObject({
			relayId: east.id,
			status: 'received',
			channel: 'online',
			reference: result.reference,
			receivedAt: NOW,
			residenceInsee: eastCommune.inseeCode,
			atypicalEarly: true,
			atypicalLate: false,
			atypicalSaturday: true,
			atypicalSunday: false,
			atypicalNight: false
		});
		const children = await t.db
			.select()
			.from(requestChildren)
			.where(eq(requestChildren.requestId, result.requestId))
			.orderBy(asc(requestChildren.position));
		expect(
			children.map((c) => [c.position, c.birthDate, c.expectedBirthDate, c.needsSupport])
		).toEqual([
			[1, '2025-09-01', null, true],
			[2, null, '2027-02-15', null]
		]);
		const events = await t.db
			.select()
			.from(requestEvents)
			.where(eq(requestEvents.requestId, result.requestId));
		expect(events).toEqual([
			expect.objectContaining({
				kind: 'received',
				actorKind: 'family',
				visibleToFamily: true,
				at: NOW
			})
		]);
		const audit = await t.db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.entityType, 'childcare_request'), eq(auditLog.entityId, result.requestId))
			);
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({
			action: 'request.received',
			actorKind: 'family',
			relayId: east.id,
			details: { channel: 'online', reference: result.reference }
		});
		// The audit log outlives the request: no name, email or phone in it.
		const details = JSON.stringify(audit[0]?.details);
		expect(details).not.toContain('Durand');
		expect(details).not.toContain('@');
	});

	it('gives readable references that increase per relay and per year (Paris time)', async () => {
		const relay = await makeRelay(t.db);
		const commune = await makeCommune(t.db, relay.id);
		const other = await makeRelay(t.db);
		const otherCommune = await makeCommune(t.db, other.id);
		const code = relay.referenceCode;

		const first = await submitRequest(t.db, commune.inseeCode, {}, { now: NOW });
		const second = await submitRequest(t.db, commune.inseeCode, {}, { now: NOW });
		const elsewhere = await submitRequest(t.db, otherCommune.inseeCode, {}, { now: NOW });
		// 23:30 UTC on 31 December is already the new year in Paris.
		const newYear = await submitRequest(
			t.db,
			commune.inseeCode,
			{},
			{ now: new Date('2026-12-31T23:30:00Z') }
		);

		expect([first.reference, second.reference, newYear.reference]).toEqual([
			`${code}-2026-00001`,
			`${code}-2026-00002`,
			`${code}-2027-00001`
		]);
		expect(elsewhere.reference).toBe(`${other.referenceCode}-2026-00001`);
	});

	it('stores a request sent 5 times at once with the same idempotency key once', async () => {
		const relay = await makeRelay(t.db);
		const commune = await makeCommune(t.db, relay.id);
		const input = requestInput(commune.inseeCode);
		const meta = onlineMeta({ now: NOW });
		const mailsBefore = await outboxCount();

		// On PostgreSQL every call has passed its idempotency check before any of them may
		// take a reference: the unique key alone must then keep the duplicates out.
		const results = await runTogether(
			t,
			'request_reference_counters',
			Array.from({ length: 5 }, () => () => submitChildcareRequest(t.db, input, meta))
		);

		expect(results.filter((r) => r.created)).toHaveLength(1);
		expect(new Set(results.map((r) => r.requestId)).size).toBe(1);
		expect(new Set(results.map((r) => r.reference))).toEqual(
			new Set([`${relay.referenceCode}-2026-00001`])
		);
		expect(results.filter((r) => r.trackingToken !== null)).toHaveLength(1);
		const [stored] = await t.db
			.select({ n: count() })
			.from(childcareRequests)
			.where(eq(childcareRequests.idempotencyKey, meta.idempotencyKey));
		expect(stored?.n).toBe(1);
		const requestId = results[0]?.requestId ?? '';
		expect(await countWhere(requestChildren, requestId)).toBe(1);
		expect(await countWhere(requestEvents, requestId)).toBe(1);
		expect(await outboxCount()).toBe(mailsBefore + 1);
		// The losers gave their numbers back: no gap before the next request.
		const [counter] = await t.db
			.select()
			.from(requestReferenceCounters)
			.where(eq(requestReferenceCounters.relayId, relay.id));
		expect(counter?.lastNumber).toBe(1);

		const resent = await submitChildcareRequest(t.db, input, meta);
		expect(resent).toEqual({
			created: false,
			requestId,
			reference: `${relay.referenceCode}-2026-00001`,
			relayId: relay.id,
			trackingToken: null
		});
	});

	it('keeps only the hash of the tracking token', async () => {
		const relay = await makeRelay(t.db);
		const commune = await makeCommune(t.db, relay.id);
		const result = await submitRequest(t.db, commune.inseeCode);

		expect(result.trackingToken).toMatch(/^[a-z2-7]{32}$/); // 160 bits in base32
		const row = await requestRow(result.requestId);
		expect(row.trackingTokenHash).toBe(hashToken(result.trackingToken));
		const stored = JSON.stringify([
			row,
			await t.db.select().from(requestEvents).where(eq(requestEvents.requestId, result.requestId)),
			await t.db.select().from(auditLog).where(eq(auditLog.entityId, result.requestId))
		]);
		expect(stored).not.toContain(result.trackingToken);
	});

	it('queues a confirmation mail only when the family gave an email', async () => {
		const relay = await makeRelay(t.db);
		const commune = await makeCommune(t.db, relay.id);
		const animator = await makeStaff(t.db, relay, 'animator');
		const before = await outboxCount();

		const byPhone = await submitChildcareRequest(
			t.db,
			requestInput(commune.inseeCode, {
				contact: { email: undefined, phone: '0639980002', appointmentMode: 'phone' }
			}),
			onlineMeta({ channel: 'phone', actor: { kind: 'staff', userId: animator.id } })
		);

		expect(byPhone.created).toBe(true);
		expect(await outboxCount()).toBe(before);
		expect(await requestRow(byPhone.requestId)).toMatchObject({ channel: 'phone', email: null });
		const [event] = await t.db
			.select()
			.from(requestEvents)
			.where(eq(requestEvents.requestId, byPhone.requestId));
		expect(event).toMatchObject({ actorKind: 'staff', actorId: animator.id });

		await submitRequest(t.db, commune.inseeCode, { contact: { email: 'famille@exemple.test' } });
		const mails = await t.db
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.to, 'famille@exemple.test'));
		expect(mails).toHaveLength(1);
	});

	it('refuses a commune no relay serves, and stores nothing', async () => {
		const lonely = await makeCommune(t.db, null, 'Hors territoire');
		const key = randomUUID();

		await expect(
			submitChildcareRequest(
				t.db,
				requestInput(lonely.inseeCode),
				onlineMeta({ idempotencyKey: key })
			)
		).rejects.toBeInstanceOf(CommuneNotServedError);
		const [stored] = await t.db
			.select({ n: count() })
			.from(childcareRequests)
			.where(eq(childcareRequests.idempotencyKey, key));
		expect(stored?.n).toBe(0);
	});
});
