import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay, makeStaff } from './fixtures';
import { freshReferenceCode, relayInput } from './coordinator-fixtures';
import { makeCoordinator } from './territory-fixtures';
import { makeCommune } from './request-fixtures';
import { forceStatus, receiveRequest, bookedAppointment } from './queue-fixtures';
import {
	appointments,
	auditLog,
	communes,
	mailOutbox,
	relays,
	staffUsers
} from '../../src/lib/server/db/schema';
import { relaySchema, type RelayInput } from '../../src/lib/forms/relay';
import { formFields } from '../../src/lib/forms/parse-form';
import { createRelay } from '../../src/lib/server/territory/relays/create-relay';
import { updateRelay } from '../../src/lib/server/territory/relays/update-relay';
import { loadRelayDetails } from '../../src/lib/server/territory/relays/relay-details';
import { createRelayAdmin } from '../../src/lib/server/territory/relays/create-relay-admin';
import { listRelayActivity } from '../../src/lib/server/territory/relays/relay-overview';
import { setPasswordWithToken } from '../../src/lib/server/auth/password-tokens';
import { signIn } from '../../src/lib/server/auth/sign-in';
import { homePathFor } from '../../src/lib/server/auth/guard';
import { sessionUserOf, type CoordinatorUser } from '../../src/lib/server/auth/session';
import { DAY_MS, HOUR_MS } from '../../src/lib/time/durations';
import type { Database } from '../../src/lib/server/db/types';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const auditOf = (entityId: string) =>
	t.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));

/** A relay made through the domain, as the coordinator's form does. */
async function created(db: Database, coordinator: CoordinatorUser, input: RelayInput) {
	const result = await createRelay(db, coordinator, input);
	if (!result.ok) throw new Error(`relay not created: ${result.reason}`);
	return result.relay;
}

describe('a coordinator creates a relay', () => {
	it('from the form as typed: code in capitals, phone in E.164, slug from the name; audited', async () => {
		const coordinator = await makeCoordinator(t.db);
		const code = freshReferenceCode().toLowerCase();
		const form = new FormData();
		for (const [name, value] of Object.entries({
			name: 'Relais Petite Enfance Vallée de la Seiche',
			referenceCode: ` ${code} `,
			address: '1 rue de la Seiche, 35230 Noyal-Châtillon',
			phone: '02 99 05 12 34',
			email: 'RPE.Seiche@exemple.test',
			targetDays: ''
		}))
			form.set(name, value);
		const parsed = relaySchema.safeParse(formFields(form));
		if (!parsed.success) throw new Error(parsed.error.message);

		const relay = await created(t.db, coordinator, parsed.data);

		expect(relay).toMatchObject({
			slug: 'relais-petite-enfance-vallee-de-la-seiche',
			referenceCode: code.toUpperCase(),
			phone: '+33299051234',
			email: 'rpe.seiche@exemple.test',
			targetDaysToAppointment: 7
		});
		const audit = await auditOf(relay.id);
		expect(audit.map((a) => [a.action, a.actorKind, a.actorId, a.relayId])).toEqual([
			['relay.created', 'staff', coordinator.id, relay.id]
		]);
	});

	it('a second relay of the same name gets a slug of its own', async () => {
		const coordinator = await makeCoordinator(t.db);
		const first = await created(t.db, coordinator, relayInput({ name: 'RPE du Pays de Liffré' }));
		const second = await created(t.db, coordinator, relayInput({ name: 'RPE du pays de Liffre' }));
		expect(first.slug).toBe('rpe-du-pays-de-liffre');
		expect(second.slug).toBe('rpe-du-pays-de-liffre-2');
	});

	it('refuses a reference code another relay has, and writes nothing', async () => {
		const coordinator = await makeCoordinator(t.db);
		const existing = await makeRelay(t.db);
		const name = `Relais doublon ${existing.referenceCode}`;
		const result = await createRelay(
			t.db,
			coordinator,
			relayInput({ name, referenceCode: existing.referenceCode })
		);
		expect(result).toEqual({ ok: false, reason: 'reference_code_taken' });
		expect(await t.db.$count(relays, eq(relays.name, name))).toBe(0);
	});

	it('refuses bad input at its fields', () => {
		const parsed = relaySchema.safeParse({
			name: 'R',
			referenceCode: 'ABCDE',
			address: 'x',
			phone: '12',
			email: 'pas une adresse',
			targetDays: '61'
		});
		expect(parsed.success).toBe(false);
		const fields = new Set(parsed.error?.issues.map((issue) => issue.path[0]));
		expect([...fields].sort()).toEqual(
			['address', 'email', 'name', 'phone', 'referenceCode', 'targetDays'].sort()
		);
	});
});

