import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { mailOutbox, requestChildren } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { runHousekeeping } from '../../src/lib/server/housekeeping';
import { mailTrackingToken } from '../../src/lib/server/requests/tracking-link';
import { findRequestByTrackingToken } from '../../src/lib/server/requests/tracking';
import {
	anonymiseRequest,
	erasedEventDetails
} from '../../src/lib/server/requests/retention/anonymise-request';
import { logContact } from '../../src/lib/server/queue/contact-log';
import { addNote } from '../../src/lib/server/queue/request-notes';
import { reopenRequest } from '../../src/lib/server/requests/outcomes/reopen-request';
import { purgeExpiredRequests } from '../../src/lib/server/requests/retention/purge-expired-requests';
import { pruneOldMails } from '../../src/lib/server/requests/retention/prune-old-mails';
import { findMarkers, snapshotTables } from './database-scan';
import { makeMarkedRequest, textMarkersOf, type MarkedRequest } from './marked-request';
import { auditEntriesOf, eventsOf, requestRow } from './queue-fixtures';
import { rowsOf } from './rows';
import { createTestDatabase, type TestDatabase } from './test-database';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const DAY = 86_400_000;

/**
 * What the observatory and the CAF report count about a request: they must survive the
 * erasure of the family's personal data unchanged.
 */
async function observatoryFacts(db: Database, requestId: string) {
	const [facts] = rowsOf<Record<string, unknown>>(
		await db.execute(sql`
			select r.relay_id, r.residence_insee, r.work_insee, r.status, r.closure_reason,
				to_char(r.received_at at time zone 'Europe/Paris', 'YYYY-MM') as month,
				r.closed_at, r.regularity, r.variable_hours, r.weekly_schedule,
				r.atypical_early, r.atypical_late, r.atypical_saturday, r.atypical_sunday,
				r.atypical_night, r.periscolaire, r.care_kinds, r.desired_start, r.latest_start,
				(select json_agg(json_build_object('band', c.age_band, 'support', c.needs_support)
					order by c.position) from request_children c where c.request_id = r.id) as children,
				(select extract(day from min(a.starts_at) - r.received_at) from appointments a
					where a.request_id = r.id and a.status in ('booked', 'attended', 'no_show'))
					as days_to_first_appointment,
				(select json_agg(json_build_object('kind', a.kind, 'at', a.starts_at, 'status', a.status))
					from appointments a where a.request_id = r.id) as appointments,
				(select row_to_json(o) from (select found, care_kind, no_solution_reason, source
					from request_outcomes where request_id = r.id and reopened_at is null) o) as outcome
			from childcare_requests r where r.id = ${requestId}`)
	);
	return facts;
}

