import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay, makeStaff } from './fixtures';
import { makeCommune } from './request-fixtures';
import { makeChildminder, makeMam, makeStructure } from './directory-fixtures';
import { auditLog, careStructures } from '../../src/lib/server/db/schema';
import {
	findStructureForRelay,
	listRelayCommunes,
	listStructuresForRelay
} from '../../src/lib/server/directory/structures/list-structures';
import {
	createStructure,
	updateStructure
} from '../../src/lib/server/directory/structures/edit-structure';
import { careStructureSchema } from '../../src/lib/forms/care-structure';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const input = (communeInsee: string, overrides: Record<string, string> = {}) =>
	careStructureSchema.parse({
		kind: 'micro_creche',
		name: 'Micro-crèche Les Pousses',
		communeInsee,
		address: '3 rue de Vern',
		ageMinMonths: '3',
		ageMaxMonths: '36',
		hours: 'du lundi au vendredi, 7 h 30 – 19 h 00',
		capacity: '12',
		phone: '02 99 12 34 56',
		email: 'contact@pousses.example',
		website: '',
		...overrides
	});

describe('listStructuresForRelay', () => {
	it('lists every active structure and MAM of the relay’s communes, by kind, then commune, then name', async () => {
		const relay = await makeRelay(t.db);
		const other = await makeRelay(t.db);
		const acigne = await makeCommune(t.db, relay.id, 'Acigné');
		const zeta = await makeCommune(t.db, relay.id, 'Écully');
		const elsewhere = await makeCommune(t.db, other.id, 'Ailleurs');
		const loisirs = await makeStructure(t.db, acigne.inseeCode, {
			kind: 'accueil_loisirs',
			name: 'Accueil de loisirs A',
			ageMinMonths: 36,
			ageMaxMonths: null
		});
		const crecheZeta = await makeStructure(t.db, zeta.inseeCode, { name: 'Crèche A' });
		const crecheB = await makeStructure(t.db, acigne.inseeCode, { name: 'crèche B' });
		const crecheA = await makeStructure(t.db, acigne.inseeCode, {
			name: 'Crèche A',
			ageMinMonths: 2,
			ageMaxMonths: 36
		});
		const homeCare = await makeStructure(t.db, zeta.inseeCode, {
			kind: 'home_care_service',
			name: 'Garde à domicile',
			ageMinMonths: 0,
			ageMaxMonths: null,
			capacity: null
		});
		// Closed, or of another relay: not listed.
		await makeStructure(t.db, acigne.inseeCode, { name: 'Crèche fermée', active: false });
		await makeStructure(t.db, elsewhere.inseeCode, { name: 'Crèche d’ailleurs' });
		// A MAM with active childminders, its places together; one with only a stopped one.
		const mam = await makeMam(t.db, zeta.inseeCode, 'MAM Les Lutins');
		await makeChildminder(t.db, zeta.inseeCode, {
			workSetting: 'mam',
			mamId: mam.id,
			placesTotal: 4
		});
		await makeChildminder(t.db, zeta.inseeCode, {
			workSetting: 'mam',
			mamId: mam.id,
			placesTotal: 3
		});
		await makeChildminder(t.db, zeta.inseeCode, {
			workSetting: 'mam',
			mamId: mam.id,
			placesTotal: 2,
			placesUnder3: 2,
			status: 'stopped'
		});
		const closedMam = await makeMam(t.db, zeta.inseeCode, 'MAM Fermée');
		await makeChildminder(t.db, zeta.inseeCode, {
			workSetting: 'mam',
			mamId: closedMam.id,
			status: 'stopped'
		});
		const otherMam = await makeMam(t.db, elsewhere.inseeCode, 'MAM d’ailleurs');
		await makeChildminder(t.db, elsewhere.inseeCode, { workSetting: 'mam', mamId: otherMam.id });

		const list = await listStructuresForRelay(t.db, relay.id);
		expect(list.map((s) => [s.kind, s.communeName, s.name])).toEqual([
			['creche', 'Acigné', 'Crèche A'],
			['creche', 'Acigné', 'crèche B'],
			['creche', 'Écully', 'Crèche A'],
			['mam', 'Écully', 'MAM Les Lutins'],
			['home_care_service', 'Écully', 'Garde à domicile'],
			['accueil_loisirs', 'Acigné', 'Accueil de loisirs A']
		]);
		expect(list.map((s) => s.id)).toEqual([
			crecheA.id,
			crecheB.id,
			crecheZeta.id,
			mam.id,
			homeCare.id,
			loisirs.id
		]);
		const byId = new Map(list.map((s) => [s.id, s]));
		expect(byId.get(crecheA.id)?.ages).toBe('de 2 mois à 3 ans');
		expect(byId.get(loisirs.id)?.ages).toBe('dès 3 ans');
		expect(byId.get(homeCare.id)?.ages).toBe('dès la naissance');
		expect(byId.get(mam.id)?.capacity).toBe(7);
		expect(byId.get(crecheA.id)).toMatchObject({
			address: crecheA.address,
			hours: crecheA.hours,
			capacity: crecheA.capacity
		});
		// The same order whoever asks, every time.
		expect(await listStructuresForRelay(t.db, relay.id)).toEqual(list);
	});

	it('is empty for a relay with no structure', async () => {
		const relay = await makeRelay(t.db);
		await makeCommune(t.db, relay.id);
		expect(await listStructuresForRelay(t.db, relay.id)).toEqual([]);
	});
});

