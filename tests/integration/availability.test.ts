import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeStaff } from './fixtures';
import { makeQueueRelay, receiveRequest } from './queue-fixtures';
import {
	appointments,
	auditLog,
	availabilityRules,
	receptionPlaces,
	relayClosures,
	staffAbsences,
	staffUsers,
	type Appointment
} from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { loadFreeSlots } from '../../src/lib/server/appointments/load-free-slots';
import {
	addAvailabilityRule,
	addRelayClosure,
	addStaffAbsence,
	createReceptionPlace,
	deactivateAvailabilityRule,
	loadAvailabilitySettings,
	removeRelayClosure,
	removeStaffAbsence,
	setReceptionPlaceActive,
	updateReceptionPlace
} from '../../src/lib/server/appointments/availability-settings';
import { seedDemoData } from '../../src/lib/server/seed/seed-demo-data';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

/** Monday 12 January 2026, winter: 9:00 Paris = 08:00Z. */
const MONDAY = new Date('2026-01-12T00:00:00Z');
const NEXT_DAY = new Date('2026-01-13T00:00:00Z');
const NOW = new Date('2026-01-10T12:00:00Z');

async function relayWithRule(db: Database) {
	const setup = await makeQueueRelay(db);
	const [place] = await db
		.insert(receptionPlaces)
		.values({ relayId: setup.relay.id, name: 'Salle A', address: '1 rue A' })
		.returning();
	if (!place) throw new Error('place not created');
	await db.insert(availabilityRules).values({
		relayId: setup.relay.id,
		animatorId: setup.animator.id,
		weekday: 1,
		startTime: '09:00:00',
		endTime: '12:00:00',
		kind: 'place',
		placeId: place.id,
		slotMinutes: 45,
		validFrom: '2026-01-01'
	});
	const request = await receiveRequest(
		db,
		setup.commune.inseeCode,
		new Date('2026-01-05T09:00:00Z')
	);
	return { ...setup, place, request };
}

let uid = 0;
async function appointmentAt(
	db: Database,
	setup: Awaited<ReturnType<typeof relayWithRule>>,
	startsAt: string,
	status: Appointment['status'],
	offerExpiresAt: Date | null = null
) {
	uid += 1;
	const start = new Date(startsAt);
	await db.insert(appointments).values({
		relayId: setup.relay.id,
		requestId: setup.request.id,
		animatorId: setup.animator.id,
		kind: 'phone',
		phone: '0600000000',
		startsAt: start,
		endsAt: new Date(start.getTime() + 45 * 60_000),
		status,
		offerId: status === 'offered' ? crypto.randomUUID() : null,
		offerExpiresAt,
		icalUid: `availability-test-${uid}-${crypto.randomUUID()}@guichet.test`
	});
}

const starts = (slots: { startsAt: Date }[]) => slots.map((s) => s.startsAt.toISOString());

