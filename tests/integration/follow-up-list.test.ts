import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { RequestStatus } from '../../src/lib/childcare-request-options';
import { appointments, childcareRequests, requestFollowUps } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import {
	FOLLOW_UP_PAGE_SIZE,
	followUpListHref,
	listFollowUps,
	parseFollowUpListQuery
} from '../../src/lib/server/requests/follow-ups/follow-up-list';
import { reopenOutcome, writeOutcome } from '../../src/lib/server/requests/outcomes/write-outcome';
import * as schema from '../../src/lib/server/db/schema';
import { createTestDatabase, type TestDatabase } from './test-database';
import { takenRequest } from './booking-fixtures';
import { forceStatus, makeQueueRelay } from './queue-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const DAY = 86_400_000;
const NOW = new Date('2027-06-15T10:00:00Z');
const daysBefore = (days: number, hour = 9) => new Date(Date.UTC(2027, 5, 15 - days, hour, 0, 0));

type Relay = Awaited<ReturnType<typeof makeQueueRelay>>;

/** An appointment of the request, in the given state (test setup: history written directly). */
async function appointmentOf(
	db: Database,
	request: { id: string },
	staff: { id: string; relayId: string },
	startsAt: Date,
	status: 'attended' | 'cancelled' | 'booked' | 'no_show'
) {
	await db.insert(appointments).values({
		relayId: staff.relayId,
		requestId: request.id,
		animatorId: staff.id,
		kind: 'phone',
		phone: '0600000000',
		startsAt,
		endsAt: new Date(startsAt.getTime() + 45 * 60_000),
		status,
		bookedAt: new Date(startsAt.getTime() - 7 * DAY),
		icalUid: `${crypto.randomUUID()}@guichet`
	});
}

let received = 0;

/**
 * A request of the relay, taken by `animator`, whose appointment was held at `heldAt`. The
 * requests arrive in the order they are made, a minute apart, whatever `heldAt`: the tests
 * make them out of held order, so that an order by arrival would show.
 */
async function heldRequest(
	relay: Relay,
	heldAt: Date,
	animator: { id: string; relayId: string } = relay.animator,
	status: RequestStatus = 'appointment_held'
) {
	const request = await takenRequest(
		t.db,
		relay.commune.inseeCode,
		animator.id,
		new Date(Date.UTC(2027, 0, 1) + (received += 1) * 60_000)
	);
	await appointmentOf(t.db, request, animator, heldAt, 'attended');
	await forceStatus(t.db, request.id, status, animator.id);
	return request;
}

const references = (page: Awaited<ReturnType<typeof listFollowUps>>) =>
	page.rows.map((row) => row.reference);

const all = { mine: false, page: 1 };