describe('a coordinator edits a relay', () => {
	it('changes its details, keeps its slug, and audits what changed', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await created(t.db, coordinator, relayInput({ name: 'RPE Brocéliande' }));
		const code = freshReferenceCode();
		const result = await updateRelay(
			t.db,
			coordinator,
			relay.slug,
			relayInput({ name: 'RPE Brocéliande Nord', referenceCode: code, targetDays: 5 })
		);
		expect(result).toEqual({ ok: true });
		const details = await loadRelayDetails(t.db, relay.slug);
		expect(details?.relay).toMatchObject({
			name: 'RPE Brocéliande Nord',
			referenceCode: code,
			targetDaysToAppointment: 5
		});
		const [, update] = await auditOf(relay.id);
		expect(update).toMatchObject({ action: 'relay.updated', actorId: coordinator.id });
		expect(update?.details).toMatchObject({
			changed: expect.arrayContaining(['name', 'referenceCode', 'targetDaysToAppointment']),
			referenceCode: { from: relay.referenceCode, to: code }
		});
	});

	it('locks the reference code once the relay has a request; the other details still change', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await created(t.db, coordinator, relayInput());
		const commune = await makeCommune(t.db, relay.id);
		expect((await loadRelayDetails(t.db, relay.slug))?.referenceCodeLocked).toBe(false);
		const request = await receiveRequest(t.db, commune.inseeCode, new Date());
		expect(request.reference.startsWith(`${relay.referenceCode}-`)).toBe(true);

		expect((await loadRelayDetails(t.db, relay.slug))?.referenceCodeLocked).toBe(true);
		const same = { ...relayInput({ referenceCode: relay.referenceCode }), name: relay.name };
		expect(
			await updateRelay(t.db, coordinator, relay.slug, {
				...same,
				referenceCode: freshReferenceCode()
			})
		).toEqual({ ok: false, reason: 'reference_code_locked' });
		expect(
			await updateRelay(t.db, coordinator, relay.slug, {
				...same,
				address: '3 rue Neuve, 35000 Rennes'
			})
		).toEqual({ ok: true });
		const details = await loadRelayDetails(t.db, relay.slug);
		expect(details?.relay).toMatchObject({
			referenceCode: relay.referenceCode,
			address: '3 rue Neuve, 35000 Rennes'
		});
	});

	it('refuses a code another relay has; an unknown slug is not found', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await created(t.db, coordinator, relayInput());
		const other = await makeRelay(t.db);
		expect(
			await updateRelay(
				t.db,
				coordinator,
				relay.slug,
				relayInput({ referenceCode: other.referenceCode })
			)
		).toEqual({ ok: false, reason: 'reference_code_taken' });
		expect(await updateRelay(t.db, coordinator, 'pas-de-relais-ici', relayInput())).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await loadRelayDetails(t.db, 'pas-de-relais-ici')).toBeNull();
	});
});

