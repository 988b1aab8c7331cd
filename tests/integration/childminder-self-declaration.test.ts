import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, childminderAvailabilities, childminders } from '../../src/lib/server/db/schema';
import { addFreePlace } from '../../src/lib/server/directory/self-declaration/add-free-place';
import { removeFreePlace } from '../../src/lib/server/directory/self-declaration/remove-free-place';
import {
	confirmUnchanged,
	declareNoFreePlace
} from '../../src/lib/server/directory/self-declaration/confirm-declaration';
import { updateOwnOffer } from '../../src/lib/server/directory/self-declaration/update-offer';
import { updateOwnPublication } from '../../src/lib/server/directory/self-declaration/update-publication';
import { loadOwnDeclaration } from '../../src/lib/server/directory/self-declaration/own-declaration';
import { freePlaceSchema, type FreePlaceInput } from '../../src/lib/forms/childminder';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay } from './fixtures';
import { makeCommune } from './request-fixtures';
import { makeAvailability, makeChildminder, weekdays } from './directory-fixtures';

let t: TestDatabase;
let insee: string;
let relayId: string;
beforeAll(async () => {
	t = await createTestDatabase();
	const relay = await makeRelay(t.db);
	relayId = relay.id;
	insee = (await makeCommune(t.db, relay.id)).inseeCode;
});
afterAll(async () => t.close());

const NOW = new Date('2026-12-02T10:00:00Z');
const place = (overrides: Partial<FreePlaceInput> = {}): FreePlaceInput => ({
	ageBand: 'under_18m',
	availableFrom: '2027-01-04',
	regularity: 'regular',
	weeklySchedule: weekdays('08:00', '17:00'),
	...overrides
});

async function placesOf(childminderId: string) {
	return t.db
		.select()
		.from(childminderAvailabilities)
		.where(eq(childminderAvailabilities.childminderId, childminderId));
}
async function row(childminderId: string) {
	const [r] = await t.db.select().from(childminders).where(eq(childminders.id, childminderId));
	if (!r) throw new Error('no childminder');
	return r;
}