describe('the follow-up list', () => {
	it('holds the open requests with an appointment held and no outcome, oldest first by first appointment held', async () => {
		const relay = await makeQueueRelay(t.db, 'Relais Suivi');
		const recent = await heldRequest(relay, daysBefore(5));
		const oldest = await heldRequest(relay, daysBefore(60));
		const middle = await heldRequest(relay, daysBefore(20));
		// Held long ago, then again recently: the first one held counts.
		const heldTwice = await heldRequest(relay, daysBefore(40), relay.colleague);
		await appointmentOf(t.db, heldTwice, relay.colleague, daysBefore(2), 'attended');
		// A cancelled or missed appointment, even earlier, is not one held.
		await appointmentOf(t.db, recent, relay.colleague, daysBefore(90), 'cancelled');
		await appointmentOf(t.db, recent, relay.colleague, daysBefore(80), 'no_show');

		// Not on the list: no appointment held yet; closed or cancelled without an outcome.
		const booked = await takenRequest(t.db, relay.commune.inseeCode, relay.animator.id, NOW);
		await appointmentOf(t.db, booked, relay.animator, daysBefore(1, 14), 'booked');
		await heldRequest(relay, daysBefore(70), relay.animator, 'cancelled_by_family');
		await heldRequest(relay, daysBefore(75), relay.animator, 'closed_by_relay');

		const page = await listFollowUps(t.db, relay.animator, all, NOW);

		expect(references(page)).toEqual([
			oldest.reference,
			heldTwice.reference,
			middle.reference,
			recent.reference
		]);
		expect(page.total).toBe(4);
		expect(page.firstRank).toBe(1);
		expect(page.pageCount).toBe(1);
		const first = page.rows[0];
		expect(first?.firstHeldAt).toEqual(daysBefore(60));
		expect(first?.daysSince).toBe(60);
		expect(first?.familyName).toMatch(/^Famille Rendez-vous/);
		expect(first?.commune).toBe(relay.commune.name);
		expect(first?.assignee).toEqual({ id: relay.animator.id, name: relay.animator.name });
		expect(page.rows[1]?.firstHeldAt).toEqual(daysBefore(40));
		expect(page.rows[1]?.assignee?.id).toBe(relay.colleague.id);
	});

	it('drops a request when its outcome is recorded, and takes it back when the outcome is reopened', async () => {
		const relay = await makeQueueRelay(t.db, 'Relais Issue');
		const kept = await heldRequest(relay, daysBefore(30));
		const solved = await heldRequest(relay, daysBefore(45));
		const reopened = await heldRequest(relay, daysBefore(50));
		const author = { source: 'relay' as const, staffId: relay.animator.id };
		await writeOutcome(t.db, {
			requestId: solved.id,
			from: 'appointment_held',
			facts: { found: true, careKind: 'mam', startDate: null, fromRelayList: true },
			author,
			now: daysBefore(3)
		});
		await writeOutcome(t.db, {
			requestId: reopened.id,
			from: 'appointment_held',
			facts: { found: false, reason: 'no_place_at_hours' },
			author,
			now: daysBefore(3)
		});
		expect(references(await listFollowUps(t.db, relay.animator, all, NOW))).toEqual([
			kept.reference
		]);

		await reopenOutcome(t.db, {
			requestId: reopened.id,
			from: 'closed_without_solution',
			actor: { kind: 'staff', userId: relay.animator.id },
			now: daysBefore(1)
		});

		expect(references(await listFollowUps(t.db, relay.animator, all, NOW))).toEqual([
			reopened.reference,
			kept.reference
		]);
	});

	it("never shows another relay's requests, nor an anonymised one", async () => {
		const relay = await makeQueueRelay(t.db, 'Relais Ici');
		const neighbour = await makeQueueRelay(t.db, 'Relais Là-bas');
		const own = await heldRequest(relay, daysBefore(10));
		const foreign = await heldRequest(neighbour, daysBefore(12));
		const anonymised = await heldRequest(relay, daysBefore(15));
		await t.db
			.update(childcareRequests)
			.set({ anonymisedAt: daysBefore(1), anonymisationCause: 'desk' })
			.where(eq(childcareRequests.id, anonymised.id));

		expect(references(await listFollowUps(t.db, relay.animator, all, NOW))).toEqual([
			own.reference
		]);
		expect(references(await listFollowUps(t.db, relay.admin, all, NOW))).toEqual([own.reference]);
		expect(references(await listFollowUps(t.db, neighbour.animator, all, NOW))).toEqual([
			foreign.reference
		]);
	});

	it("shows the follow-ups sent and the family's answer", async () => {
		const relay = await makeQueueRelay(t.db, 'Relais Relances');
		const answered = await heldRequest(relay, daysBefore(95));
		const silent = await heldRequest(relay, daysBefore(35));
		const none = await heldRequest(relay, daysBefore(10));
		await t.db.insert(requestFollowUps).values([
			{ requestId: answered.id, stage: 90, sentAt: daysBefore(5) },
			{
				requestId: answered.id,
				stage: 30,
				sentAt: daysBefore(65),
				answer: 'still_looking',
				answeredAt: daysBefore(64)
			},
			{ requestId: silent.id, stage: 30, sentAt: daysBefore(5) }
		]);

		const page = await listFollowUps(t.db, relay.animator, all, NOW);

		expect(references(page)).toEqual([answered.reference, silent.reference, none.reference]);
		expect(page.rows[0]?.followUps).toEqual([
			{
				stage: 30,
				sentAt: daysBefore(65),
				answer: 'still_looking',
				answeredAt: daysBefore(64)
			},
			{ stage: 90, sentAt: daysBefore(5), answer: null, answeredAt: null }
		]);
		expect(page.rows[1]?.followUps).toEqual([
			{ stage: 30, sentAt: daysBefore(5), answer: null, answeredAt: null }
		]);
		expect(page.rows[2]?.followUps).toEqual([]);
	});

	it('filters to the requests assigned to the animator', async () => {
		const relay = await makeQueueRelay(t.db, 'Relais Miennes');
		const mine = await heldRequest(relay, daysBefore(20));
		const theirs = await heldRequest(relay, daysBefore(30), relay.colleague);

		expect(
			references(await listFollowUps(t.db, relay.animator, { mine: true, page: 1 }, NOW))
		).toEqual([mine.reference]);
		expect(
			references(await listFollowUps(t.db, relay.colleague, { mine: true, page: 1 }, NOW))
		).toEqual([theirs.reference]);
	});

	it('pages by fifty, in the same order across pages', async () => {
		const relay = await makeQueueRelay(t.db, 'Relais Pages');
		const count = FOLLOW_UP_PAGE_SIZE + 2;
		const made: string[] = [];
		// Held one per day, the first made the most recent: the list reverses the making order.
		for (let i = 0; i < count; i += 1)
			made.push((await heldRequest(relay, daysBefore(i + 1))).reference);
		const expected = [...made].reverse();

		const first = await listFollowUps(t.db, relay.animator, all, NOW);
		const second = await listFollowUps(t.db, relay.animator, { mine: false, page: 2 }, NOW);
		const past = await listFollowUps(t.db, relay.animator, { mine: false, page: 3 }, NOW);

		expect(references(first)).toEqual(expected.slice(0, FOLLOW_UP_PAGE_SIZE));
		expect(references(second)).toEqual(expected.slice(FOLLOW_UP_PAGE_SIZE));
		expect([first.total, first.pageCount, first.firstRank]).toEqual([count, 2, 1]);
		expect([second.total, second.pageCount, second.firstRank]).toEqual([
			count,
			2,
			FOLLOW_UP_PAGE_SIZE + 1
		]);
		expect(past.rows).toEqual([]);
	});
});