describe('loadFreeSlots', () => {
	it('reads the relay’s rules and cuts them into slots', async () => {
		const setup = await relayWithRule(t.db);
		const slots = await loadFreeSlots(t.db, setup.relay.id, { from: MONDAY, to: NEXT_DAY }, NOW);
		expect(starts(slots)).toEqual([
			'2026-01-12T08:00:00.000Z',
			'2026-01-12T08:45:00.000Z',
			'2026-01-12T09:30:00.000Z',
			'2026-01-12T10:15:00.000Z'
		]);
		expect(slots[0]).toMatchObject({
			animatorId: setup.animator.id,
			kind: 'place',
			placeId: setup.place.id
		});
	});

	it('removes booked, attended, no-show and still-held offered slots; keeps cancelled, released and expired offers', async () => {
		const setup = await relayWithRule(t.db);
		await appointmentAt(t.db, setup, '2026-01-12T08:00:00Z', 'booked');
		await appointmentAt(
			t.db,
			setup,
			'2026-01-12T08:45:00Z',
			'offered',
			new Date('2026-01-11T00:00:00Z')
		);
		// Cancelled and released rows may overlap anything: the constraint ignores them.
		await appointmentAt(t.db, setup, '2026-01-12T09:30:00Z', 'cancelled');
		await appointmentAt(t.db, setup, '2026-01-12T09:30:00Z', 'released');
		// An offer whose 48 hours are over no longer holds its slot.
		await appointmentAt(
			t.db,
			setup,
			'2026-01-12T10:15:00Z',
			'offered',
			new Date('2026-01-10T11:00:00Z')
		);
		const slots = await loadFreeSlots(t.db, setup.relay.id, { from: MONDAY, to: NEXT_DAY }, NOW);
		expect(starts(slots)).toEqual(['2026-01-12T09:30:00.000Z', '2026-01-12T10:15:00.000Z']);
		// The same offer held until after `now`: its slot is taken.
		const later = await loadFreeSlots(
			t.db,
			setup.relay.id,
			{ from: MONDAY, to: NEXT_DAY },
			new Date('2026-01-10T10:00:00Z')
		);
		expect(starts(later)).toEqual(['2026-01-12T09:30:00.000Z']);
	});

	it('removes absences and closures of the relay, not of another relay', async () => {
		const setup = await relayWithRule(t.db);
		const other = await relayWithRule(t.db);
		await t.db
			.insert(relayClosures)
			.values({ relayId: other.relay.id, startsOn: '2026-01-12', endsOn: '2026-01-12' });
		expect(
			await loadFreeSlots(t.db, setup.relay.id, { from: MONDAY, to: NEXT_DAY }, NOW)
		).toHaveLength(4);
		expect(await loadFreeSlots(t.db, other.relay.id, { from: MONDAY, to: NEXT_DAY }, NOW)).toEqual(
			[]
		);

		await t.db.insert(staffAbsences).values({
			relayId: setup.relay.id,
			staffId: setup.animator.id,
			startsOn: '2026-01-10',
			endsOn: '2026-01-12'
		});
		expect(await loadFreeSlots(t.db, setup.relay.id, { from: MONDAY, to: NEXT_DAY }, NOW)).toEqual(
			[]
		);
	});

	it('ignores deactivated rules and deactivated or official accounts; filters by animator', async () => {
		const setup = await relayWithRule(t.db);
		const range = { from: MONDAY, to: NEXT_DAY };
		expect(
			await loadFreeSlots(t.db, setup.relay.id, { ...range, animatorId: setup.colleague.id }, NOW)
		).toEqual([]);
		expect(
			await loadFreeSlots(t.db, setup.relay.id, { ...range, animatorId: setup.animator.id }, NOW)
		).toHaveLength(4);

		await t.db
			.update(staffUsers)
			.set({ active: false })
			.where(eq(staffUsers.id, setup.animator.id));
		expect(await loadFreeSlots(t.db, setup.relay.id, range, NOW)).toEqual([]);
		await t.db
			.update(staffUsers)
			.set({ active: true, role: 'official' })
			.where(eq(staffUsers.id, setup.animator.id));
		expect(await loadFreeSlots(t.db, setup.relay.id, range, NOW)).toEqual([]);
		await t.db
			.update(staffUsers)
			.set({ role: 'animator' })
			.where(eq(staffUsers.id, setup.animator.id));
		await t.db
			.update(availabilityRules)
			.set({ active: false })
			.where(eq(availabilityRules.animatorId, setup.animator.id));
		expect(await loadFreeSlots(t.db, setup.relay.id, range, NOW)).toEqual([]);
	});
});

async function auditActions(admin: SessionUser, entityId: string) {
	const rows = await t.db
		.select({ action: auditLog.action, actorId: auditLog.actorId, relayId: auditLog.relayId })
		.from(auditLog)
		.where(eq(auditLog.entityId, entityId))
		.orderBy(auditLog.id);
	for (const row of rows) expect(row).toMatchObject({ actorId: admin.id, relayId: admin.relayId });
	return rows.map((r) => r.action);
}