describe('the overview counts each relay’s activity', () => {
	async function appointmentAt(
		request: { id: string },
		staff: { id: string; relayId: string },
		startsAt: Date,
		status: 'booked' | 'attended' | 'cancelled'
	) {
		await t.db.insert(appointments).values({
			relayId: staff.relayId,
			requestId: request.id,
			animatorId: staff.id,
			kind: 'phone',
			phone: '0600000000',
			startsAt,
			endsAt: new Date(startsAt.getTime() + 45 * 60_000),
			status,
			icalUid: `${crypto.randomUUID()}@guichet`
		});
	}

	it('gives communes, population, requests, waiting, appointments and the share within target', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await created(t.db, coordinator, relayInput({ name: 'RPE Compté' }));
		const animator = await makeStaff(t.db, relay, 'animator');
		const staff = { id: animator.id, relayId: relay.id };
		const big = await makeCommune(t.db, relay.id, 'Grande');
		const small = await makeCommune(t.db, relay.id, 'Petite');
		await t.db
			.update(communes)
			.set({ population: 1200 })
			.where(eq(communes.inseeCode, big.inseeCode));
		await t.db
			.update(communes)
			.set({ population: 800 })
			.where(eq(communes.inseeCode, small.inseeCode));
		const now = Date.now();
		const ago = (days: number) => new Date(now - days * DAY_MS);

		// A: 2 days old, waiting, its deadline still ahead (not judged); a cancelled appointment.
		const a = await receiveRequest(t.db, big.inseeCode, ago(2));
		await appointmentAt(a, staff, new Date(now + 2 * DAY_MS), 'cancelled');
		// B: 20 days old, its appointment in two days: upcoming, and late (judged, not met).
		const b = await receiveRequest(t.db, big.inseeCode, ago(20));
		await bookedAppointment(t.db, b, staff, 48);
		await forceStatus(t.db, b.id, 'appointment_booked', animator.id);
		// C: 40 days old, seen 3 days after it arrived: within target.
		const c = await receiveRequest(t.db, small.inseeCode, ago(40));
		await appointmentAt(c, staff, ago(37), 'attended');
		await forceStatus(t.db, c.id, 'appointment_held', animator.id);
		// D: 50 days old, still no appointment: waiting, judged, not met.
		const d = await receiveRequest(t.db, small.inseeCode, ago(50));
		await forceStatus(t.db, d.id, 'in_progress', animator.id);
		// E: 100 days old, still waiting: outside both windows but waiting.
		await receiveRequest(t.db, small.inseeCode, ago(100));
		// F: 120 days old, its appointment in 8 days: not within the next 7 days.
		const f = await receiveRequest(t.db, small.inseeCode, ago(120));
		await appointmentAt(f, staff, new Date(now + 8 * DAY_MS), 'booked');
		await forceStatus(t.db, f.id, 'appointment_booked', animator.id);

		// Another relay's activity counts for it only.
		const other = await created(t.db, coordinator, relayInput({ name: 'RPE Voisin' }));
		const otherCommune = await makeCommune(t.db, other.id);
		await receiveRequest(t.db, otherCommune.inseeCode, ago(1));

		const activity = await listRelayActivity(t.db, new Date(now + HOUR_MS / 60));
		expect(activity.find((r) => r.id === relay.id)).toEqual({
			id: relay.id,
			slug: relay.slug,
			name: 'RPE Compté',
			referenceCode: relay.referenceCode,
			targetDays: 7,
			communes: 2,
			population: 2000,
			receivedLast30Days: 2,
			waitingForAppointment: 3,
			appointmentsNext7Days: 1,
			withinTarget: { met: 1, judged: 3 }
		});
		expect(activity.find((r) => r.id === other.id)).toMatchObject({
			communes: 1,
			population: 0,
			receivedLast30Days: 1,
			waitingForAppointment: 1,
			appointmentsNext7Days: 0,
			withinTarget: { met: 0, judged: 0 }
		});
	});

	it('judges the target by each relay’s own target days', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await created(t.db, coordinator, relayInput({ targetDays: 2 }));
		const animator = await makeStaff(t.db, relay, 'animator');
		const commune = await makeCommune(t.db, relay.id);
		const now = Date.now();
		// Seen 3 days after arrival: within 7 days, not within this relay's 2.
		const request = await receiveRequest(t.db, commune.inseeCode, new Date(now - 10 * DAY_MS));
		await t.db.insert(appointments).values({
			relayId: relay.id,
			requestId: request.id,
			animatorId: animator.id,
			kind: 'phone',
			phone: '0600000000',
			startsAt: new Date(now - 7 * DAY_MS),
			endsAt: new Date(now - 7 * DAY_MS + HOUR_MS),
			status: 'attended',
			icalUid: `${crypto.randomUUID()}@guichet`
		});
		const activity = await listRelayActivity(t.db);
		expect(activity.find((r) => r.id === relay.id)?.withinTarget).toEqual({ met: 0, judged: 1 });
	});
});

