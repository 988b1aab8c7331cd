import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, or, sql } from 'drizzle-orm';
import {
	appointments,
	auditLog,
	childcareRequests,
	familyLists,
	mailOutbox,
	requestChildren,
	requestContacts,
	requestEvents,
	requestFollowUps,
	requestNotes,
	requestOutcomes
} from '../../src/lib/server/db/schema';
import { findRequestByTrackingToken } from '../../src/lib/server/requests/tracking';
import { mailTrackingToken } from '../../src/lib/server/requests/tracking-link';
import {
	downloadFamilyData,
	loadFamilyData
} from '../../src/lib/server/requests/rights/family-data';
import { familyDataPage } from '../../src/lib/server/requests/rights/family-data-page';
import { requestLocaleByToken } from '../../src/lib/server/requests/tracking-locale';
import { eraseAtDesk, eraseByFamily } from '../../src/lib/server/requests/rights/erase-request';
import { m } from '../../src/lib/i18n';
import { familyMessagesOf } from '../../src/lib/i18n/family';
import { formatPhone } from '../../src/lib/format/phone';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeMarkedRequest, textMarkersOf, type MarkedRequest } from './marked-request';
import { runTogether } from './run-together';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const NOW = new Date('2027-03-02T10:00:00Z');

/** Every marker of the request, the children's dates included. */
const allMarkers = (marked: MarkedRequest) => [
	...textMarkersOf(marked.markers),
	marked.markers.birthDate,
	marked.markers.expectedBirthDate
];

/** Every row the database holds about one request, as text. */
async function rowsAbout(requestId: string): Promise<string> {
	const db = t.db;
	const byRequest = <T>(rows: Promise<T[]>) => rows;
	const rows = [
		await byRequest(db.select().from(childcareRequests).where(eq(childcareRequests.id, requestId))),
		await db.select().from(requestChildren).where(eq(requestChildren.requestId, requestId)),
		await db.select().from(requestEvents).where(eq(requestEvents.requestId, requestId)),
		await db.select().from(appointments).where(eq(appointments.requestId, requestId)),
		await db.select().from(requestContacts).where(eq(requestContacts.requestId, requestId)),
		await db.select().from(requestNotes).where(eq(requestNotes.requestId, requestId)),
		await db.select().from(familyLists).where(eq(familyLists.requestId, requestId)),
		await db.select().from(requestOutcomes).where(eq(requestOutcomes.requestId, requestId)),
		await db.select().from(requestFollowUps).where(eq(requestFollowUps.requestId, requestId)),
		await db.select().from(mailOutbox).where(eq(mailOutbox.requestId, requestId)),
		await db
			.select()
			.from(auditLog)
			.where(
				or(eq(auditLog.entityId, requestId), sql`${auditLog.details}->>'requestId' = ${requestId}`)
			)
	];
	return JSON.stringify(rows);
}

async function storedHash(requestId: string) {
	const [row] = await t.db
		.select({ hash: childcareRequests.trackingTokenHash })
		.from(childcareRequests)
		.where(eq(childcareRequests.id, requestId));
	if (!row) throw new Error(`request ${requestId} is missing`);
	return row.hash;
}

const mailsTo = (to: string) => t.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));

describe('the family downloads its data', () => {
	it('holds every personal datum the database has about the request, and logs the download', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'open' });
		const data = await downloadFamilyData(t.db, marked.trackingToken, NOW);
		expect(data).not.toBeNull();
		const text = JSON.stringify(data);
		for (const marker of allMarkers(marked)) expect(text).toContain(marker);
		expect(data?.notes).toHaveLength(1);
		// Staff by role, never by name or email.
		expect(data?.notes[0]?.by).toBe('animator');
		expect(text).not.toContain(marked.animator.email);

		const downloads = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, marked.id), eq(auditLog.action, 'request.data_downloaded')));
		expect(downloads).toHaveLength(1);
		expect(downloads[0]?.actorKind).toBe('family');
		expect(downloads[0]?.details).toEqual({});
	});

	it('opens with the mail form of the link too, and nothing with a made-up token', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'family' });
		const mailToken = mailTrackingToken(marked.id, await storedHash(marked.id));
		const data = await loadFamilyData(t.db, mailToken);
		expect(data?.request.reference).toBe(marked.reference);
		expect(data?.request.status).toBe('cancelled_by_family');
		expect(await loadFamilyData(t.db, 'not-a-token-of-any-request')).toBeNull();
	});

	it('reads as French tables, each of them', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'open' });
		const page = await familyDataPage(t.db, marked.trackingToken, familyMessagesOf('fr'));
		const titles = page?.tables.map((table) => table.title);
		expect(titles).toEqual(Object.values(m.familyRights.data.sections));
		const text = JSON.stringify(page);
		// Phone numbers read as the family writes them on the page.
		const { phone, appointmentPhone } = marked.markers;
		const phones = [phone, appointmentPhone];
		for (const marker of textMarkersOf(marked.markers)) {
			expect(text).toContain(phones.includes(marker) ? formatPhone(marker) : marker);
		}
	});
});

