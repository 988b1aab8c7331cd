import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';
import { rowsOf } from './rows';
import { isDatabaseEmpty, seedDemoData } from '../../src/lib/server/seed/seed-demo-data';
import { and, asc, count, eq, isNotNull, sql } from 'drizzle-orm';
import { createRequire } from 'node:module';
import {
	appointments,
	auditLog,
	careStructures,
	childcareRequests,
	childminderAvailabilities,
	childminders,
	mams,
	epcis,
	communes,
	mailOutbox,
	observatoryRefreshes,
	receptionPlaces,
	relays,
	requestChildren,
	requestEvents,
	requestOutcomes,
	staffUsers
} from '../../src/lib/server/db/schema';
import {
	DEMO_REQUEST_COUNT,
	demoRequestKey,
	demoTrackingToken
} from '../../src/lib/server/seed/demo-requests';
import { findRequestByTrackingToken } from '../../src/lib/server/requests/tracking';
import {
	anonymiseRequest,
	erasedTrackingHash
} from '../../src/lib/server/requests/retention/anonymise-request';
import { isOpenRequestStatus } from '../../src/lib/requests/request-status';
import { signIn } from '../../src/lib/server/auth/sign-in';
import { demoEpcis } from '../../src/lib/server/seed/demo-territory';
import {
	DEMO_CHILDMINDER_EMAIL_DOMAIN,
	RESERVED_DEMO_CHILDMINDERS
} from '../../src/lib/server/seed/demo-directory-draw';
import { reservedChildminders } from '../e2e/helpers/childminders';

// Read straight from the package, not through the loader: what the demo must match.
const require = createRequire(import.meta.url);
const packageCommunes = require('@etalab/decoupage-administratif/data/communes.json') as {
	code: string;
	departement: string;
	type: string;
}[];
const packageEpcis = require('@etalab/decoupage-administratif/data/epci.json') as {
	code: string;
	membres: { code: string }[];
}[];
const referentialMembers = (sirens: string[]) =>
	new Set(
		packageEpcis.filter((e) => sirens.includes(e.code)).flatMap((e) => e.membres.map((m) => m.code))
	);
const referentialCommunesOf = (departement: string) =>
	new Set(
		packageCommunes
			.filter((c) => c.type === 'commune-actuelle' && c.departement === departement)
			.map((c) => c.code)
	);

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

async function snapshot() {
	return {
		relays: await t.db.select().from(relays).orderBy(relays.slug),
		communes: await t.db.select().from(communes).orderBy(communes.inseeCode),
		places: await t.db.select().from(receptionPlaces).orderBy(receptionPlaces.name),
		staff: await t.db.select().from(staffUsers).orderBy(staffUsers.email),
		requests: await t.db
			.select({ reference: childcareRequests.reference, status: childcareRequests.status })
			.from(childcareRequests)
			.orderBy(childcareRequests.reference),
		children: (await t.db.select({ n: count() }).from(requestChildren))[0]?.n,
		audit: await t.db.select().from(auditLog).orderBy(auditLog.id),
		epcis: await t.db.select().from(epcis).orderBy(epcis.code),
		events: (await t.db.select({ n: count() }).from(requestEvents))[0]?.n,
		outcomes: await t.db.select().from(requestOutcomes).orderBy(requestOutcomes.id),
		childminders: await t.db.select().from(childminders).orderBy(childminders.licenceNumber),
		availabilities: (await t.db.select({ n: count() }).from(childminderAvailabilities))[0]?.n,
		mams: await t.db.select().from(mams).orderBy(mams.name),
		structures: await t.db.select().from(careStructures).orderBy(careStructures.externalRef)
	};
}