describe('a coordinator creates a relay’s admin', () => {
	it('an account without password and the link by mail, audited; the admin signs in to the relay', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await created(t.db, coordinator, relayInput({ name: 'RPE Nouvel Admin' }));
		const result = await createRelayAdmin(t.db, coordinator, relay.slug, {
			name: 'Inès Morel',
			email: 'ines.morel@exemple.test'
		});
		if (!result.ok) throw new Error(result.reason);

		const account = await t.db.query.staffUsers.findFirst({
			where: eq(staffUsers.id, result.userId)
		});
		expect(account).toMatchObject({
			role: 'admin',
			relayId: relay.id,
			passwordHash: null,
			email: 'ines.morel@exemple.test'
		});
		expect((await auditOf(result.userId)).map((a) => [a.action, a.actorId, a.relayId])).toEqual([
			['staff.created', coordinator.id, relay.id]
		]);
		const [mail] = await t.db
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.to, 'ines.morel@exemple.test'));
		expect(mail?.text).toContain('RPE Nouvel Admin');
		const token = mail?.text.match(/\/compte\/mot-de-passe\/([a-z0-9]+)/)?.[1] ?? '';
		expect(await setPasswordWithToken(t.db, token, 'une phrase pour le relais')).not.toBeNull();

		const signedIn = await signIn(t.db, {
			email: 'ines.morel@exemple.test',
			password: 'une phrase pour le relais',
			ip: '10.8.0.1'
		});
		if (!signedIn.ok) throw new Error(signedIn.reason);
		const user = sessionUserOf({ ...signedIn.user, relay: { name: relay.name }, epci: null });
		expect(user).toMatchObject({ role: 'admin', relayId: relay.id, relayName: 'RPE Nouvel Admin' });
		expect(homePathFor(user.role)).toBe('/relais');
		expect((await loadRelayDetails(t.db, relay.slug))?.staff).toEqual([
			{ id: result.userId, name: 'Inès Morel', role: 'admin', active: true, hasPassword: true }
		]);
	});

	it('refuses an email that already has an account, and sends nothing', async () => {
		const coordinator = await makeCoordinator(t.db);
		const relay = await created(t.db, coordinator, relayInput());
		const taken = await makeStaff(t.db, await makeRelay(t.db), 'animator');
		const before = await t.db.$count(mailOutbox);
		expect(
			await createRelayAdmin(t.db, coordinator, relay.slug, {
				name: 'Double',
				email: taken.email.toUpperCase()
			})
		).toEqual({ ok: false, reason: 'email_taken' });
		expect(await t.db.$count(mailOutbox)).toBe(before);
		expect(await t.db.$count(staffUsers, eq(staffUsers.relayId, relay.id))).toBe(0);
	});

	it('an unknown relay is not found', async () => {
		const coordinator = await makeCoordinator(t.db);
		expect(
			await createRelayAdmin(t.db, coordinator, 'nulle-part', {
				name: 'Personne',
				email: 'p@exemple.test'
			})
		).toEqual({ ok: false, reason: 'not_found' });
	});
});