describe('the data page in the family’s language', () => {
	it('reads in English: titles, codes in words, nothing French', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'open' });
		const en = familyMessagesOf('en');
		const page = await familyDataPage(t.db, marked.trackingToken, en);
		expect(page?.tables.map((table) => table.title)).toEqual(
			Object.values(en.familyRights.data.sections)
		);
		const request = page?.tables.find((table) => table.id === 'demande');
		expect(request?.columns).toEqual(['Data', 'Value']);
		expect(request?.rows.map(([label]) => label)).toContain('Received on');
		const history = page?.tables.find((table) => table.id === 'historique');
		expect(history?.rows[0]?.[1]).toBe(en.familyRights.data.eventKinds.received);
		const french = familyMessagesOf('fr').familyRights.data;
		const text = JSON.stringify(page);
		for (const words of [
			...Object.values(french.sections),
			...Object.values(french.eventKinds),
			...Object.values(french.statuses)
		]) {
			expect(text).not.toContain(`"${words}"`);
		}
	});

	it('knows the request’s language by its token, for the address that names none', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'open' });
		expect(await requestLocaleByToken(t.db, marked.trackingToken)).toBe('fr');
		await t.db
			.update(childcareRequests)
			.set({ locale: 'ar' })
			.where(eq(childcareRequests.id, marked.id));
		expect(await requestLocaleByToken(t.db, marked.trackingToken)).toBe('ar');
		const mailToken = mailTrackingToken(marked.id, await storedHash(marked.id));
		expect(await requestLocaleByToken(t.db, mailToken)).toBe('ar');
		expect(await requestLocaleByToken(t.db, 'not-a-token-of-any-request')).toBeNull();
	});
});

describe('the family erases its data', () => {
	it('removes every marker at once, frees the appointment, and kills both forms of the link', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'open' });
		const mailToken = mailTrackingToken(marked.id, await storedHash(marked.id));
		expect(await findRequestByTrackingToken(t.db, mailToken)).not.toBeNull();

		expect(await eraseByFamily(t.db, marked.trackingToken, NOW)).toEqual({ ok: true });

		const rows = await rowsAbout(marked.id);
		for (const marker of allMarkers(marked)) expect(rows).not.toContain(marker);
		const [request] = await t.db
			.select()
			.from(childcareRequests)
			.where(eq(childcareRequests.id, marked.id));
		expect(request?.status).toBe('cancelled_by_family');
		expect(request?.anonymisationCause).toBe('family');
		// The animator's agenda lets go of the slot: no appointment is booked any more.
		const booked = await t.db
			.select()
			.from(appointments)
			.where(and(eq(appointments.requestId, marked.id), eq(appointments.status, 'booked')));
		expect(booked).toEqual([]);

		expect(await findRequestByTrackingToken(t.db, marked.trackingToken)).toBeNull();
		expect(await findRequestByTrackingToken(t.db, mailToken)).toBeNull();
		expect(await loadFamilyData(t.db, marked.trackingToken)).toBeNull();
		expect(await loadFamilyData(t.db, mailToken)).toBeNull();
	});

	it('confirms once, to the address read before erasing, with nothing about the family', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'family' });
		await eraseByFamily(t.db, marked.trackingToken, NOW);
		// Erasing twice is harmless: the link opens nothing any more.
		expect(await eraseByFamily(t.db, marked.trackingToken, NOW)).toEqual({
			ok: false,
			reason: 'not_found'
		});

		const mails = await mailsTo(marked.markers.email);
		expect(mails).toHaveLength(1);
		const [mail] = mails;
		expect(mail?.subject).toBe(m.familyMail.erasure.subject);
		expect(mail?.requestId).toBeNull();
		const body = JSON.stringify({ subject: mail?.subject, text: mail?.text, html: mail?.html });
		for (const marker of allMarkers(marked)) expect(body).not.toContain(marker);
		expect(body).not.toContain('/suivi/');
	});
});