describe('the purge of expired requests', () => {
	let expired: MarkedRequest[] = [];
	let kept: MarkedRequest[] = [];
	// Closed on 1 March 2027: kept until 1 March 2029 (24 months).
	const now = new Date('2029-03-05T03:00:00Z');

	beforeAll(async () => {
		expired = [
			await makeMarkedRequest(t.db, { closing: 'family' }),
			await makeMarkedRequest(t.db, { closing: 'relay' }),
			await makeMarkedRequest(t.db, { closing: 'outcome' })
		];
		kept = [
			await makeMarkedRequest(t.db, { closing: 'open' }),
			// Closed a year later: not yet expired.
			await makeMarkedRequest(t.db, {
				closing: 'family',
				receivedAt: new Date('2028-03-01T09:00:00Z')
			})
		];
	});

	it('erases every marker of the expired requests from every text and JSON column, keeps the others’, and keeps the facts', async () => {
		const expiredMarkers = expired.flatMap((request) => textMarkersOf(request.markers));
		const keptMarkers = kept.flatMap((request) => textMarkersOf(request.markers));
		// The scan can fail: before the purge, every marker is somewhere.
		const before = await findMarkers(t.db, [...expiredMarkers, ...keptMarkers]);
		expect([...expiredMarkers, ...keptMarkers].filter((m) => !before.has(m))).toEqual([]);
		const factsBefore = await Promise.all(expired.map((r) => observatoryFacts(t.db, r.id)));
		expect(factsBefore[0]).toMatchObject({
			relay_id: expired[0]?.relay.id,
			month: '2027-03',
			status: 'cancelled_by_family',
			days_to_first_appointment: expect.anything()
		});
		expect(factsBefore[2]).toMatchObject({
			status: 'solution_recorded',
			outcome: { found: true, care_kind: 'micro_creche', source: 'relay' }
		});

		expect(await purgeExpiredRequests(t.db, now)).toMatchObject({ anonymised: 3 });

		expect(Object.fromEntries(await findMarkers(t.db, expiredMarkers))).toEqual({});
		const after = await findMarkers(t.db, keptMarkers);
		expect(keptMarkers.filter((m) => !after.has(m))).toEqual([]);
		expect(await Promise.all(expired.map((r) => observatoryFacts(t.db, r.id)))).toEqual(
			factsBefore
		);
		for (const request of expired) {
			const row = await requestRow(t.db, request.id);
			expect(row).toMatchObject({
				anonymisationCause: 'retention',
				anonymisedAt: now,
				email: null,
				phone: null
			});
			const children = await t.db
				.select()
				.from(requestChildren)
				.where(eq(requestChildren.requestId, request.id));
			expect(children.map((c) => [c.birthDate, c.expectedBirthDate])).toEqual([
				[null, null],
				[null, null]
			]);
			expect(
				await t.db.select().from(mailOutbox).where(eq(mailOutbox.requestId, request.id))
			).toEqual([]);
			expect(await auditEntriesOf(t.db, request.id, 'request.personal_data_erased')).toMatchObject([
				{ actorKind: 'system', details: { cause: 'retention' } }
			]);
			// Every old link answers 404: the issued token and a mail token alike.
			expect(await findRequestByTrackingToken(t.db, request.trackingToken)).toBeNull();
			expect(
				await findRequestByTrackingToken(t.db, mailTrackingToken(request.id, row.trackingTokenHash))
			).toBeNull();
		}
		for (const request of kept) {
			expect((await requestRow(t.db, request.id)).anonymisedAt).toBeNull();
			expect(await findRequestByTrackingToken(t.db, request.trackingToken)).not.toBeNull();
		}
	});

	it('changes nothing when run again, from the hourly housekeeping too', async () => {
		// The housekeeping also recounts the observatory (its own tables, derived): the rest stays.
		const data = async () =>
			Object.fromEntries(
				Object.entries(await snapshotTables(t.db)).filter(
					([table]) => !table.startsWith('observatory_')
				)
			);
		const snapshot = await data();
		expect(await purgeExpiredRequests(t.db, now)).toEqual({ anonymised: 0, mailsDeleted: 0 });
		await runHousekeeping(t.db, new Date(now.getTime() + 3_600_000));
		expect(await data()).toEqual(snapshot);
		for (const request of expired) {
			const erased = (await eventsOf(t.db, request.id)).filter(
				(event) => event.kind === 'personal_data_erased'
			);
			expect(erased).toHaveLength(1);
		}
	});
});

describe('a request that cannot be erased', () => {
	it('does not hold up the others: they are erased, it is reported, and the next run erases it', async () => {
		const now = new Date('2029-03-05T03:00:00Z');
		// Expired first, so the purge meets it before the other.
		const stuck = await makeMarkedRequest(t.db, {
			closing: 'relay',
			receivedAt: new Date('2027-02-01T09:00:00Z')
		});
		const other = await makeMarkedRequest(t.db, { closing: 'family' });
		// A fault on that one row only (a lock timeout, a bug on a rare value…).
		const refuse = `refuse_${stuck.id.replaceAll('-', '_')}`;
		await t.db.execute(
			sql.raw(`create function ${refuse}() returns trigger language plpgsql
				as $$ begin raise exception 'stuck'; end $$`)
		);
		await t.db.execute(
			sql.raw(`create trigger stuck before update on childcare_requests for each row
				when (old.id = '${stuck.id}') execute function ${refuse}()`)
		);
		try {
			await expect(purgeExpiredRequests(t.db, now)).rejects.toThrow(stuck.id);
			expect((await requestRow(t.db, other.id)).anonymisedAt).toEqual(now);
			expect((await requestRow(t.db, stuck.id)).anonymisedAt).toBeNull();
		} finally {
			await t.db.execute(sql.raw('drop trigger stuck on childcare_requests'));
		}
		expect(await purgeExpiredRequests(t.db, now)).toMatchObject({ anonymised: 1 });
		expect((await requestRow(t.db, stuck.id)).anonymisedAt).toEqual(now);
	});
});