/** The same database, through a drizzle instance that records every statement it sends. */
async function recordingDb(handle: TestDatabase): Promise<{ db: Database; statements: string[] }> {
	const statements: string[] = [];
	const logger = { logQuery: (query: string) => void statements.push(query) };
	const { $client } = handle.db as unknown as { $client: unknown };
	if (handle.kind === 'pglite') {
		const { drizzle } = await import('drizzle-orm/pglite');
		const client = $client as import('@electric-sql/pglite').PGlite;
		return { db: drizzle(client, { schema, logger }), statements };
	}
	const { drizzle } = await import('drizzle-orm/postgres-js');
	const client = $client as import('postgres').Sql;
	return { db: drizzle(client, { schema, logger }), statements };
}

describe('the follow-up list reads its page in one statement', () => {
	it('whatever the number of rows and follow-ups (no query per row)', async () => {
		const relay = await makeQueueRelay(t.db, 'Relais Requête');
		for (const days of [40, 35, 31]) {
			const request = await heldRequest(relay, daysBefore(days));
			await t.db
				.insert(requestFollowUps)
				.values({ requestId: request.id, stage: 30, sentAt: daysBefore(days - 30) });
		}
		const { db, statements } = await recordingDb(t);

		const page = await listFollowUps(db, relay.animator, all, NOW);

		expect(page.rows).toHaveLength(3);
		expect(page.rows.every((row) => row.followUps.length === 1)).toBe(true);
		expect(statements).toHaveLength(1);
	});
});

describe('the follow-up list address', () => {
	it('reads the filter and the page, and falls back on anything else', () => {
		const parse = (query: string) => parseFollowUpListQuery(new URLSearchParams(query));
		expect(parse('')).toEqual({ mine: false, page: 1 });
		expect(parse('attribution=moi&page=3')).toEqual({ mine: true, page: 3 });
		expect(parse('attribution=autre&page=-2')).toEqual({ mine: false, page: 1 });
		expect(parse('page=abc')).toEqual({ mine: false, page: 1 });
		expect(parse('page=2.5')).toEqual({ mine: false, page: 1 });
		expect(followUpListHref({ mine: true, page: 3 })).toBe('/relais/suivis?attribution=moi&page=3');
		expect(followUpListHref({ mine: false, page: 1 })).toBe('/relais/suivis');
	});
});