describe('a relay admin adds and corrects a structure', () => {
	it('adds one in a commune of the relay, audited; another relay’s commune is refused', async () => {
		const relay = await makeRelay(t.db);
		const admin = await makeStaff(t.db, relay, 'admin');
		const commune = await makeCommune(t.db, relay.id, 'Bruz');
		const other = await makeCommune(t.db, (await makeRelay(t.db)).id);

		const created = await createStructure(t.db, admin, input(commune.inseeCode));
		if (!created.ok) throw new Error(created.reason);
		const [row] = await t.db.select().from(careStructures).where(eq(careStructures.id, created.id));
		expect(row).toMatchObject({
			kind: 'micro_creche',
			name: 'Micro-crèche Les Pousses',
			phone: '+33299123456',
			capacity: 12,
			active: true,
			externalRef: null
		});
		const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
		expect(audit.map((a) => [a.action, a.actorId, a.relayId])).toEqual([
			['care_structure.created', admin.id, relay.id]
		]);

		const before = (await t.db.select().from(careStructures)).length;
		expect(await createStructure(t.db, admin, input(other.inseeCode))).toEqual({
			ok: false,
			reason: 'commune'
		});
		expect((await t.db.select().from(careStructures)).length).toBe(before);
		expect(await listRelayCommunes(t.db, relay.id)).toEqual([
			{ inseeCode: commune.inseeCode, name: 'Bruz' }
		]);
	});

	it('corrects one of its relay, audited with what changed; another relay’s is not found', async () => {
		const relay = await makeRelay(t.db);
		const admin = await makeStaff(t.db, relay, 'admin');
		const commune = await makeCommune(t.db, relay.id);
		const structure = await makeStructure(t.db, commune.inseeCode, { name: 'Crèche Avant' });

		const result = await updateStructure(
			t.db,
			admin,
			structure.id,
			input(commune.inseeCode, { kind: 'creche', name: 'Crèche Après', capacity: '' })
		);
		expect(result).toEqual({ ok: true, id: structure.id });
		const after = await findStructureForRelay(t.db, relay.id, structure.id);
		// Not ticked: closed, and no longer listed for families, but still found to reopen it.
		expect(after).toMatchObject({ name: 'Crèche Après', capacity: null, active: false });
		expect(await listStructuresForRelay(t.db, relay.id)).toEqual([]);
		const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, structure.id));
		expect(entry?.action).toBe('care_structure.updated');
		expect(entry?.details).toMatchObject({
			changed: {
				name: { from: 'Crèche Avant', to: 'Crèche Après' },
				capacity: { from: 30, to: null },
				active: { from: true, to: false }
			}
		});

		const otherRelay = await makeRelay(t.db);
		const otherAdmin = await makeStaff(t.db, otherRelay, 'admin');
		const otherCommune = await makeCommune(t.db, otherRelay.id);
		expect(await findStructureForRelay(t.db, otherRelay.id, structure.id)).toBeNull();
		expect(
			await updateStructure(t.db, otherAdmin, structure.id, input(otherCommune.inseeCode))
		).toEqual({ ok: false, reason: 'not_found' });
		// Moving it to another relay's commune is refused too.
		const foreign = await makeCommune(t.db, otherRelay.id);
		expect(
			await updateStructure(t.db, admin, structure.id, input(foreign.inseeCode, { active: 'on' }))
		).toEqual({ ok: false, reason: 'commune' });
		expect((await findStructureForRelay(t.db, relay.id, structure.id))?.name).toBe('Crèche Après');
	});
});
