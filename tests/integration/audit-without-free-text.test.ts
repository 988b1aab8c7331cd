import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, requestEvents } from '../../src/lib/server/db/schema';
import { pgErrorCode } from '../../src/lib/server/db/errors';
import { takeRequest } from '../../src/lib/server/queue/take-next';
import { transferRequest } from '../../src/lib/server/queue/transfer-request';
import { findMarkers } from './database-scan';
import { makeMarkedRequest, textMarkersOf } from './marked-request';
import { auditEntriesOf, eventsOf, makeQueueRelay, receiveRequest } from './queue-fixtures';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * The audit log is append-only and outlives a request's retention: an entry about a request
 * says who did what and when, with codes, never words about the family (DOMAIN, issue 12 §6).
 */
let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

describe('audit entries about a request', () => {
	it('hold none of the words anyone wrote about the family, whatever was done to it', async () => {
		// Transferred, taken out of turn, noted, called, booked by phone, closed with a comment
		// by the family and by the relay: every field holds a marker.
		const requests = [
			await makeMarkedRequest(t.db, { closing: 'family' }),
			await makeMarkedRequest(t.db, { closing: 'relay' })
		];
		const markers = requests.flatMap((request) => textMarkersOf(request.markers));
		const found = await findMarkers(t.db, markers);
		// The markers are in the database (the scan can fail)…
		expect(markers.filter((marker) => !found.has(marker))).toEqual([]);
		// …but none in the audit log.
		const inAudit = [...found].filter(([, places]) =>
			places.some((place) => place.startsWith('audit_log.'))
		);
		expect(inAudit).toEqual([]);
		for (const request of requests) {
			expect(await auditEntriesOf(t.db, request.id, 'request.taken')).toMatchObject([
				{ details: { outOfTurn: true, olderWaiting: 1 } }
			]);
			expect(await auditEntriesOf(t.db, request.id, 'request.transferred')).toHaveLength(1);
		}
	});
});

describe('migration 0013: reasons out of the audit log', () => {
	const statements = readFileSync('drizzle/0013_audit_without_free_text.sql', 'utf8')
		.split('--> statement-breakpoint')
		.map((statement) => statement.trim())
		.filter(Boolean);

	it('copies the reasons of old entries to their events, removes them from the entries, and leaves the log append-only', async () => {
		const west = await makeQueueRelay(t.db, 'Relais Ouest 0013');
		const east = await makeQueueRelay(t.db, 'Relais Est 0013');
		await receiveRequest(t.db, east.commune.inseeCode, new Date('2027-01-04T09:00:00Z'));
		const request = await receiveRequest(
			t.db,
			west.commune.inseeCode,
			new Date('2027-01-05T09:00:00Z')
		);
		const transferReason = 'Les parents travaillent à l’est (ancien motif)';
		const takeReason = 'La famille a rappelé (ancien motif)';
		expect(
			await transferRequest(t.db, west.admin, request.id, east.relay.id, transferReason)
		).toMatchObject({ ok: true });
		expect(await takeRequest(t.db, east.animator, request.id, takeReason)).toMatchObject({
			ok: true
		});
		// Rewritten the way the code before 0013 wrote them: the reason of the take in the audit
		// entry only, the transfer's in both.
		const taken = (await eventsOf(t.db, request.id)).find((event) => event.kind === 'taken');
		if (!taken) throw new Error('no taken event');
		await t.db
			.update(requestEvents)
			.set({ details: { from: 'received', status: 'in_progress', outOfTurn: true } })
			.where(eq(requestEvents.id, taken.id));
		await t.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
		await t.db
			.update(auditLog)
			.set({
				details: sql`${auditLog.details} || ${JSON.stringify({ reason: takeReason })}::jsonb`
			})
			.where(and(eq(auditLog.entityId, request.id), eq(auditLog.action, 'request.taken')));
		await t.db
			.update(auditLog)
			.set({
				details: sql`${auditLog.details} || ${JSON.stringify({ reason: transferReason })}::jsonb`
			})
			.where(and(eq(auditLog.entityId, request.id), eq(auditLog.action, 'request.transferred')));
		await t.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
		expect(
			(await auditEntriesOf(t.db, request.id)).filter((entry) => 'reason' in entry.details)
		).toHaveLength(2);

		for (const statement of statements) await t.db.execute(sql.raw(statement));

		const events = await eventsOf(t.db, request.id);
		expect(events.find((event) => event.kind === 'taken')?.details).toMatchObject({
			outOfTurn: true,
			reason: takeReason,
			olderWaiting: 1
		});
		expect(events.find((event) => event.kind === 'transferred')?.details).toMatchObject({
			reason: transferReason
		});
		const entries = await auditEntriesOf(t.db, request.id);
		expect(entries.filter((entry) => 'reason' in entry.details)).toEqual([]);
		expect(entries.find((entry) => entry.action === 'request.taken')?.details).toMatchObject({
			outOfTurn: true,
			olderWaiting: 1
		});
		const update = t.db.execute(sql`update audit_log set action = 'rewritten'`);
		await expect(update).rejects.toSatisfy((e) => pgErrorCode(e) === '42501');
	});
});