describe('an erased request', () => {
	it('takes no more changes: no note, no call, no reopening', async () => {
		const request = await makeMarkedRequest(t.db, { closing: 'outcome' });
		const now = new Date('2029-03-05T03:00:00Z');
		await t.db.transaction((tx) => anonymiseRequest(tx, request.id, 'retention', now));
		const before = await snapshotTables(t.db);

		const animator = request.animator;
		expect(await addNote(t.db, animator, request.id, 'Mme X a rappelé', now)).toEqual({
			ok: false,
			refusal: 'not_found'
		});
		expect(
			await logContact(t.db, animator, request.id, { channel: 'call', outcome: 'reached' }, now)
		).toEqual({ ok: false, refusal: 'not_found' });
		expect(
			await reopenRequest(
				t.db,
				animator,
				{ requestId: request.id, expectedFrom: 'solution_recorded' },
				now
			)
		).toEqual({ ok: false, refusal: 'not_found' });
		expect(await snapshotTables(t.db)).toEqual(before);
	});
});

describe('anonymiseRequest', () => {
	it('a second call changes nothing', async () => {
		const request = await makeMarkedRequest(t.db, { closing: 'open' });
		const at = new Date('2027-04-01T10:00:00Z');
		const erase = () => t.db.transaction((tx) => anonymiseRequest(tx, request.id, 'family', at));
		expect(await erase()).toBe('erased');
		const snapshot = await snapshotTables(t.db);
		expect(await erase()).toBe('already_erased');
		expect(await snapshotTables(t.db)).toEqual(snapshot);
		expect(await auditEntriesOf(t.db, request.id, 'request.personal_data_erased')).toMatchObject([
			{ actorKind: 'family', details: { cause: 'family' } }
		]);
	});

	it('a desk erasure needs the admin who did it', async () => {
		const request = await makeMarkedRequest(t.db, { closing: 'open' });
		const at = new Date('2027-04-01T10:00:00Z');
		await expect(
			t.db.transaction((tx) => anonymiseRequest(tx, request.id, 'desk', at))
		).rejects.toThrow();
		expect(
			await t.db.transaction((tx) =>
				anonymiseRequest(tx, request.id, 'desk', at, { kind: 'staff', userId: request.admin.id })
			)
		).toBe('erased');
		expect(await auditEntriesOf(t.db, request.id, 'request.personal_data_erased')).toMatchObject([
			{ actorKind: 'staff', actorId: request.admin.id, details: { cause: 'desk' } }
		]);
	});

	it('keeps the codes of an event and drops the words', () => {
		expect(
			erasedEventDetails({
				from: 'received',
				status: 'closed_by_relay',
				reason: 'other',
				comment: 'Mme X a déménagé',
				details: 'texte libre',
				outOfTurn: true,
				olderWaiting: 2,
				unknownKey: 'gardé ?'
			})
		).toEqual({
			from: 'received',
			status: 'closed_by_relay',
			reason: 'other',
			outOfTurn: true,
			olderWaiting: 2
		});
		expect(erasedEventDetails({ reason: 'La famille part en formation' })).toEqual({});
	});
});

describe('old mails', () => {
	it('deletes sent mails after 30 days and failed ones after 90, and keeps the rest', async () => {
		const now = new Date('2027-06-01T12:00:00Z');
		const ago = (days: number) => new Date(now.getTime() - days * DAY);
		const mail = (subject: string, status: 'sent' | 'failed' | 'pending', days: number) => ({
			to: 'ancien@exemple.test',
			subject,
			text: 'Bonjour',
			status,
			createdAt: ago(days),
			sentAt: status === 'sent' ? ago(days) : null
		});
		await t.db
			.insert(mailOutbox)
			.values([
				mail('sent-31', 'sent', 31),
				mail('sent-29', 'sent', 29),
				mail('failed-91', 'failed', 91),
				mail('failed-89', 'failed', 89),
				mail('pending-200', 'pending', 200)
			]);
		expect(await pruneOldMails(t.db, now)).toBe(2);
		const left = await t.db
			.select({ subject: mailOutbox.subject })
			.from(mailOutbox)
			.where(eq(mailOutbox.to, 'ancien@exemple.test'));
		expect(left.map((m) => m.subject).sort()).toEqual(['failed-89', 'pending-200', 'sent-29']);
	});
});
