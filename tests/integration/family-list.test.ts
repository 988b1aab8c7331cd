import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childminders, familyLists, mailOutbox } from '../../src/lib/server/db/schema';
import { searchDirectory } from '../../src/lib/server/directory/search/search-directory';
import {
	DEFAULT_RADIUS_KM,
	filtersFromRequest
} from '../../src/lib/server/directory/family-list/filters-from-request';
import { giveFamilyList } from '../../src/lib/server/directory/family-list/give-family-list';
import { prepareFamilyList } from '../../src/lib/server/directory/family-list/prepare-family-list';
import {
	familyListsForTracking,
	familyListsOfRequest,
	findGivenList
} from '../../src/lib/server/directory/family-list/read-family-lists';
import type { DirectoryFilters } from '../../src/lib/directory/directory-options';
import { createTestDatabase, type TestDatabase } from './test-database';
import { runTogether } from './run-together';
import {
	auditEntriesOf,
	eventsOf,
	forceStatus,
	makeQueueRelay,
	receiveRequest,
	requestRow
} from './queue-fixtures';
import { makeChildminder, makeMam, makeStructure } from './directory-fixtures';
import { weekdaysSchedule } from './request-fixtures';

let t: TestDatabase;
let relay: Awaited<ReturnType<typeof makeQueueRelay>>;
let other: Awaited<ReturnType<typeof makeQueueRelay>>;
const today = '2026-12-02';
/** The relay's commune only: the lists of these tests hold this relay's childminders. */
let filters: DirectoryFilters;

beforeAll(async () => {
	t = await createTestDatabase();
	relay = await makeQueueRelay(t.db, 'Relais Liste');
	other = await makeQueueRelay(t.db, 'Relais Voisin');
	filters = { communeInsee: relay.commune.inseeCode };
	const mam = await makeMam(t.db, relay.commune.inseeCode, 'MAM Les Hirondelles');
	await makeChildminder(t.db, relay.commune.inseeCode, { lastName: 'Abadie' });
	await makeChildminder(t.db, relay.commune.inseeCode, {
		lastName: 'Bertin',
		workSetting: 'mam',
		mamId: mam.id
	});
	await makeChildminder(t.db, relay.commune.inseeCode, { lastName: 'Corre' });
	await makeStructure(t.db, relay.commune.inseeCode, { name: 'Crèche Les Coccinelles' });
	await makeChildminder(t.db, other.commune.inseeCode, { lastName: 'Voisine' });
});
afterAll(async () => t.close());

let minute = 0;
const nextArrival = () => new Date(Date.UTC(2026, 10, 20, 8, minute++));
const newRequest = (input: Parameters<typeof receiveRequest>[3] = {}) =>
	receiveRequest(t.db, relay.commune.inseeCode, nextArrival(), input);

const give = (requestId: string, overrides: Partial<Parameters<typeof giveFamilyList>[1]> = {}) =>
	giveFamilyList(t.db, {
		requestId,
		staff: relay.animator,
		filters,
		orderBy: 'rotation',
		seed: 424242,
		idempotencyKey: randomUUID(),
		today,
		...overrides
	});

async function mailsTo(requestId: string) {
	const request = await requestRow(t.db, requestId);
	if (!request.email) throw new Error('request without email');
	return t.db.select().from(mailOutbox).where(eq(mailOutbox.to, request.email));
}
const listMails = async (requestId: string) =>
	(await mailsTo(requestId)).filter((mail) => mail.subject.includes('liste des modes'));

const listsOf = (requestId: string) =>
	t.db.select().from(familyLists).where(eq(familyLists.requestId, requestId));

describe('the filters a request implies', () => {
	it('takes the distance from the residence commune, the youngest child, the grid and the needs', async () => {
		const request = await newRequest({
			children: [
				{ birthDate: '2025-01-10', expectedBirthDate: null, needsSupport: null },
				{ birthDate: null, expectedBirthDate: '2027-01-15', needsSupport: true }
			],
			need: {
				desiredStart: '2027-03-01',
				weeklySchedule: {
					...weekdaysSchedule('06:30', '17:30'),
					sat: { start: '08:00', end: '12:00' }
				},
				periscolaire: ['after_school']
			}
		});
		const prepared = await prepareFamilyList(t.db, relay.animator, request.reference, {
			filters: null,
			orderBy: 'rotation',
			seed: null,
			today
		});
		expect(prepared?.requestFilters).toEqual({
			near: { communeInsee: relay.commune.inseeCode, maxKm: DEFAULT_RADIUS_KM },
			startDate: '2027-03-01',
			childBirthDate: '2027-01-15',
			siblings: 2,
			schedule: {
				mon: { start: '06:30', end: '17:30' },
				tue: { start: '06:30', end: '17:30' },
				thu: { start: '06:30', end: '17:30' },
				fri: { start: '06:30', end: '17:30' },
				sat: { start: '08:00', end: '12:00' }
			},
			atypical: ['before_7', 'saturday'],
			periscolaire: true,
			disabilityWelcome: true
		});
		expect(prepared?.filters).toEqual(prepared?.requestFilters);
		expect(prepared?.seed).toBeGreaterThan(0);
	});

	it('leaves the grid out when the hours vary, and siblings out for one child', () => {
		const filters = filtersFromRequest(
			{
				residenceInsee: '35238',
				desiredStart: '2027-01-04',
				weeklySchedule: weekdaysSchedule(),
				variableHours: true,
				atypicalEarly: false,
				atypicalLate: false,
				atypicalSaturday: false,
				atypicalSunday: false,
				atypicalNight: false,
				periscolaire: []
			},
			[{ birthDate: '2026-06-01', expectedBirthDate: null, needsSupport: false }]
		);
		expect(filters).toEqual({
			near: { communeInsee: '35238', maxKm: DEFAULT_RADIUS_KM },
			startDate: '2027-01-04',
			childBirthDate: '2026-06-01'
		});
	});

	it('answers nothing for a request of another relay', async () => {
		const request = await receiveRequest(t.db, other.commune.inseeCode, nextArrival());
		const prepared = await prepareFamilyList(t.db, relay.animator, request.reference, {
			filters: null,
			orderBy: 'name',
			seed: 1,
			today
		});
		expect(prepared).toBeNull();
	});
});