describe('availability settings', () => {
	it('an admin adds a place, a rule, an absence and a closure, each audited, and the slots follow', async () => {
		const { relay, admin, animator, colleague } = await makeQueueRelay(t.db);
		const place = await createReceptionPlace(t.db, admin, {
			name: 'Maison de l’enfance',
			address: '2 rue B',
			accessNotes: ''
		});
		if (!place.ok) throw new Error('place refused');
		const rule = await addAvailabilityRule(t.db, admin, {
			animatorId: animator.id,
			weekday: 1,
			startTime: '14:00:00',
			endTime: '15:30:00',
			kind: 'place',
			placeId: place.id,
			slotMinutes: 45,
			validFrom: '2026-01-01',
			validUntil: null
		});
		if (!rule.ok) throw new Error('rule refused');
		const range = { from: MONDAY, to: new Date('2026-01-20T00:00:00Z') };
		expect(starts(await loadFreeSlots(t.db, relay.id, range, NOW))).toEqual([
			'2026-01-12T13:00:00.000Z',
			'2026-01-12T13:45:00.000Z',
			'2026-01-19T13:00:00.000Z',
			'2026-01-19T13:45:00.000Z'
		]);

		const absence = await addStaffAbsence(t.db, admin, {
			staffId: animator.id,
			startsOn: '2026-01-12',
			endsOn: '2026-01-12',
			note: 'formation'
		});
		const closure = await addRelayClosure(t.db, admin, {
			startsOn: '2026-01-19',
			endsOn: '2026-01-19',
			label: 'pont'
		});
		if (!absence.ok || !closure.ok) throw new Error('refused');
		expect(await loadFreeSlots(t.db, relay.id, range, NOW)).toEqual([]);

		const settings = await loadAvailabilitySettings(t.db, relay.id, '2026-01-10');
		expect(settings.rules.map((r) => [r.animatorName, r.placeName])).toEqual([
			[animator.name, 'Maison de l’enfance']
		]);
		expect(settings.absences.map((a) => a.note)).toEqual(['formation']);
		expect(settings.closures.map((c) => c.label)).toEqual(['pont']);
		expect(settings.team.map((p) => p.id).sort()).toEqual(
			[admin.id, animator.id, colleague.id].sort()
		);
		// Absences and closures that are over are not listed any more.
		expect((await loadAvailabilitySettings(t.db, relay.id, '2026-01-20')).absences).toEqual([]);

		expect((await removeStaffAbsence(t.db, admin, absence.id)).ok).toBe(true);
		expect((await removeRelayClosure(t.db, admin, closure.id)).ok).toBe(true);
		expect(await loadFreeSlots(t.db, relay.id, range, NOW)).toHaveLength(4);
		expect((await deactivateAvailabilityRule(t.db, admin, rule.id)).ok).toBe(true);
		expect(await loadFreeSlots(t.db, relay.id, range, NOW)).toEqual([]);
		expect(
			(
				await updateReceptionPlace(t.db, admin, place.id, {
					name: 'Maison de l’enfance',
					address: '4 rue C',
					accessNotes: 'Étage 1'
				})
			).ok
		).toBe(true);
		expect(
			(await t.db.select().from(receptionPlaces).where(eq(receptionPlaces.id, place.id)))[0]
		).toMatchObject({
			address: '4 rue C',
			accessNotes: 'Étage 1'
		});
		expect((await setReceptionPlaceActive(t.db, admin, place.id, false)).ok).toBe(true);

		expect(await auditActions(admin, place.id)).toEqual([
			'reception_place.created',
			'reception_place.updated',
			'reception_place.deactivated'
		]);
		expect(await auditActions(admin, rule.id)).toEqual([
			'availability_rule.created',
			'availability_rule.deactivated'
		]);
		expect(await auditActions(admin, absence.id)).toEqual([
			'staff_absence.created',
			'staff_absence.removed'
		]);
		expect(await auditActions(admin, closure.id)).toEqual([
			'relay_closure.created',
			'relay_closure.removed'
		]);
	});

	it('refuses another relay’s rows, people and places, and writes nothing', async () => {
		const mine = await makeQueueRelay(t.db);
		const theirs = await relayWithRule(t.db);
		const admin = mine.admin;
		const [theirRule] = await t.db
			.select()
			.from(availabilityRules)
			.where(eq(availabilityRules.relayId, theirs.relay.id));
		if (!theirRule) throw new Error('no rule');
		const [theirAbsence] = await t.db
			.insert(staffAbsences)
			.values({
				relayId: theirs.relay.id,
				staffId: theirs.animator.id,
				startsOn: '2026-02-01',
				endsOn: '2026-02-02'
			})
			.returning();
		const [theirClosure] = await t.db
			.insert(relayClosures)
			.values({ relayId: theirs.relay.id, startsOn: '2026-02-01', endsOn: '2026-02-02' })
			.returning();
		if (!theirAbsence || !theirClosure) throw new Error('setup');
		const auditBefore = (
			await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.actorId, admin.id))
		)[0]?.n;

		expect(await deactivateAvailabilityRule(t.db, admin, theirRule.id)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await removeStaffAbsence(t.db, admin, theirAbsence.id)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await removeRelayClosure(t.db, admin, theirClosure.id)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await setReceptionPlaceActive(t.db, admin, theirs.place.id, false)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(
			await updateReceptionPlace(t.db, admin, theirs.place.id, {
				name: 'Pris',
				address: '9 rue Prise',
				accessNotes: ''
			})
		).toEqual({ ok: false, reason: 'not_found' });
		expect(
			(await t.db.select().from(receptionPlaces).where(eq(receptionPlaces.id, theirs.place.id)))[0]
				?.name
		).toBe('Salle A');
		const rule = {
			weekday: 2,
			startTime: '09:00:00',
			endTime: '10:00:00',
			slotMinutes: 30,
			validFrom: '2026-01-01',
			validUntil: null
		};
		expect(
			await addAvailabilityRule(t.db, admin, {
				...rule,
				animatorId: theirs.animator.id,
				kind: 'phone',
				placeId: null
			})
		).toEqual({
			ok: false,
			reason: 'person'
		});
		expect(
			await addAvailabilityRule(t.db, admin, {
				...rule,
				animatorId: mine.animator.id,
				kind: 'place',
				placeId: theirs.place.id
			})
		).toEqual({
			ok: false,
			reason: 'place'
		});
		expect(
			await addStaffAbsence(t.db, admin, {
				staffId: theirs.animator.id,
				startsOn: '2026-02-01',
				endsOn: '2026-02-01',
				note: ''
			})
		).toEqual({
			ok: false,
			reason: 'person'
		});
		const official = await makeStaff(t.db, mine.relay, 'official');
		expect(
			await addStaffAbsence(t.db, admin, {
				staffId: official.id,
				startsOn: '2026-02-01',
				endsOn: '2026-02-01',
				note: ''
			})
		).toEqual({
			ok: false,
			reason: 'person'
		});

		expect(
			(await t.db.select().from(availabilityRules).where(eq(availabilityRules.id, theirRule.id)))[0]
				?.active
		).toBe(true);
		expect(await t.db.$count(staffAbsences, eq(staffAbsences.id, theirAbsence.id))).toBe(1);
		expect(await t.db.$count(relayClosures, eq(relayClosures.id, theirClosure.id))).toBe(1);
		expect(await t.db.$count(availabilityRules, eq(availabilityRules.relayId, mine.relay.id))).toBe(
			0
		);
		expect(await t.db.$count(staffAbsences, eq(staffAbsences.relayId, mine.relay.id))).toBe(0);
		expect(
			(await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.actorId, admin.id)))[0]?.n
		).toBe(auditBefore);
	});
});

