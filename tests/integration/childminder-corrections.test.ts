import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, childminders, mailOutbox } from '../../src/lib/server/db/schema';
import { correctChildminder } from '../../src/lib/server/directory/corrections/correct-childminder';
import {
	correctableOf,
	findChildminderToCorrect
} from '../../src/lib/server/directory/corrections/childminder-to-correct';
import { correctionSchema, type CorrectionInput } from '../../src/lib/forms/childminder';
import type { RelayStaffUser } from '../../src/lib/server/auth/session';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay, makeStaff } from './fixtures';
import { makeCommune } from './request-fixtures';
import { makeAvailability, makeChildminder, makeMam } from './directory-fixtures';

let t: TestDatabase;
let animator: RelayStaffUser;
let otherAnimator: RelayStaffUser;
let insee: string;
let secondInsee: string;
let otherInsee: string;
beforeAll(async () => {
	t = await createTestDatabase();
	const relay = await makeRelay(t.db, 'Relais des Tilleuls');
	const other = await makeRelay(t.db, 'Relais voisin');
	animator = await makeStaff(t.db, relay, 'animator');
	otherAnimator = await makeStaff(t.db, other, 'animator');
	insee = (await makeCommune(t.db, relay.id, 'Tilleuls')).inseeCode;
	secondInsee = (await makeCommune(t.db, relay.id, 'Chênes')).inseeCode;
	otherInsee = (await makeCommune(t.db, other.id, 'Ailleurs')).inseeCode;
});
afterAll(async () => t.close());

async function row(id: string) {
	const [r] = await t.db.select().from(childminders).where(eq(childminders.id, id));
	if (!r) throw new Error('no childminder');
	return r;
}
const inputOf = async (
	id: string,
	changes: Partial<CorrectionInput>
): Promise<CorrectionInput> => ({
	...correctableOf(await row(id)),
	...changes
});
const mailsTo = (to: string) => t.db.select().from(mailOutbox).where(eq(mailOutbox.to, to));