describe('demo seed', () => {
	it('serves every commune of Rennes Métropole and Val d’Ille-Aubigné with exactly one of four relays', async () => {
		expect(await isDatabaseEmpty(t.db)).toBe(true);
		await seedDemoData(t.db);
		expect(await isDatabaseEmpty(t.db)).toBe(false);
		const data = await snapshot();
		expect(data.relays.map((r) => r.slug)).toEqual([
			'rennes',
			'val-d-ille-aubigne',
			'vilaine-est',
			'vilaine-ouest'
		]);
		const relaySlug = new Map(data.relays.map((r) => [r.id, r.slug]));
		const served = data.communes.filter((c) => c.relayId !== null);
		// The référentiel's members of both EPCI, and only them, each with a relay.
		const members = referentialMembers([demoEpcis.rennesMetropole, demoEpcis.valDIlleAubigne]);
		expect(members.size).toBe(43 + 19);
		expect(new Set(served.map((c) => c.inseeCode))).toEqual(members);
		expect(
			served.every((c) => c.epciCode && (Object.values(demoEpcis) as string[]).includes(c.epciCode))
		).toBe(true);
		// The relays of before keep their communes; Rennes has its own relay.
		const slugOf = (name: string) => {
			const commune = data.communes.find((c) => c.name === name);
			return commune?.relayId ? relaySlug.get(commune.relayId) : null;
		};
		expect(slugOf('Bruz')).toBe('vilaine-ouest');
		expect(slugOf('Mordelles')).toBe('vilaine-ouest');
		expect(slugOf('Cesson-Sévigné')).toBe('vilaine-est');
		expect(slugOf('Saint-Grégoire')).toBe('vilaine-est');
		expect(slugOf('Rennes')).toBe('rennes');
		expect(slugOf('Melesse')).toBe('val-d-ille-aubigne');
		expect(new Set(served.map((c) => relaySlug.get(c.relayId ?? '')))).toEqual(
			new Set(data.relays.map((r) => r.slug))
		);
		// Communes come from the référentiel, with their population and EPCI.
		const rennes = data.communes.find((c) => c.inseeCode === '35238');
		expect(rennes?.population).toBeGreaterThan(200_000);
		expect(rennes?.epciCode).toBe(demoEpcis.rennesMetropole);
		expect(served.every((c) => (c.population ?? 0) > 0)).toBe(true);
		// Every other commune of the département is known, and served by nobody: a family
		// living there is told "not served" rather than "not found".
		const ofDepartement = data.communes.filter((c) => c.departement === '35');
		expect(ofDepartement.length).toBe(referentialCommunesOf('35').size);
		expect(data.communes.find((c) => c.name === 'Vitré')?.relayId).toBeNull();
		expect(data.communes.find((c) => c.name === 'Saint-Malo')?.relayId).toBeNull();
	});

	it('has a coordinator, officials of the deployment, of each EPCI and of each relay, and a team per relay', async () => {
		const accounts = await seedDemoData(t.db);
		const data = await snapshot();
		const relaySlug = new Map(data.relays.map((r) => [r.id, r.slug]));
		const scopes = data.staff.map((s) =>
			[s.role, s.relayId ? relaySlug.get(s.relayId) : '-', s.epciCode ?? '-'].join(' ')
		);
		expect(scopes.filter((s) => s.startsWith('coordinator '))).toEqual(['coordinator - -']);
		const coordinator = data.staff.find((s) => s.role === 'coordinator');
		expect(coordinator?.email).toBe('coordination@rpe-demo.test');
		expect(scopes.filter((s) => s.startsWith('official ')).sort()).toEqual(
			[
				'official - -',
				`official - ${demoEpcis.rennesMetropole}`,
				`official - ${demoEpcis.valDIlleAubigne}`,
				...data.relays.map((r) => `official ${r.slug} -`)
			].sort()
		);
		for (const relay of data.relays) {
			for (const role of ['admin', 'animator'])
				expect(scopes, `${role} of ${relay.slug}`).toContain(`${role} ${relay.slug} -`);
		}
		expect(data.staff).toHaveLength(1 + 3 + 3 * data.relays.length);
		// Each relay receives families somewhere.
		for (const relay of data.relays)
			expect(data.places.some((p) => p.relayId === relay.id)).toBe(true);

		// The printed list names where each works, and its passwords really open the accounts.
		expect(accounts.map((a) => `${a.email} ${a.territory}`)).toEqual(
			expect.arrayContaining([
				'coordination@rpe-demo.test Ille-et-Vilaine',
				'elu.departement@rpe-demo.test Ille-et-Vilaine',
				'elu.metropole@rpe-demo.test Rennes Métropole',
				'admin.rennes@rpe-demo.test Relais Petite Enfance de Rennes'
			])
		);
		expect(accounts).toHaveLength(data.staff.length);
		for (const account of accounts) {
			const result = await signIn(t.db, {
				email: account.email,
				password: account.password,
				ip: '10.8.0.1'
			});
			expect(result.ok, account.email).toBe(true);
		}
	});

	it('adds about 150 requests of every kind, in statuses that fit their age, and no mail', async () => {
		// All requests, the history's included: their references are numbered together.
		const everyRequest = await t.db
			.select()
			.from(childcareRequests)
			.orderBy(asc(childcareRequests.receivedAt));
		const demoKeys = new Set(
			Array.from({ length: DEMO_REQUEST_COUNT }, (_, rank) => demoRequestKey(rank))
		);
		const requests = everyRequest.filter((r) => demoKeys.has(r.idempotencyKey));
		const demoIds = new Set(requests.map((r) => r.id));
		const children = (await t.db.select().from(requestChildren)).filter((c) =>
			demoIds.has(c.requestId)
		);
		const anchor = new Date('2026-11-20T08:00:00Z');
		const day = 86_400_000;

		expect(requests.length).toBeGreaterThanOrEqual(140);
		expect(requests.length).toBeLessThanOrEqual(160);
		expect(new Set(requests.map((r) => r.channel))).toEqual(new Set(['online', 'phone', 'desk']));
		const oldest = requests[0]?.receivedAt.getTime() ?? 0;
		expect(anchor.getTime() - oldest).toBeGreaterThan(450 * day);
		expect(anchor.getTime() - oldest).toBeLessThanOrEqual(548 * day);
		expect(new Set(requests.map((r) => r.residenceInsee)).size).toBeGreaterThanOrEqual(12);
		expect(children.filter((c) => c.expectedBirthDate !== null).length).toBeGreaterThanOrEqual(10);
		expect(children.filter((c) => c.needsSupport === true).length).toBeGreaterThanOrEqual(2);
		const childrenPerRequest = new Map<string, number>();
		for (const c of children)
			childrenPerRequest.set(c.requestId, (childrenPerRequest.get(c.requestId) ?? 0) + 1);
		expect([...childrenPerRequest.values()].filter((n) => n > 1).length).toBeGreaterThanOrEqual(5);
		expect(
			requests.filter(
				(r) => r.atypicalEarly || r.atypicalLate || r.atypicalNight || r.atypicalSaturday
			).length
		).toBeGreaterThanOrEqual(10);

		// The last week is still open; what is older than three months is mostly closed.
		const ageOf = (r: (typeof requests)[number]) =>
			(anchor.getTime() - r.receivedAt.getTime()) / day;
		const lastWeek = requests.filter((r) => ageOf(r) < 7);
		expect(lastWeek.length).toBeGreaterThan(0);
		expect(lastWeek.every((r) => ['received', 'in_progress'].includes(r.status))).toBe(true);
		const old = requests.filter((r) => ageOf(r) > 90);
		expect(old.every((r) => !isOpenRequestStatus(r.status) && r.closedAt !== null)).toBe(true);
		expect(new Set(old.map((r) => r.status))).toEqual(
			new Set([
				'solution_recorded',
				'closed_without_solution',
				'cancelled_by_family',
				'closed_by_relay'
			])
		);
		// Events never lie in the future of the demo, and each request starts with `received`.
		const allEvents = await t.db.select().from(requestEvents);
		expect(allEvents.every((e) => e.at.getTime() <= anchor.getTime())).toBe(true);
		const events = allEvents.filter((e) => demoIds.has(e.requestId));
		expect(events.filter((e) => e.kind === 'received')).toHaveLength(requests.length);

		// References read VO-2025-00001 …, increasing with the arrival within a relay and year.
		for (const relay of await t.db.select().from(relays)) {
			const own = everyRequest.filter((r) => r.relayId === relay.id);
			expect(own.length, relay.slug).toBeGreaterThan(3);
			for (const year of new Set(own.map((r) => r.reference.slice(0, -6)))) {
				const numbers = own
					.filter((r) => r.reference.startsWith(year))
					.map((r) => Number(r.reference.slice(-5)));
				expect(numbers).toEqual(numbers.map((_, i) => i + 1));
			}
			expect(own.every((r) => r.reference.startsWith(`${relay.referenceCode}-`))).toBe(true);
		}

		// Each request closed with an outcome has one, recorded by its relay's animator at the
		// closing event's date, which carries the outcome's codes as the real code writes them.
		const outcomes = (await t.db.select().from(requestOutcomes)).filter((o) =>
			demoIds.has(o.requestId)
		);
		const withOutcome = requests.filter(
			(r) => r.status === 'solution_recorded' || r.status === 'closed_without_solution'
		);
		expect(withOutcome.length).toBeGreaterThan(20);
		expect(outcomes).toHaveLength(withOutcome.length);
		for (const request of withOutcome) {
			const outcome = outcomes.find((o) => o.requestId === request.id);
			expect(outcome, request.reference).toMatchObject({
				source: 'relay',
				found: request.status === 'solution_recorded',
				reopenedAt: null
			});
			expect(outcome?.recordedBy).not.toBeNull();
			const closing = events.find(
				(e) =>
					e.requestId === request.id && e.kind === (outcome?.found ? 'solution_recorded' : 'closed')
			);
			expect(closing?.at).toEqual(outcome?.recordedAt);
			expect(closing?.details).toMatchObject(
				outcome?.found
					? { found: true, careKind: outcome.careKind, source: 'relay' }
					: { found: false, noSolutionReason: outcome?.noSolutionReason, source: 'relay' }
			);
		}

		expect((await t.db.select({ n: count() }).from(mailOutbox))[0]?.n).toBe(0);
		// The demo tracking links open their request (the newest one here).
		const newest = await findRequestByTrackingToken(t.db, demoTrackingToken(requests.length - 1));
		expect(newest?.reference).toBe(requests.at(-1)?.reference);
	});

	it('draws the families’ communes in proportion to their population', async () => {
		const requests = await t.db
			.select({ insee: childcareRequests.residenceInsee, relayId: childcareRequests.relayId })
			.from(childcareRequests);
		const served = await t.db
			.select({ insee: communes.inseeCode, population: communes.population })
			.from(communes)
			.where(isNotNull(communes.relayId));
		const population = new Map(served.map((c) => [c.insee, c.population ?? 0]));
		const total = [...population.values()].reduce((a, b) => a + b, 0);
		const perCommune = new Map<string, number>();
		for (const r of requests) perCommune.set(r.insee, (perCommune.get(r.insee) ?? 0) + 1);
		// Rennes, nearly half of the population, gets the largest share, about its own.
		const ranked = [...perCommune].sort((a, b) => b[1] - a[1]);
		expect(ranked[0]?.[0]).toBe('35238');
		const rennesShare = (perCommune.get('35238') ?? 0) / requests.length;
		const rennesPopulationShare = (population.get('35238') ?? 0) / total;
		expect(Math.abs(rennesShare - rennesPopulationShare)).toBeLessThan(0.12);
		// The small communes (under 2,000 inhabitants, about a tenth of the people) get few.
		const small = [...population].filter(([, n]) => n < 2_000).map(([code]) => code);
		const smallShare = small.reduce((n, code) => n + (perCommune.get(code) ?? 0), 0);
		expect(smallShare / requests.length).toBeLessThan(0.12);
		// Every family lives in a commune its relay serves.
		const relayOf = new Map(
			(
				await t.db.select({ insee: communes.inseeCode, relayId: communes.relayId }).from(communes)
			).map((c) => [c.insee, c.relayId])
		);
		expect(requests.every((r) => relayOf.get(r.insee) === r.relayId)).toBe(true);
	});

	it('keeps the open requests the end-to-end tests read, and held appointments in Vilaine Ouest', async () => {
		// tests/e2e/helpers/demo-requests.ts reads these by rank; the queue test filters VO's
		// requests whose appointment was held.
		for (const [rank, email] of [
			[141, 'kevin.petit@exemple.test'],
			[144, 'youssef.jaouen@exemple.test']
		] as const) {
			const request = await findRequestByTrackingToken(t.db, demoTrackingToken(rank));
			expect(request?.contact.email, `rank ${rank}`).toBe(email);
			expect(isOpenRequestStatus(request?.status ?? 'closed_by_relay'), `rank ${rank}`).toBe(true);
		}
		const [ouest] = await t.db.select().from(relays).where(eq(relays.slug, 'vilaine-ouest'));
		const held = await t.db
			.select({ n: count() })
			.from(childcareRequests)
			.where(
				and(
					eq(childcareRequests.relayId, ouest?.id ?? ''),
					eq(childcareRequests.status, 'appointment_held')
				)
			);
		expect(held[0]?.n).toBeGreaterThan(0);
	});

	it('adds 300 childminders over every served commune, a dozen MAMs and the other care of each relay', async () => {
		const all = await t.db.select().from(childminders);
		expect(all).toHaveLength(300);
		const served = await t.db
			.select({ insee: communes.inseeCode, relayId: communes.relayId })
			.from(communes)
			.where(isNotNull(communes.relayId));
		const relayOf = new Map(served.map((c) => [c.insee, c.relayId]));
		expect(all.every((c) => relayOf.has(c.communeInsee))).toBe(true);
		// Every served commune has some, Rennes the most.
		const perCommune = new Map<string, number>();
		for (const c of all) perCommune.set(c.communeInsee, (perCommune.get(c.communeInsee) ?? 0) + 1);
		expect(served.every((c) => (perCommune.get(c.insee) ?? 0) >= 3)).toBe(true);
		expect([...perCommune].sort((a, b) => b[1] - a[1])[0]?.[0]).toBe('35238');

		const share = (n: number) => n / all.length;
		const statuses = (s: string) => all.filter((c) => c.status === s).length;
		expect(share(statuses('suspended'))).toBeGreaterThan(0.005);
		expect(share(statuses('suspended'))).toBeLessThan(0.07);
		expect(share(statuses('stopped'))).toBeGreaterThan(0.005);
		expect(share(statuses('stopped'))).toBeLessThan(0.07);
		expect(all.every((c) => c.placesTotal >= 1 && c.placesTotal <= 4)).toBe(true);
		expect(share(all.filter((c) => c.placesTotal >= 3).length)).toBeGreaterThan(0.7);
		expect(share(all.filter((c) => c.contactsObjection).length)).toBeGreaterThan(0.04);
		expect(share(all.filter((c) => c.contactsObjection).length)).toBeLessThan(0.17);
		expect(
			share(all.filter((c) => c.addressPublication === 'commune_only').length)
		).toBeGreaterThan(0.5);
		expect(all.some((c) => c.addressPublication === 'full_address')).toBe(true);
		expect(all.some((c) => c.languages.length > 0)).toBe(true);
		expect(
			all.every((c) => !c.email || c.email.endsWith(`@${DEMO_CHILDMINDER_EMAIL_DOMAIN}`))
		).toBe(true);
		expect(new Set(all.flatMap((c) => (c.email ? [c.email] : []))).size).toBe(
			all.filter((c) => c.email).length
		);
		const offered = (flag: string) =>
			share(all.filter((c) => (c.offer as Record<string, boolean>)[flag] === true).length);
		expect(offered('before_7')).toBeGreaterThan(0.03);
		expect(offered('before_7')).toBeLessThan(0.2);
		expect(offered('after_19')).toBeGreaterThan(0.03);
		expect(offered('disability_welcome')).toBeGreaterThan(0.07);
		expect(offered('disability_welcome')).toBeLessThan(0.25);
		expect(offered('saturday')).toBeLessThan(0.1);

		// MAMs: a dozen, 2 to 4 childminders each, in the MAM's commune, about 15 % of all.
		const mamRows = await t.db.select().from(mams);
		expect(mamRows.length).toBeGreaterThanOrEqual(8);
		const inMam = all.filter((c) => c.workSetting === 'mam');
		expect(share(inMam.length)).toBeGreaterThan(0.1);
		expect(share(inMam.length)).toBeLessThan(0.2);
		for (const mam of mamRows) {
			const members = inMam.filter((c) => c.mamId === mam.id);
			expect(members.length, mam.name).toBeGreaterThanOrEqual(2);
			expect(members.length, mam.name).toBeLessThanOrEqual(4);
			expect(members.every((c) => c.communeInsee === mam.communeInsee)).toBe(true);
		}

		// Availability as of the demo's day: about 55 % valid, 25 % stale, 20 % never declared.
		const anchorDay = '2026-11-20';
		const places = await t.db.select().from(childminderAvailabilities);
		const placesOf = new Map<string, typeof places>();
		for (const p of places)
			placesOf.set(p.childminderId, [...(placesOf.get(p.childminderId) ?? []), p]);
		const never = all.filter((c) => c.availabilityDeclaredAt === null);
		const valid = all.filter(
			(c) => c.availabilityValidUntil !== null && c.availabilityValidUntil > anchorDay
		);
		const stale = all.filter(
			(c) => c.availabilityValidUntil !== null && c.availabilityValidUntil < anchorDay
		);
		expect(never.length + valid.length + stale.length).toBe(all.length);
		expect(share(valid.length)).toBeGreaterThan(0.45);
		expect(share(valid.length)).toBeLessThan(0.65);
		expect(share(stale.length)).toBeGreaterThan(0.17);
		expect(share(stale.length)).toBeLessThan(0.33);
		expect(share(never.length)).toBeGreaterThan(0.13);
		expect(share(never.length)).toBeLessThan(0.27);
		expect(never.every((c) => !placesOf.has(c.id))).toBe(true);
		for (const c of [...valid, ...stale]) {
			const own = placesOf.get(c.id) ?? [];
			expect(own.length).toBeGreaterThanOrEqual(1);
			expect(own.length).toBeLessThanOrEqual(Math.min(2, c.placesTotal));
			expect(own.every((p) => p.validUntil === c.availabilityValidUntil)).toBe(true);
		}
		// A few declare early, late or overnight hours.
		const days = places.flatMap((p) => Object.values(p.weeklySchedule).filter((d) => d !== null));
		expect(days.some((d) => d.start < '07:00')).toBe(true);
		expect(days.some((d) => d.end > '19:00')).toBe(true);
		expect(days.some((d) => d.end <= d.start)).toBe(true);

		// The reserved childminders of the e2e tests, as their helper says, untouched by chance.
		expect(reservedChildminders.map((c) => c.licenceNumber)).toEqual(
			RESERVED_DEMO_CHILDMINDERS.map((c) => c.licenceNumber)
		);
		const [ouest] = await t.db.select().from(relays).where(eq(relays.slug, 'vilaine-ouest'));
		for (const reserved of reservedChildminders) {
			const row = all.find((c) => c.licenceNumber === reserved.licenceNumber);
			expect(row?.email, reserved.licenceNumber).toBe(reserved.email);
			expect(`${row?.firstName} ${row?.lastName}`).toBe(reserved.name);
			expect(row?.status).toBe('active');
			expect(row?.workSetting).toBe('home');
			expect(row?.communeInsee).toBe(reserved.communeInsee);
			expect(relayOf.get(row?.communeInsee ?? '')).toBe(ouest?.id);
			expect(row?.availabilityDeclaredAt).toBeNull();
		}

		// A list prepared from an open demo request finds several active childminders there.
		const open = (await t.db.select().from(childcareRequests)).filter((r) =>
			isOpenRequestStatus(r.status)
		);
		expect(open.length).toBeGreaterThan(0);
		for (const request of open) {
			const active = all.filter(
				(c) => c.communeInsee === request.residenceInsee && c.status === 'active'
			);
			expect(active.length, request.reference).toBeGreaterThanOrEqual(3);
		}

		// The other care: every kind, each relay has several.
		const structures = await t.db.select().from(careStructures);
		expect(structures.length).toBeGreaterThanOrEqual(30);
		expect(new Set(structures.map((s) => s.kind))).toEqual(
			new Set([
				'creche',
				'multi_accueil',
				'micro_creche',
				'creche_familiale',
				'home_care_service',
				'accueil_loisirs'
			])
		);
		for (const relay of await t.db.select().from(relays))
			expect(
				structures.filter((s) => relayOf.get(s.communeInsee) === relay.id).length,
				relay.slug
			).toBeGreaterThanOrEqual(5);
	});

	it('gives the observatory three years of closed history, erased past its retention as the purge erases', async () => {
		const anchorDay = '2026-11-20';
		const all = await t.db.select().from(childcareRequests);
		const demoKeys = new Set(
			Array.from({ length: DEMO_REQUEST_COUNT }, (_, rank) => demoRequestKey(rank))
		);
		const history = all.filter((r) => !demoKeys.has(r.idempotencyKey));
		expect(history.length).toBeGreaterThan(900);
		// Closed, every one: none reaches a queue.
		expect(history.every((r) => !isOpenRequestStatus(r.status) && r.closedAt !== null)).toBe(true);
		const perYear = (year: string) =>
			all.filter((r) => r.receivedAt.toISOString().startsWith(year)).length;
		for (const year of ['2024', '2025']) expect(perYear(year), year).toBeGreaterThanOrEqual(280);
		expect(perYear('2025')).toBeLessThanOrEqual(450);
		expect(history.some((r) => r.receivedAt.toISOString() < '2023-12-31')).toBe(true);
		expect(new Set(all.map((r) => r.channel))).toEqual(
			new Set(['online', 'phone', 'desk', 'monenfant'])
		);

		// Past their retention date at the anchor: erased, as anonymiseRequest erases.
		const due = history.filter((r) => (r.retentionUntil ?? '9999') < anchorDay);
		const kept = history.filter((r) => (r.retentionUntil ?? '9999') >= anchorDay);
		expect(due.length).toBeGreaterThan(150);
		expect(kept.length).toBeGreaterThan(400);
		expect(kept.every((r) => r.anonymisedAt === null && r.parentNames !== '')).toBe(true);
		const personal = (r: (typeof all)[number]) => ({
			parentNames: r.parentNames,
			email: r.email,
			phone: r.phone,
			contactTimes: r.contactTimes,
			homeLanguage: r.homeLanguage,
			comment: r.comment,
			trackingTokenHash: r.trackingTokenHash,
			anonymisationCause: r.anonymisationCause
		});
		const erasedShape = (id: string) => ({
			parentNames: '',
			email: null,
			phone: null,
			contactTimes: '',
			homeLanguage: '',
			comment: '',
			trackingTokenHash: erasedTrackingHash(id),
			anonymisationCause: 'retention'
		});
		for (const r of due) {
			expect(personal(r), r.reference).toEqual(erasedShape(r.id));
			expect(r.anonymisedAt?.getTime()).toBeLessThan(new Date('2026-11-20T08:00:00Z').getTime());
		}
		const dueIds = new Set(due.map((r) => r.id));
		const children = await t.db.select().from(requestChildren);
		expect(
			children
				.filter((c) => dueIds.has(c.requestId))
				.every((c) => c.birthDate === null && c.expectedBirthDate === null)
		).toBe(true);
		const erasedEvents = await t.db
			.select()
			.from(requestEvents)
			.where(eq(requestEvents.kind, 'personal_data_erased'));
		expect(new Set(erasedEvents.map((e) => e.requestId))).toEqual(dueIds);
		const erasedAudit = await t.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'request.personal_data_erased'));
		expect(new Set(erasedAudit.map((a) => a.entityId))).toEqual(dueIds);
		// The same request erased by the real function looks the same (rolled back after).
		const sample = kept.find((r) => r.phone !== null && r.appointmentMode === 'phone');
		if (!sample) throw new Error('no history request with a phone appointment kept');
		await t.db
			.transaction(async (tx) => {
				await anonymiseRequest(tx, sample.id, 'retention', new Date('2026-11-19T02:00:00Z'));
				const [after] = await tx
					.select()
					.from(childcareRequests)
					.where(eq(childcareRequests.id, sample.id));
				expect(after && personal(after)).toEqual(erasedShape(sample.id));
				throw new Error('rollback');
			})
			.catch((err: unknown) => {
				if (!(err instanceof Error) || err.message !== 'rollback') throw err;
			});
		// A phone appointment of an erased request keeps '' for its number, like the purge's.
		const held = await t.db.select().from(appointments);
		const erasedPhone = held.filter((a) => dueIds.has(a.requestId) && a.kind === 'phone');
		expect(erasedPhone.length).toBeGreaterThan(0);
		expect(erasedPhone.every((a) => a.phone === '')).toBe(true);

		// Appointments held with the relay's animator, most within 7 days, never overlapping.
		const historyIds = new Set(history.map((r) => r.id));
		const ofHistory = held.filter((a) => historyIds.has(a.requestId));
		expect(ofHistory.length).toBeGreaterThan(600);
		expect(ofHistory.every((a) => a.status === 'attended')).toBe(true);
		const staff = new Map((await t.db.select().from(staffUsers)).map((s) => [s.id, s] as const));
		const byId = new Map(all.map((r) => [r.id, r] as const));
		for (const a of ofHistory) {
			const animator = staff.get(a.animatorId);
			expect(animator?.role).toBe('animator');
			expect(animator?.relayId).toBe(byId.get(a.requestId)?.relayId);
		}
		const within7 = ofHistory.filter(
			(a) =>
				a.startsAt.getTime() - (byId.get(a.requestId)?.receivedAt.getTime() ?? 0) <= 7 * 86_400_000
		).length;
		expect(within7 / ofHistory.length).toBeGreaterThan(0.55);
		expect(within7).toBeLessThan(ofHistory.length);
		const overlaps = await t.db.execute(sql`
			select count(*)::int as n from appointments a join appointments b
			on a.animator_id = b.animator_id and a.id < b.id
			and a.starts_at < b.ends_at and b.starts_at < a.ends_at`);
		expect(rowsOf<{ n: number }>(overlaps)).toEqual([{ n: 0 }]);
		// Outcomes of both kinds, each with the event that closed it.
		const outcomes = (await t.db.select().from(requestOutcomes)).filter((o) =>
			historyIds.has(o.requestId)
		);
		expect(outcomes.filter((o) => o.found).length).toBeGreaterThan(400);
		expect(outcomes.filter((o) => !o.found).length).toBeGreaterThan(80);

		// The seed counted them for the observatory.
		const [refresh] = await t.db.select().from(observatoryRefreshes);
		expect(refresh?.requestCount).toBe(all.length);
	});

	it('is idempotent: a second run changes nothing', async () => {
		const before = await snapshot();
		await seedDemoData(t.db);
		expect(await snapshot()).toEqual(before);
	});
});