describe('giving the list', () => {
	it('stores the snapshot, an event for the family, an audit entry and one mail', async () => {
		const request = await newRequest();
		const result = await give(request.id);
		expect(result).toMatchObject({ ok: true, created: true, count: 3 });
		if (!result.ok) return;

		const [list] = await listsOf(request.id);
		expect(list?.givenBy).toBe(relay.animator.id);
		expect(list?.filters).toEqual(filters);
		expect(list?.seed).toBe(424242);
		expect(list?.entries.map((entry) => entry.childminderId)).toEqual(list?.childminderIds);
		expect(list?.structures.map((s) => s.name)).toEqual(
			expect.arrayContaining(['Crèche Les Coccinelles'])
		);

		const events = (await eventsOf(t.db, request.id)).filter((e) => e.kind === 'list_given');
		expect(events).toHaveLength(1);
		expect(events[0]?.visibleToFamily).toBe(true);
		const audit = await auditEntriesOf(t.db, request.id, 'request.list_given');
		expect(audit).toHaveLength(1);
		expect(audit[0]?.details).toMatchObject({ listId: result.listId, count: 3, seed: 424242 });

		const mails = await listMails(request.id);
		expect(mails).toHaveLength(1);
		const text = mails[0]?.text ?? '';
		for (const entry of list?.entries ?? []) expect(text).toContain(entry.name);
		expect(text).toContain('Crèche Les Coccinelles');
		expect(text).toMatch(/\/suivi\//);
		expect(text).not.toContain('Voisine');

		expect(await familyListsOfRequest(t.db, relay.animator, request.id)).toEqual([
			expect.objectContaining({ id: result.listId, count: 3, orderBy: 'rotation' })
		]);
	});

	it('gives one list and one mail for a form sent twice with the same key', async () => {
		const request = await newRequest();
		const idempotencyKey = randomUUID();
		const first = await give(request.id, { idempotencyKey });
		const second = await give(request.id, { idempotencyKey, seed: 7 });
		expect(first).toMatchObject({ ok: true, created: true });
		expect(second).toMatchObject({ ok: true, created: false });
		if (!first.ok || !second.ok) return;
		expect(second.listId).toBe(first.listId);
		expect(await listsOf(request.id)).toHaveLength(1);
		expect(await listMails(request.id)).toHaveLength(1);
		expect((await eventsOf(t.db, request.id)).filter((e) => e.kind === 'list_given')).toHaveLength(
			1
		);
	});

	it('gives one list and one mail when the same form is sent four times at once', async () => {
		const request = await newRequest();
		const idempotencyKey = randomUUID();
		const results = await runTogether(
			t,
			'family_lists',
			Array.from({ length: 4 }, () => () => give(request.id, { idempotencyKey }))
		);
		const ids = new Set(results.map((r) => (r.ok ? r.listId : r.refusal)));
		expect(ids.size).toBe(1);
		expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
		expect(await listsOf(request.id)).toHaveLength(1);
		expect(await listMails(request.id)).toHaveLength(1);
		expect(await auditEntriesOf(t.db, request.id, 'request.list_given')).toHaveLength(1);
	});

	it('refuses a request of another relay as not found, and writes nothing', async () => {
		const request = await receiveRequest(t.db, other.commune.inseeCode, nextArrival());
		expect(await give(request.id)).toEqual({ ok: false, refusal: 'not_found' });
		expect(await listsOf(request.id)).toHaveLength(0);
		expect(await listMails(request.id)).toHaveLength(0);
	});

	it('refuses a key already used for another request', async () => {
		const first = await newRequest();
		const second = await newRequest();
		const idempotencyKey = randomUUID();
		expect(await give(first.id, { idempotencyKey })).toMatchObject({ ok: true });
		expect(await give(second.id, { idempotencyKey })).toEqual({ ok: false, refusal: 'not_found' });
		expect(await listsOf(second.id)).toHaveLength(0);
	});

	it('refuses a closed request', async () => {
		const request = await newRequest();
		await forceStatus(t.db, request.id, 'cancelled_by_family', relay.animator.id);
		expect(await give(request.id)).toEqual({ ok: false, refusal: 'closed' });
		expect(await listsOf(request.id)).toHaveLength(0);
	});

	it('keeps the order the search gives for that seed', async () => {
		const request = await newRequest();
		for (const seed of [1, 99, 123456789]) {
			const result = await give(request.id, { seed });
			if (!result.ok) throw new Error('not given');
			const searched = await searchDirectory(t.db, {
				relayId: relay.relay.id,
				filters,
				order: { by: 'rotation', seed },
				today
			});
			const given = await findGivenList(t.db, relay.animator, request.reference, result.listId);
			expect(given?.entries.map((e) => e.childminderId)).toEqual(searched.map((m) => m.id));
		}
		const byName = await give(request.id, { orderBy: 'name' });
		if (!byName.ok) throw new Error('not given');
		const given = await findGivenList(t.db, relay.animator, request.reference, byName.listId);
		expect(given?.entries.map((e) => e.name.split(' ').at(-1))).toEqual([
			expect.stringMatching(/Abadie/i),
			expect.stringMatching(/Bertin/i),
			expect.stringMatching(/Corre/i)
		]);
	});
});

describe('neutrality of the list', () => {
	it('Neutrality 5: each list handed to a family is stored as an immutable snapshot (filters, seed, the ids in order) linked to the request', async () => {
		const request = await newRequest();
		const result = await give(request.id);
		if (!result.ok) throw new Error('not given');
		const [before] = await listsOf(request.id);
		const trackedBefore = await familyListsForTracking(t.db, request.id);

		// The database refuses any change to a given list.
		await expect(
			t.db.update(familyLists).set({ seed: 1 }).where(eq(familyLists.id, result.listId))
		).rejects.toThrow();

		// Her data change afterwards: the given list does not.
		const ids = before?.childminderIds ?? [];
		expect(ids.length).toBe(3);
		for (const id of ids) {
			await t.db
				.update(childminders)
				.set({
					lastName: 'Changé',
					phone: '+33611111111',
					address: '99 avenue Nouvelle',
					status: 'stopped'
				})
				.where(eq(childminders.id, id));
		}
		const [after] = await listsOf(request.id);
		expect(after).toEqual(before);
		expect(await familyListsForTracking(t.db, request.id)).toEqual(trackedBefore);
		expect(JSON.stringify(trackedBefore)).not.toContain('Changé');
		await t.db
			.update(childminders)
			.set({ status: 'active' })
			.where(
				and(
					eq(childminders.communeInsee, relay.commune.inseeCode),
					eq(childminders.status, 'stopped')
				)
			);
	});

	it('Neutrality 7: a childminder’s publication choices are respected (address or only commune; the right to object to publication of contact details)', async () => {
		const quiet = await makeQueueRelay(t.db, 'Relais Discret');
		const discreet = await makeChildminder(t.db, quiet.commune.inseeCode, {
			lastName: 'Discrète',
			address: '12 impasse Cachée',
			addressPublication: 'commune_only',
			phone: '+33622222222',
			email: 'discrete@example.org',
			contactsObjection: true
		});
		const open = await makeChildminder(t.db, quiet.commune.inseeCode, {
			lastName: 'Ouverte',
			address: '5 rue Visible',
			addressPublication: 'full_address',
			phone: '+33633333333',
			email: 'ouverte@example.org'
		});
		const request = await receiveRequest(t.db, quiet.commune.inseeCode, nextArrival());
		const result = await giveFamilyList(t.db, {
			requestId: request.id,
			staff: quiet.animator,
			filters: {},
			orderBy: 'name',
			seed: 5,
			idempotencyKey: randomUUID(),
			today
		});
		if (!result.ok) throw new Error('not given');

		const [list] = await listsOf(request.id);
		const discreetEntry = list?.entries.find((e) => e.childminderId === discreet.id);
		expect(discreetEntry).toMatchObject({ address: null, phone: null, email: null });
		expect(discreetEntry?.communeName).toBe(quiet.commune.name);
		const openEntry = list?.entries.find((e) => e.childminderId === open.id);
		expect(openEntry?.address).toContain('5 rue Visible');
		expect(openEntry?.phone).toBe('+33633333333');

		const [mail] = await listMails(request.id);
		expect(mail?.text).toContain('5 rue Visible');
		expect(mail?.text).not.toContain('impasse Cachée');
		expect(mail?.text).not.toContain('discrete@example.org');
		expect(mail?.text).not.toMatch(/06 ?22 ?22 ?22 ?22/);

		const tracked = JSON.stringify(await familyListsForTracking(t.db, request.id));
		expect(tracked).not.toContain('impasse Cachée');
		expect(tracked).not.toContain('discrete@example.org');
		expect(tracked).not.toContain('+33622222222');
	});
});