describe('her own declaration', () => {
	it('she declares a free place: stored with its band, dated, and her declaration renewed', async () => {
		const am = await makeChildminder(t.db, insee);
		expect((await loadOwnDeclaration(t.db, am.id, NOW))?.state).toBe('never');
		const added = await addFreePlace(t.db, am.id, place(), NOW);
		expect(added).toMatchObject({ ok: true, validUntil: '2027-06-15' });
		const [stored] = await placesOf(am.id);
		expect(stored).toMatchObject({
			ageMinMonths: 0,
			ageMaxMonths: 18,
			availableFrom: '2027-01-04',
			regularity: 'regular',
			validUntil: '2027-06-15'
		});
		expect(stored?.declaredOn).toEqual(NOW);
		const declared = await row(am.id);
		expect(declared.availabilityDeclaredAt).toEqual(NOW);
		expect(declared.availabilityValidUntil).toBe('2027-06-15');
		const page = await loadOwnDeclaration(t.db, am.id, NOW);
		expect(page?.state).toBe('declared');
		expect(page?.places).toHaveLength(1);
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, am.id), eq(auditLog.action, 'childminder.place_added')));
		expect(audit).toMatchObject({
			actorKind: 'childminder',
			actorId: null,
			relayId,
			entityType: 'childminder',
			entityId: am.id
		});
	});

	it('a periscolaire place has no upper age; an overnight slot is kept as typed', async () => {
		const am = await makeChildminder(t.db, insee);
		const parsed = freePlaceSchema({ today: '2026-12-02' }).safeParse({
			ageBand: 'from_3y',
			availableFrom: '04/01/2027',
			regularity: 'occasional',
			fri_start: '20:00',
			fri_end: '07:00',
			fri_overnight: 'on'
		});
		if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
		await addFreePlace(t.db, am.id, parsed.data, NOW);
		const [stored] = await placesOf(am.id);
		expect(stored).toMatchObject({ ageMinMonths: 36, ageMaxMonths: null });
		expect(stored?.weeklySchedule.fri).toEqual({ start: '20:00', end: '07:00' });
		expect(stored?.weeklySchedule.mon).toBeNull();
	});

	it('her declaration past its validity shows "à confirmer", and "rien n’a changé" renews it', async () => {
		const am = await makeChildminder(t.db, insee);
		await makeAvailability(t.db, am.id, {
			declaredOn: new Date('2026-01-10T10:00:00Z'),
			validUntil: '2026-06-15'
		});
		const before = await loadOwnDeclaration(t.db, am.id, NOW);
		expect(before?.state).toBe('to_confirm');
		expect(await confirmUnchanged(t.db, am.id, NOW)).toEqual({
			ok: true,
			validUntil: '2027-06-15'
		});
		const after = await loadOwnDeclaration(t.db, am.id, NOW);
		expect(after?.state).toBe('declared');
		const [kept] = await placesOf(am.id);
		expect(kept).toMatchObject({ validUntil: '2027-06-15' });
		expect(kept?.declaredOn).toEqual(NOW);
	});

	it('"aucune place libre" removes her places and renews her declaration', async () => {
		const am = await makeChildminder(t.db, insee);
		await addFreePlace(t.db, am.id, place(), NOW);
		await addFreePlace(t.db, am.id, place({ ageBand: 'from_18m_to_3y' }), NOW);
		expect(await declareNoFreePlace(t.db, am.id, NOW)).toMatchObject({ ok: true });
		expect(await placesOf(am.id)).toEqual([]);
		expect((await row(am.id)).availabilityValidUntil).toBe('2027-06-15');
		expect((await loadOwnDeclaration(t.db, am.id, NOW))?.state).toBe('declared');
	});

	it('she removes her own place', async () => {
		const am = await makeChildminder(t.db, insee);
		const added = await addFreePlace(t.db, am.id, place(), NOW);
		if (!added.ok) throw new Error('not added');
		expect(await removeFreePlace(t.db, am.id, added.placeId, NOW)).toMatchObject({ ok: true });
		expect(await placesOf(am.id)).toEqual([]);
	});

	it('her session cannot remove another childminder’s place, even with its real id', async () => {
		const her = await makeChildminder(t.db, insee);
		const other = await makeChildminder(t.db, insee);
		const othersPlace = await makeAvailability(t.db, other.id);
		const otherBefore = await row(other.id);
		expect(await removeFreePlace(t.db, her.id, othersPlace.id, NOW)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await placesOf(other.id)).toHaveLength(1);
		// Nothing of hers changed either: a refused removal declares nothing.
		expect((await row(her.id)).availabilityDeclaredAt).toBeNull();
		expect((await row(other.id)).availabilityDeclaredAt).toEqual(
			otherBefore.availabilityDeclaredAt
		);
	});

	it('her writes touch her row only', async () => {
		const her = await makeChildminder(t.db, insee);
		const other = await makeChildminder(t.db, insee);
		await makeAvailability(t.db, other.id);
		const otherBefore = await row(other.id);
		await addFreePlace(t.db, her.id, place(), NOW);
		await confirmUnchanged(t.db, her.id, NOW);
		await declareNoFreePlace(t.db, her.id, NOW);
		await updateOwnOffer(t.db, her.id, { offer: ['night'], languages: ['breton'] }, NOW);
		await updateOwnPublication(
			t.db,
			her.id,
			{ addressPublication: 'full_address', contactsObjection: true },
			NOW
		);
		expect(await row(other.id)).toEqual(otherBefore);
		expect(await placesOf(other.id)).toHaveLength(1);
	});

	it('her offer flags, languages and publication choices are hers to set', async () => {
		const am = await makeChildminder(t.db, insee, { offer: { night: true, saturday: true } });
		await updateOwnOffer(
			t.db,
			am.id,
			{ offer: ['periscolaire', 'disability_welcome'], languages: ['français', 'arabe'] },
			NOW
		);
		await updateOwnPublication(
			t.db,
			am.id,
			{ addressPublication: 'full_address', contactsObjection: true },
			NOW
		);
		const r = await row(am.id);
		expect(r.offer).toEqual({ periscolaire: true, disability_welcome: true });
		expect(r.languages).toEqual(['français', 'arabe']);
		expect(r.addressPublication).toBe('full_address');
		expect(r.contactsObjection).toBe(true);
		const page = await loadOwnDeclaration(t.db, am.id, NOW);
		expect(page?.offer).toEqual(['periscolaire', 'disability_welcome']);
		// Neither counts as an availability declaration.
		expect(r.availabilityDeclaredAt).toBeNull();
	});

	it('a stopped childminder’s session can write nothing', async () => {
		const am = await makeChildminder(t.db, insee, { status: 'stopped' });
		expect(await addFreePlace(t.db, am.id, place(), NOW)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await confirmUnchanged(t.db, am.id, NOW)).toEqual({ ok: false, reason: 'not_found' });
		expect(await placesOf(am.id)).toEqual([]);
		expect(await loadOwnDeclaration(t.db, am.id, NOW)).toBeNull();
	});

	it('no more than ten free places', async () => {
		const am = await makeChildminder(t.db, insee);
		for (let i = 0; i < 10; i++)
			expect((await addFreePlace(t.db, am.id, place(), NOW)).ok).toBe(true);
		expect(await addFreePlace(t.db, am.id, place(), NOW)).toEqual({
			ok: false,
			reason: 'too_many'
		});
	});
});

describe('her place form', () => {
	const schema = freePlaceSchema({ today: '2026-12-02' });
	it('refuses a place with no day, an end before its start, or a date too far, in French', () => {
		const result = schema.safeParse({
			ageBand: 'under_18m',
			availableFrom: '2030-01-01',
			regularity: 'regular',
			tue_start: '18:00',
			tue_end: '08:00'
		});
		expect(result.success).toBe(false);
		const messages = result.error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
		expect(messages).toContain('availableFrom: Indiquez une date dans les deux ans à venir.');
		expect(messages).toContain(
			'tue_end: L’heure de fin est avant l’heure de début : cochez « jusqu’au lendemain » pour une nuit.'
		);
		const empty = schema.safeParse({ ageBand: 'nope', regularity: 'regular', availableFrom: '' });
		const paths = empty.error?.issues.map((i) => String(i.path[0]));
		expect(paths).toEqual(expect.arrayContaining(['ageBand', 'availableFrom', 'mon_start']));
	});
});
