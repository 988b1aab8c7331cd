import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilityRules } from '../../src/lib/server/db/schema';
import { loadAgendaWeek, parseAgendaQuery } from '../../src/lib/server/appointments/agenda-week';
import { createTestDatabase, type TestDatabase } from './test-database';
import { insertAppointment, makeCalendarRelay, referenceOf } from './calendar-fixtures';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const now = new Date('2026-10-01T08:00:00Z');
const summary = (week: Awaited<ReturnType<typeof loadAgendaWeek>>) =>
	week.days.map((day) => ({
		date: day.date,
		entries: day.entries.map((e) =>
			e.type === 'appointment'
				? `${e.startsAt.toISOString()} ${e.reference} ${e.status}`
				: `${e.startsAt.toISOString()} libre ${e.kind}`
		)
	}));

describe('agenda week', () => {
	it('reads ?semaine= as its Monday, keeps the relay view for admins and falls back on this week', async () => {
		const team = await makeCalendarRelay(t.db);
		const params = (query: string) => new URLSearchParams(query);
		expect(parseAgendaQuery(params('semaine=2026-10-22&vue=relais'), team.admin, now)).toEqual({
			weekStart: '2026-10-19',
			view: 'relay',
			display: 'grid',
			badWeek: false
		});
		expect(parseAgendaQuery(params('affichage=liste'), team.animator, now).display).toBe('list');
		expect(parseAgendaQuery(params('semaine=2026-10-22&vue=relais'), team.animator, now).view).toBe(
			'mine'
		);
		expect(parseAgendaQuery(params('semaine=2026-02-30'), team.animator, now)).toEqual({
			weekStart: '2026-09-28',
			view: 'mine',
			display: 'grid',
			badWeek: true
		});
	});

	it('shows the animator’s appointments, held offers and free slots of a Paris week across the October clock change', async () => {
		const team = await makeCalendarRelay(t.db);
		// Mondays 09:00–10:30 by phone, 45-minute slots.
		await t.db.insert(availabilityRules).values({
			relayId: team.relay.id,
			animatorId: team.animator.id,
			weekday: 1,
			startTime: '09:00',
			endTime: '10:30',
			kind: 'phone',
			slotMinutes: 45,
			validFrom: '2026-01-01'
		});
		// Monday 19 October, 09:00 Paris (UTC+2): takes the first slot.
		const monday = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-10-19T07:00:00Z')
		});
		// Sunday 25 October 23:30 Paris, after the clocks went back (UTC+1): still this week.
		const sunday = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-10-25T22:30:00Z'),
			minutes: 20
		});
		// Monday 26 October 00:15 Paris: next week.
		await insertAppointment(t.db, team, {
			startsAt: new Date('2026-10-25T23:15:00Z'),
			minutes: 20
		});
		const held = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-10-21T08:00:00Z'),
			status: 'offered'
		});
		await insertAppointment(t.db, team, {
			startsAt: new Date('2026-10-22T08:00:00Z'),
			status: 'cancelled'
		});
		await insertAppointment(t.db, team, {
			startsAt: new Date('2026-10-22T09:00:00Z'),
			animatorId: team.colleague.id
		});

		const week = await loadAgendaWeek(
			t.db,
			team.animator,
			{ weekStart: '2026-10-19', view: 'mine' },
			now
		);

		const [mondayRef, sundayRef, heldRef] = await Promise.all(
			[monday, sunday, held].map((a) => referenceOf(t.db, a.requestId))
		);
		expect(summary(week)).toEqual([
			{
				date: '2026-10-19',
				entries: [
					`2026-10-19T07:00:00.000Z ${mondayRef} booked`,
					'2026-10-19T07:45:00.000Z libre phone'
				]
			},
			{ date: '2026-10-20', entries: [] },
			{ date: '2026-10-21', entries: [`2026-10-21T08:00:00.000Z ${heldRef} offered`] },
			{ date: '2026-10-22', entries: [] },
			{ date: '2026-10-23', entries: [] },
			{ date: '2026-10-24', entries: [] },
			{ date: '2026-10-25', entries: [`2026-10-25T22:30:00.000Z ${sundayRef} booked`] }
		]);
		// The grid places the same entries: Monday 9:00 in the first row, Sunday 23:30 shown.
		expect(week.grid?.columns.map((c) => c.date)).toEqual([
			'2026-10-19',
			'2026-10-20',
			'2026-10-21',
			'2026-10-22',
			'2026-10-23',
			'2026-10-25'
		]);
		expect(week.grid?.rows[0]?.time).toBe('09:00');
		expect(week.grid?.rows[0]?.cells[0]).toMatchObject({ type: 'entry', key: monday.id });
		expect(week).toMatchObject({
			weekEnd: '2026-10-25',
			previous: '2026-10-12',
			next: '2026-10-26'
		});

		const relay = await loadAgendaWeek(
			t.db,
			team.admin,
			{ weekStart: '2026-10-19', view: 'relay' },
			now
		);
		const thursday = relay.days[3]?.entries ?? [];
		expect(thursday.map((e) => [e.type, e.animatorName])).toEqual([
			['appointment', team.colleague.name]
		]);
	});
});
