import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import {
	auditLog,
	childcareRequests,
	mailOutbox,
	rateLimitHits,
	requestEvents
} from '../../src/lib/server/db/schema';
import { config } from '../../src/lib/server/config';
import {
	cancelRequestByFamily,
	findRequestByTrackingToken,
	requestNewTrackingLink,
	TRACKING_LINK_LIMIT_PER_EMAIL,
	TRACKING_LINK_LIMIT_PER_IP,
	updateContactDetails
} from '../../src/lib/server/requests/tracking';
import { hitRateLimit, pruneRateLimitHits } from '../../src/lib/server/rate-limit/hit-rate-limit';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay } from './fixtures';
import { makeCommune, submitRequest } from './request-fixtures';
import { runTogether } from './run-together';
import type { RequestEventKind } from '../../src/lib/requests/request-events';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());
beforeEach(async () => {
	await t.db.delete(mailOutbox);
	await t.db.delete(rateLimitHits);
});

const NOW = new Date('2026-11-23T10:00:00Z');

async function newRequest(input: Parameters<typeof submitRequest>[2] = {}) {
	const relay = await makeRelay(t.db);
	const commune = await makeCommune(t.db, relay.id);
	return submitRequest(t.db, commune.inseeCode, input, { now: NOW });
}

const requestRow = async (id: string) => {
	const [row] = await t.db.select().from(childcareRequests).where(eq(childcareRequests.id, id));
	if (!row) throw new Error(`request ${id} is missing`);
	return row;
};

const eventsOf = (requestId: string, kind: RequestEventKind) =>
	t.db
		.select()
		.from(requestEvents)
		.where(and(eq(requestEvents.requestId, requestId), eq(requestEvents.kind, kind)));

const auditOf = (requestId: string, action: string) =>
	t.db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.entityId, requestId), eq(auditLog.action, action)));

const linkTokensIn = (text: string) =>
	[
		...text.matchAll(
			new RegExp(
				`${config.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/fr/suivi/([a-z2-7]+)`,
				'g'
			)
		)
	].map((match) => match[1] ?? '');

describe('correcting contact details', () => {
	it('saves the new details, with an event and an audit entry naming the fields only', async () => {
		const request = await newRequest();
		const later = new Date(NOW.getTime() + 60_000);

		const result = await updateContactDetails(
			t.db,
			request.trackingToken,
			{
				email: 'nouvelle.adresse@exemple.test',
				phone: '0639980099',
				appointmentMode: 'phone',
				contactTimes: 'le mercredi'
			},
			later
		);

		expect(result).toEqual({
			ok: true,
			changed: ['email', 'phone', 'appointmentMode', 'contactTimes']
		});
		expect(await requestRow(request.requestId)).toMatchObject({
			email: 'nouvelle.adresse@exemple.test',
			phone: '0639980099',
			appointmentMode: 'phone',
			contactTimes: 'le mercredi',
			parentNames: 'Camille Durand',
			updatedAt: later
		});
		const tracked = await findRequestByTrackingToken(t.db, request.trackingToken);
		expect(tracked?.contact.email).toBe('nouvelle.adresse@exemple.test');
		const [event] = await eventsOf(request.requestId, 'contact_updated');
		expect(event).toMatchObject({
			actorKind: 'family',
			details: { fields: result.ok ? result.changed : [] }
		});
		const audit = await auditOf(request.requestId, 'request.contact_updated');
		expect(audit).toHaveLength(1);
		expect(JSON.stringify(audit[0]?.details)).not.toContain('0639980099');
	});

	it('refuses to drop the email of a request sent online, and an unknown token', async () => {
		const request = await newRequest();
		const update = { phone: '0639980001', appointmentMode: 'relay' as const, contactTimes: '' };

		expect(await updateContactDetails(t.db, request.trackingToken, update)).toEqual({
			ok: false,
			reason: 'email_required'
		});
		expect((await requestRow(request.requestId)).email).toBe('camille.durand@exemple.test');
		expect(
			await updateContactDetails(t.db, 'inconnu', { ...update, email: 'a@exemple.test' })
		).toEqual({
			ok: false,
			reason: 'not_found'
		});
	});
});

