import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';
import { isDatabaseEmpty, seedDemoData } from '../../src/lib/server/seed/seed-demo-data';
import { asc, count } from 'drizzle-orm';
import {
	childcareRequests,
	communes,
	mailOutbox,
	receptionPlaces,
	relays,
	requestChildren,
	requestEvents,
	staffUsers
} from '../../src/lib/server/db/schema';
import { demoTrackingToken } from '../../src/lib/server/seed/demo-requests';
import { findRequestByTrackingToken } from '../../src/lib/server/requests/tracking';
import { isOpenRequestStatus } from '../../src/lib/requests/request-status';
import { signIn } from '../../src/lib/server/auth/sign-in';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

async function snapshot() {
	return {
		relays: await t.db.select().from(relays).orderBy(relays.slug),
		communes: await t.db.select().from(communes).orderBy(communes.inseeCode),
		places: await t.db.select().from(receptionPlaces).orderBy(receptionPlaces.name),
		staff: await t.db.select().from(staffUsers).orderBy(staffUsers.email),
		requests: await t.db
			.select({ reference: childcareRequests.reference, status: childcareRequests.status })
			.from(childcareRequests)
			.orderBy(childcareRequests.reference),
		children: (await t.db.select({ n: count() }).from(requestChildren))[0]?.n,
		events: (await t.db.select({ n: count() }).from(requestEvents))[0]?.n
	};
}

describe('demo seed', () => {
	it('creates two relays sharing real communes, with one account per role per relay', async () => {
		expect(await isDatabaseEmpty(t.db)).toBe(true);
		const accounts = await seedDemoData(t.db);
		expect(await isDatabaseEmpty(t.db)).toBe(false);
		const data = await snapshot();
		expect(data.relays).toHaveLength(2);
		const served = data.communes.filter((c) => c.relayId !== null);
		expect(served.length).toBeGreaterThanOrEqual(15);
		expect(data.communes.every((c) => /^35\d{3}$/.test(c.inseeCode))).toBe(true);
		expect(new Set(served.map((c) => c.relayId)).size).toBe(2);
		// Real communes outside the territory are known too: "not served", not "not found".
		expect(data.communes.find((c) => c.name === 'Rennes')?.relayId).toBeNull();
		const roles = data.staff.map((s) => `${s.relayId}:${s.role}`);
		// One per role per relay, and the deployment's coordinator (no relay).
		expect(new Set(roles).size).toBe(7);
		expect(roles).toContain('null:coordinator');
		// The printed demo passwords really open the accounts.
		for (const account of accounts) {
			const result = await signIn(t.db, {
				email: account.email,
				password: account.password,
				ip: '10.8.0.1'
			});
			expect(result.ok, account.email).toBe(true);
		}
	});

	it('adds about 150 requests of every kind, in statuses that fit their age, and no mail', async () => {
		const requests = await t.db
			.select()
			.from(childcareRequests)
			.orderBy(asc(childcareRequests.receivedAt));
		const children = await t.db.select().from(requestChildren);
		const anchor = new Date('2026-11-20T08:00:00Z');
		const day = 86_400_000;

		expect(requests.length).toBeGreaterThanOrEqual(140);
		expect(requests.length).toBeLessThanOrEqual(160);
		expect(new Set(requests.map((r) => r.channel))).toEqual(new Set(['online', 'phone', 'desk']));
		const oldest = requests[0]?.receivedAt.getTime() ?? 0;
		expect(anchor.getTime() - oldest).toBeGreaterThan(450 * day);
		expect(anchor.getTime() - oldest).toBeLessThanOrEqual(548 * day);
		expect(new Set(requests.map((r) => r.residenceInsee)).size).toBeGreaterThanOrEqual(12);
		expect(children.filter((c) => c.expectedBirthDate !== null).length).toBeGreaterThanOrEqual(10);
		expect(children.filter((c) => c.needsSupport === true).length).toBeGreaterThanOrEqual(2);
		const childrenPerRequest = new Map<string, number>();
		for (const c of children)
			childrenPerRequest.set(c.requestId, (childrenPerRequest.get(c.requestId) ?? 0) + 1);
		expect([...childrenPerRequest.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(5);
		expect(
			requests.filter(
				(r) => r.atypicalEarly || r.atypicalLate || r.atypicalNight || r.atypicalSaturday
			).length
		).toBeGreaterThanOrEqual(10);

		// The last week is still open; what is older than three months is mostly closed.
		const ageOf = (r: (typeof requests)[number]) =>
			(anchor.getTime() - r.receivedAt.getTime()) / day;
		const lastWeek = requests.filter((r) => ageOf(r) < 7);
		expect(lastWeek.length).toBeGreaterThan(0);
		expect(lastWeek.every((r) => ['received', 'in_progress'].includes(r.status))).toBe(true);
		const old = requests.filter((r) => ageOf(r) > 90);
		expect(old.every((r) => !isOpenRequestStatus(r.status) && r.closedAt !== null)).toBe(true);
		expect(new Set(old.map((r) => r.status))).toEqual(
			new Set([
				'solution_recorded',
				'closed_without_solution',
				'cancelled_by_family',
				'closed_by_relay'
			])
		);
		// Events never lie in the future of the demo, and each request starts with `received`.
		const events = await t.db.select().from(requestEvents);
		expect(events.every((e) => e.at.getTime() <= anchor.getTime())).toBe(true);
		expect(events.filter((e) => e.kind === 'received')).toHaveLength(requests.length);

		// References read VO-2025-00001 …, increasing with the arrival within a relay and year.
		for (const relay of await t.db.select().from(relays)) {
			const own = requests.filter((r) => r.relayId === relay.id);
			expect(own.length).toBeGreaterThan(20);
			for (const year of new Set(own.map((r) => r.reference.slice(0, -6)))) {
				const numbers = own
					.filter((r) => r.reference.startsWith(year))
					.map((r) => Number(r.reference.slice(-5)));
				expect(numbers).toEqual(numbers.map((_, i) => i + 1));
			}
			expect(own.every((r) => r.reference.startsWith(`${relay.referenceCode}-`))).toBe(true);
		}

		expect((await t.db.select({ n: count() }).from(mailOutbox))[0]?.n).toBe(0);
		// The demo tracking links open their request (the newest one here).
		const newest = await findRequestByTrackingToken(t.db, demoTrackingToken(requests.length - 1));
		expect(newest?.reference).toBe(requests.at(-1)?.reference);
	});

	it('is idempotent: a second run changes nothing', async () => {
		const before = await snapshot();
		await seedDemoData(t.db);
		expect(await snapshot()).toEqual(before);
	});
});
