import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { calendarFeeds, staffUsers } from '../../src/lib/server/db/schema';
import {
	calendarFeedCreatedAt,
	calendarFeedUrl,
	createCalendarFeed,
	renderCalendarFeed,
	revokeCalendarFeed
} from '../../src/lib/server/appointments/calendar-feed';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { createTestDatabase, type TestDatabase } from './test-database';
import { insertAppointment, makeCalendarRelay, referenceOf } from './calendar-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const now = new Date('2026-12-01T08:00:00Z');
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('calendar feed', () => {
	it('stores only the hash of a 160-bit token, in an address of its own', async () => {
		const team = await makeCalendarRelay(t.db);
		const token = await createCalendarFeed(t.db, team.animator.id, now);

		expect(token).toMatch(/^[a-z2-7]{32}$/);
		const rows = await t.db
			.select()
			.from(calendarFeeds)
			.where(eq(calendarFeeds.staffId, team.animator.id));
		expect(rows.map((r) => r.id)).toEqual([hashToken(token)]);
		expect(JSON.stringify(rows)).not.toContain(token);
		expect(calendarFeedUrl(token)).toMatch(new RegExp(`/calendrier/${token}\\.ics$`));
		expect(await calendarFeedCreatedAt(t.db, team.animator.id)).toEqual(now);
	});

	it('publishes the animator’s booked and held appointments with the reference, the family and the number to call', async () => {
		const team = await makeCalendarRelay(t.db);
		const call = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-03T09:00:00Z'),
			contact: { parentNames: 'Camille Durand' }
		});
		const visit = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-11-30T09:00:00Z'),
			kind: 'place',
			status: 'attended'
		});
		const cancelled = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-04T09:00:00Z'),
			status: 'cancelled'
		});
		const offered = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-04T10:00:00Z'),
			status: 'offered'
		});
		const colleagues = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-03T09:00:00Z'),
			animatorId: team.colleague.id
		});
		const token = await createCalendarFeed(t.db, team.animator.id, now);

		const ics = unfold((await renderCalendarFeed(t.db, token, now)) ?? '');

		expect(ics).toContain('METHOD:PUBLISH');
		expect(ics).toContain(`UID:${call.icalUid}`);
		expect(ics).toContain(`UID:${visit.icalUid}`);
		for (const absent of [cancelled, offered, colleagues])
			expect(ics).not.toContain(absent.icalUid);
		const reference = await referenceOf(t.db, call.requestId);
		expect(ics).toContain(`SUMMARY:Appel ${reference} — Camille Durand`);
		expect(ics).toContain('Appeler au 06 39 98 00 01');
		expect(ics).toContain('LOCATION:Maison de l’enfance\\, 3 rue des Écoles');
		// Nothing the animator does not need to prepare: no email, no child, no address of the family.
		expect(ics).not.toMatch(/exemple\.test/);
	});

	it('answers nothing for an unknown token, a replaced one, a revoked one or a deactivated account', async () => {
		const team = await makeCalendarRelay(t.db);
		expect(await renderCalendarFeed(t.db, 'a'.repeat(32), now)).toBeNull();

		const first = await createCalendarFeed(t.db, team.animator.id, now);
		expect(await renderCalendarFeed(t.db, first, now)).not.toBeNull();
		const second = await createCalendarFeed(t.db, team.animator.id, now);
		expect(await renderCalendarFeed(t.db, first, now)).toBeNull();
		expect(await renderCalendarFeed(t.db, second, now)).not.toBeNull();

		await revokeCalendarFeed(t.db, team.animator.id);
		expect(await renderCalendarFeed(t.db, second, now)).toBeNull();
		expect(await calendarFeedCreatedAt(t.db, team.animator.id)).toBeNull();

		const third = await createCalendarFeed(t.db, team.animator.id, now);
		await t.db.update(staffUsers).set({ active: false }).where(eq(staffUsers.id, team.animator.id));
		expect(await renderCalendarFeed(t.db, third, now)).toBeNull();
	});
});