describe('cancelling a request', () => {
	it('cancels once when two tabs cancel at the same moment', async () => {
		const request = await newRequest();
		const later = new Date(NOW.getTime() + 3_600_000);

		const results = await runTogether(t, 'childcare_requests', [
			() =>
				cancelRequestByFamily(t.db, request.trackingToken, { reason: 'found_elsewhere' }, later),
			() =>
				cancelRequestByFamily(
					t.db,
					request.trackingToken,
					{ reason: 'other', details: 'Nous déménageons.' },
					later
				)
		]);

		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'not_open' }]);
		expect(await requestRow(request.requestId)).toMatchObject({
			status: 'cancelled_by_family',
			closedAt: later
		});
		expect(await eventsOf(request.requestId, 'cancelled_by_family')).toHaveLength(1);
		const audit = await auditOf(request.requestId, 'request.cancelled_by_family');
		expect(audit).toHaveLength(1);
		expect(audit[0]?.actorKind).toBe('family');
		// The family's free text stays with the request, out of the audit log.
		expect(JSON.stringify(audit[0]?.details)).not.toContain('déménageons');
		const tracked = await findRequestByTrackingToken(t.db, request.trackingToken);
		expect(tracked?.status).toBe('cancelled_by_family');
		expect(tracked?.events.map((e) => e.kind)).toEqual(['received', 'cancelled_by_family']);
	});

	it('refuses once the request is closed, and leaves it as it was', async () => {
		const request = await newRequest();
		await t.db
			.update(childcareRequests)
			.set({ status: 'solution_recorded', closedAt: NOW })
			.where(eq(childcareRequests.id, request.requestId));

		expect(
			await cancelRequestByFamily(t.db, request.trackingToken, { reason: 'no_longer_needed' })
		).toEqual({
			ok: false,
			reason: 'not_open'
		});
		expect(await cancelRequestByFamily(t.db, 'inconnu', { reason: 'no_longer_needed' })).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect((await requestRow(request.requestId)).status).toBe('solution_recorded');
		expect(await eventsOf(request.requestId, 'cancelled_by_family')).toHaveLength(0);
		// Contact details of a closed request are not edited either.
		expect(
			await updateContactDetails(t.db, request.trackingToken, {
				email: 'x@exemple.test',
				appointmentMode: 'relay',
				contactTimes: ''
			})
		).toEqual({ ok: false, reason: 'closed' });
	});
});

