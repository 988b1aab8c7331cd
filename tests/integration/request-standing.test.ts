import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRequestFile } from '../../src/lib/server/queue/request-file';
import { insertAppointment, makeCalendarRelay, referenceOf } from './calendar-fixtures';
import { forceStatus } from './queue-fixtures';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * The request page's header says one status (issue 9, item 5): it showed "Rendez-vous tenu"
 * and, beside it, the countdown's "Rendez-vous pris".
 */

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const now = new Date('2026-12-02T09:00:00Z');

describe('the request file says where the request stands once', () => {
	it('held: the status alone, no countdown and no second appointment state', async () => {
		const team = await makeCalendarRelay(t.db, 'Relais Statut Tenu');
		const held = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-11-30T09:00:00Z'),
			status: 'attended'
		});
		await forceStatus(t.db, held.requestId, 'appointment_held', team.animator.id);

		const file = await loadRequestFile(
			t.db,
			team.animator,
			await referenceOf(t.db, held.requestId),
			now
		);

		expect(file?.standing).toEqual({
			status: 'appointment_held',
			countdown: null,
			appointment: null
		});
	});

	it('booked: the status, and beside it the appointment’s date and place', async () => {
		const team = await makeCalendarRelay(t.db, 'Relais Statut Fixé');
		const booked = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-03T09:00:00Z'),
			kind: 'place'
		});
		await forceStatus(t.db, booked.requestId, 'appointment_booked', team.animator.id);

		const file = await loadRequestFile(
			t.db,
			team.animator,
			await referenceOf(t.db, booked.requestId),
			now
		);

		expect(file?.standing).toEqual({
			status: 'appointment_booked',
			countdown: null,
			appointment: {
				state: 'booked',
				startsAt: new Date('2026-12-03T09:00:00Z'),
				kind: 'place',
				placeName: 'Maison de l’enfance',
				next: false
			}
		});
	});

	it('missed: "Rendez-vous fixé" says the family did not come', async () => {
		const team = await makeCalendarRelay(t.db, 'Relais Statut Absent');
		const missed = await insertAppointment(t.db, team, {
			startsAt: new Date('2026-12-01T09:00:00Z'),
			status: 'no_show'
		});
		await forceStatus(t.db, missed.requestId, 'appointment_booked', team.animator.id);

		const file = await loadRequestFile(
			t.db,
			team.animator,
			await referenceOf(t.db, missed.requestId),
			now
		);

		expect(file?.standing.appointment).toEqual({
			state: 'missed',
			startsAt: new Date('2026-12-01T09:00:00Z')
		});
	});
});