describe('the relay corrects a childminder’s other data', () => {
	it('corrects her phone: audited with who and what, and she is told by mail', async () => {
		const am = await makeChildminder(t.db, insee);
		const result = await correctChildminder(
			t.db,
			animator,
			am.id,
			await inputOf(am.id, { phone: '+33611223344' })
		);
		expect(result).toEqual({ ok: true, changed: ['phone'] });
		expect((await row(am.id)).phone).toBe('+33611223344');
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, am.id), eq(auditLog.action, 'childminder.corrected')));
		expect(audit).toMatchObject({
			actorKind: 'staff',
			actorId: animator.id,
			relayId: animator.relayId
		});
		expect(audit?.details).toEqual({
			changes: { phone: { from: '+33299000000', to: '+33611223344' } }
		});
		const mails = await mailsTo(am.email ?? '');
		expect(mails).toHaveLength(1);
		expect(mails[0]?.subject).toBe('Le relais a corrigé votre fiche');
		expect(mails[0]?.text).toContain('- téléphone : 06 11 22 33 44');
		expect(mails[0]?.text).toContain('/assistante-maternelle');
	});

	it('a change of her email tells the old address and the new one', async () => {
		const am = await makeChildminder(t.db, insee);
		const old = am.email ?? '';
		await correctChildminder(
			t.db,
			animator,
			am.id,
			await inputOf(am.id, { email: 'nouvelle@example.org' })
		);
		expect(await mailsTo(old)).toHaveLength(1);
		expect(await mailsTo('nouvelle@example.org')).toHaveLength(1);
		expect((await mailsTo(old))[0]?.text).toContain('désormais nouvelle@example.org');
	});

	it('moves her to another commune of the relay and into a MAM; refuses another relay’s commune', async () => {
		const am = await makeChildminder(t.db, insee);
		const mam = await makeMam(t.db, secondInsee, 'MAM Les Chênes');
		const moved = await correctChildminder(
			t.db,
			animator,
			am.id,
			await inputOf(am.id, { communeInsee: secondInsee, workSetting: 'mam', mamId: mam.id })
		);
		expect(moved).toEqual({ ok: true, changed: ['communeInsee', 'workSetting', 'mamId'] });
		expect((await mailsTo(am.email ?? ''))[0]?.text).toContain('- MAM : MAM Les Chênes');
		const refused = await correctChildminder(
			t.db,
			animator,
			am.id,
			await inputOf(am.id, { communeInsee: otherInsee })
		);
		expect(refused).toMatchObject({ ok: false, reason: 'invalid' });
		expect((await row(am.id)).communeInsee).toBe(secondInsee);
	});

	it('another relay’s childminder is not found, and nothing is written or sent', async () => {
		const am = await makeChildminder(t.db, insee);
		expect(await findChildminderToCorrect(t.db, otherAnimator.relayId, am.id)).toBeNull();
		const before = await row(am.id);
		expect(
			await correctChildminder(t.db, otherAnimator, am.id, await inputOf(am.id, { lastName: 'X' }))
		).toEqual({ ok: false, reason: 'not_found' });
		expect(await row(am.id)).toEqual(before);
		expect(await mailsTo(am.email ?? '')).toEqual([]);
	});

	it('nothing changed: nothing is written, audited or sent', async () => {
		const am = await makeChildminder(t.db, insee);
		expect(await correctChildminder(t.db, animator, am.id, await inputOf(am.id, {}))).toEqual({
			ok: true,
			changed: []
		});
		expect(await mailsTo(am.email ?? '')).toEqual([]);
	});

	it('a correction never touches her availability, offer or publication choices', async () => {
		const am = await makeChildminder(t.db, insee, {
			offer: { night: true },
			contactsObjection: true,
			addressPublication: 'full_address'
		});
		await makeAvailability(t.db, am.id);
		const before = await row(am.id);
		// The form's schema has no field for them: extra fields are dropped.
		const parsed = correctionSchema.safeParse({
			lastName: 'Durand',
			firstName: before.firstName,
			address: before.address,
			communeInsee: before.communeInsee,
			phone: '',
			email: before.email,
			placesTotal: '4',
			placesUnder3: '3',
			workSetting: 'home',
			status: 'suspended',
			offer: 'periscolaire',
			contactsObjection: '',
			availabilityValidUntil: '2030-01-01'
		});
		if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
		await correctChildminder(t.db, animator, am.id, parsed.data);
		const after = await row(am.id);
		expect(after).toMatchObject({
			lastName: 'Durand',
			phone: null,
			status: 'suspended',
			offer: before.offer,
			contactsObjection: true,
			addressPublication: 'full_address',
			availabilityDeclaredAt: before.availabilityDeclaredAt,
			availabilityValidUntil: before.availabilityValidUntil
		});
		expect(after.statusChangedAt.getTime()).toBeGreaterThan(before.statusChangedAt.getTime());
	});

	it('the form refuses bad values with French messages at their fields', () => {
		const result = correctionSchema.safeParse({
			lastName: '',
			firstName: 'A',
			communeInsee: 'x',
			phone: 'abc',
			email: 'pas-une-adresse',
			placesTotal: '12',
			placesUnder3: '3',
			workSetting: 'mam',
			status: 'active'
		});
		expect(result.success).toBe(false);
		const byField = Object.fromEntries(
			(result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message])
		);
		expect(byField).toMatchObject({
			lastName: 'Indiquez le nom.',
			communeInsee: 'Choisissez une commune du relais.',
			phone: 'Indiquez un numéro de téléphone valide, par exemple 02 99 00 00 00.',
			email: 'Indiquez une adresse électronique valide, par exemple nom@exemple.fr.',
			placesTotal: 'Indiquez un nombre de places entre 0 et 10.',
			mamId: 'Choisissez la MAM où elle travaille.'
		});
	});
});