describe('demo availability', () => {
	it('gives each demo admin and animator four weekly rules, once', async () => {
		await seedDemoData(t.db);
		const rulesOf = async (email: string) =>
			t.db
				.select({
					weekday: availabilityRules.weekday,
					startTime: availabilityRules.startTime,
					kind: availabilityRules.kind,
					slotMinutes: availabilityRules.slotMinutes
				})
				.from(availabilityRules)
				.innerJoin(staffUsers, eq(staffUsers.id, availabilityRules.animatorId))
				.where(and(eq(staffUsers.email, email), eq(availabilityRules.active, true)))
				.orderBy(availabilityRules.weekday);
		const expected = [
			{ weekday: 1, startTime: '09:00:00', kind: 'place', slotMinutes: 45 },
			{ weekday: 2, startTime: '09:00:00', kind: 'place', slotMinutes: 45 },
			{ weekday: 3, startTime: '14:00:00', kind: 'phone', slotMinutes: 45 },
			{ weekday: 4, startTime: '09:00:00', kind: 'place', slotMinutes: 45 }
		];
		expect(await rulesOf('animation.ouest@rpe-demo.test')).toEqual(expected);
		expect(await rulesOf('admin.est@rpe-demo.test')).toEqual(expected);
		expect(await rulesOf('elu.ouest@rpe-demo.test')).toEqual([]);
		const total = await t.db.$count(availabilityRules);
		await seedDemoData(t.db);
		expect(await t.db.$count(availabilityRules)).toBe(total);
	});
});
