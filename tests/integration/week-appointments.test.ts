import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAgendaWeek } from '../../src/lib/server/appointments/agenda-week';
import { loadWeekAppointments } from '../../src/lib/server/appointments/week-appointments';
import { insertAppointment, makeCalendarRelay, referenceOf } from './calendar-fixtures';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * The staff home's "your appointments this week" (issue 9, item 4): it said "Aucun
 * rendez-vous cette semaine" while the agenda listed three.
 */

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

describe('the home’s appointments of the week', () => {
	it('counts an appointment later this week, like the agenda, on the Paris week', async () => {
		const team = await makeCalendarRelay(t.db, 'Relais Accueil Semaine');
		// Monday 30 November 2026, 08:30 in Paris.
		const now = new Date('2026-11-30T07:30:00Z');
		const thursday = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-03T13:00:00Z')
		});
		// Sunday 6 December at 23:30 in Paris is 22:30 UTC: still this week.
		const sunday = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-06T22:30:00Z'),
			kind: 'place'
		});
		// Monday 7 December at 00:30 in Paris (23:30 UTC on the 6th): next week.
		await insertAppointment(t.db, team, { startsAt: new Date('2026-12-06T23:30:00Z') });
		// Another animator's, and a cancelled one: not the animator's week.
		await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-02T09:00:00Z'),
			animatorId: team.colleague.id
		});
		await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-02T10:00:00Z'),
			status: 'cancelled'
		});

		const week = await loadWeekAppointments(t.db, team.animator, now);

		expect(week.count).toBe(2);
		expect(week).toMatchObject({ weekStart: '2026-11-30', weekEnd: '2026-12-06' });
		expect(
			week.days.map((day) => ({
				date: day.date,
				references: day.appointments.map((a) => a.reference)
			}))
		).toEqual([
			{ date: '2026-12-03', references: [await referenceOf(t.db, thursday.requestId)] },
			{ date: '2026-12-06', references: [await referenceOf(t.db, sunday.requestId)] }
		]);

		// The very appointments the animator's agenda shows for the same week.
		const agenda = await loadAgendaWeek(
			t.db,
			team.animator,
			{ weekStart: '2026-11-30', view: 'mine' },
			now
		);
		expect(week.days.flatMap((day) => day.appointments)).toEqual(
			agenda.days.flatMap((day) => day.entries.filter((entry) => entry.type === 'appointment'))
		);
	});

	it('is empty when the week holds nothing for the person', async () => {
		const team = await makeCalendarRelay(t.db, 'Relais Accueil Vide');
		const week = await loadWeekAppointments(t.db, team.admin, new Date('2026-11-30T07:30:00Z'));
		expect(week).toMatchObject({ count: 0, days: [] });
	});
});