describe('the admin erases at the desk', () => {
	it('is logged with the admin as actor and no personal datum', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'relay' });
		expect(await eraseAtDesk(t.db, marked.admin, marked.id, NOW)).toEqual({
			ok: true,
			already: false
		});
		const rows = await rowsAbout(marked.id);
		for (const marker of allMarkers(marked)) expect(rows).not.toContain(marker);

		const entries = await t.db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.entityId, marked.id), eq(auditLog.action, 'request.personal_data_erased'))
			);
		expect(entries).toHaveLength(1);
		expect(entries[0]?.actorKind).toBe('staff');
		expect(entries[0]?.actorId).toBe(marked.admin.id);
		expect(entries[0]?.details).toEqual({ cause: 'desk' });
		// No confirmation mail from the desk: the family is there.
		expect(await mailsTo(marked.markers.email)).toEqual([]);
	});

	it('cancels an open request and its appointment first', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'open' });
		await eraseAtDesk(t.db, marked.admin, marked.id, NOW);
		const [request] = await t.db
			.select()
			.from(childcareRequests)
			.where(eq(childcareRequests.id, marked.id));
		expect(request?.status).toBe('cancelled_by_family');
		expect(request?.anonymisationCause).toBe('desk');
		const statuses = await t.db
			.select({ status: appointments.status })
			.from(appointments)
			.where(eq(appointments.requestId, marked.id));
		expect(statuses.map((s) => s.status)).toEqual(['cancelled']);
	});

	it('is refused to an animator, and to another relay', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'open' });
		expect(await eraseAtDesk(t.db, marked.animator, marked.id, NOW)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		const other = await makeMarkedRequest(t.db, { closing: 'open' });
		expect(await eraseAtDesk(t.db, other.admin, marked.id, NOW)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		const rows = await rowsAbout(marked.id);
		expect(rows).toContain(marked.markers.parentNames);
	});

	it('erasing twice changes nothing', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'relay' });
		await eraseAtDesk(t.db, marked.admin, marked.id, NOW);
		const before = await rowsAbout(marked.id);
		expect(await eraseAtDesk(t.db, marked.admin, marked.id, NOW)).toEqual({
			ok: true,
			already: true
		});
		expect(await rowsAbout(marked.id)).toBe(before);
	});
});

describe('erasures at once', () => {
	const erasuresOf = (requestId: string) =>
		t.db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.entityId, requestId), eq(auditLog.action, 'request.personal_data_erased'))
			);

	it('two tabs of the family: one erases, one finds nothing, one mail', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'open' });
		const results = await runTogether(t, 'childcare_requests', [
			() => eraseByFamily(t.db, marked.trackingToken, NOW),
			() => eraseByFamily(t.db, marked.trackingToken, NOW)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(await erasuresOf(marked.id)).toHaveLength(1);
		expect(await mailsTo(marked.markers.email)).toHaveLength(1);
	});

	it('the family and the desk: the request is erased once', async () => {
		const marked = await makeMarkedRequest(t.db, { closing: 'open' });
		await runTogether<{ ok: boolean }>(t, 'childcare_requests', [
			() => eraseByFamily(t.db, marked.trackingToken, NOW),
			() => eraseAtDesk(t.db, marked.admin, marked.id, NOW)
		]);
		expect(await erasuresOf(marked.id)).toHaveLength(1);
		const rows = await rowsAbout(marked.id);
		for (const marker of allMarkers(marked)) expect(rows).not.toContain(marker);
	});
});