describe('asking for a new tracking link', () => {
	it('rotates the token of every open request with that email and mails the new link', async () => {
		const email = 'famille.nguyen@exemple.test';
		const open = await newRequest({ contact: { email } });
		const closed = await newRequest({ contact: { email } });
		await t.db
			.update(childcareRequests)
			.set({ status: 'cancelled_by_family', closedAt: NOW })
			.where(eq(childcareRequests.id, closed.requestId));
		await t.db.delete(mailOutbox); // the confirmations

		const result = await requestNewTrackingLink(t.db, '  Famille.Nguyen@Exemple.test ', '10.1.0.1');

		expect(result).toEqual({ ok: true, renewed: 1 });
		const mails = await t.db.select().from(mailOutbox);
		expect(mails).toHaveLength(1);
		expect(mails[0]?.to).toBe(email);
		expect(mails[0]?.subject).toContain(open.reference);
		const [newToken] = linkTokensIn(mails[0]?.text ?? '');
		expect(newToken).toBeDefined();
		expect(newToken).not.toBe(open.trackingToken);
		expect(await findRequestByTrackingToken(t.db, open.trackingToken)).toBeNull();
		expect((await findRequestByTrackingToken(t.db, newToken ?? ''))?.id).toBe(open.requestId);
		// A closed request keeps its link: nothing to follow there any more.
		expect(await findRequestByTrackingToken(t.db, closed.trackingToken)).not.toBeNull();
		expect(await auditOf(open.requestId, 'request.tracking_link_renewed')).toHaveLength(1);
	});

	it('sends nothing for an unknown email, with the same answer', async () => {
		await newRequest({ contact: { email: 'connue@exemple.test' } });
		await t.db.delete(mailOutbox);

		expect(await requestNewTrackingLink(t.db, 'inconnue@exemple.test', '10.1.0.2')).toEqual({
			ok: true,
			renewed: 0
		});
		expect(await t.db.select().from(mailOutbox)).toHaveLength(0);
	});

	it('is limited per email and per client address, known email or not', async () => {
		for (let i = 0; i < TRACKING_LINK_LIMIT_PER_EMAIL.limit; i++) {
			expect((await requestNewTrackingLink(t.db, 'cible@exemple.test', `10.2.0.${i}`)).ok).toBe(
				true
			);
		}
		expect(await requestNewTrackingLink(t.db, 'cible@exemple.test', '10.2.1.1')).toEqual({
			ok: false,
			reason: 'rate_limited'
		});

		for (let i = 0; i < TRACKING_LINK_LIMIT_PER_IP.limit; i++) {
			expect((await requestNewTrackingLink(t.db, `personne${i}@exemple.test`, '10.3.0.1')).ok).toBe(
				true
			);
		}
		expect(await requestNewTrackingLink(t.db, 'autre@exemple.test', '10.3.0.1')).toEqual({
			ok: false,
			reason: 'rate_limited'
		});
		// No email address is kept in the hits table.
		const keys = (await t.db.select({ key: rateLimitHits.key }).from(rateLimitHits)).map(
			(r) => r.key
		);
		expect(keys.some((key) => key.includes('@'))).toBe(false);
	});
});

describe('the rate limit helper', () => {
	const limit = { bucket: 'test', limit: 3, windowMs: 60_000 };

	it('allows `limit` hits per key within the window, then again once the window has passed', async () => {
		const at = (ms: number) => new Date(NOW.getTime() + ms);
		const hits = [];
		for (let i = 0; i < 4; i++)
			hits.push(await hitRateLimit(t.db, { ...limit, key: 'a', now: at(i * 1000) }));

		expect(hits).toEqual([true, true, true, false]);
		expect(await hitRateLimit(t.db, { ...limit, key: 'b', now: at(4000) })).toBe(true);
		expect(await hitRateLimit(t.db, { ...limit, key: 'a', now: at(30_000) })).toBe(false);
		// The first hit (at 0) leaves the sliding window after 60 s.
		expect(await hitRateLimit(t.db, { ...limit, key: 'a', now: at(60_500) })).toBe(true);
		expect(await hitRateLimit(t.db, { ...limit, key: 'a', now: at(60_600) })).toBe(false);
	});

	it('lets exactly `limit` hits through when they arrive at the same moment', async () => {
		const results = await runTogether(
			t,
			'rate_limit_hits',
			Array.from(
				{ length: 8 },
				() => () => hitRateLimit(t.db, { ...limit, key: 'together', now: NOW })
			)
		);

		expect(results.filter(Boolean)).toHaveLength(3);
	});

	it('prunes the hits older than a date', async () => {
		await hitRateLimit(t.db, { ...limit, key: 'old', now: new Date('2026-01-01T00:00:00Z') });
		await hitRateLimit(t.db, { ...limit, key: 'new', now: NOW });

		expect(await pruneRateLimitHits(t.db, new Date('2026-06-01T00:00:00Z'))).toBe(1);
		const [left] = await t.db.select({ n: count() }).from(rateLimitHits);
		expect(left?.n).toBe(1);
	});
});
