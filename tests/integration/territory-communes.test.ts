import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communes } from '../../src/lib/server/db/schema';
import { listQueue } from '../../src/lib/server/queue/queue-listing';
import {
	assignCommunes,
	assignUnservedCommunesOfEpci
} from '../../src/lib/server/territory/communes/assign-communes';
import {
	findCommuneDetail,
	openRequestsElsewhere
} from '../../src/lib/server/territory/communes/commune-detail';
import { editCentroid } from '../../src/lib/server/territory/communes/edit-centroid';
import { listCommunes } from '../../src/lib/server/territory/communes/list-communes';
import { transferOpenRequestsOfCommune } from '../../src/lib/server/territory/communes/transfer-commune-requests';
import { makeRelay, makeStaff } from './fixtures';
import { communeAudit, communeRow, makeEpciCommune } from './commune-fixtures';
import { makeCoordinator, makeEpci } from './territory-fixtures';
import {
	auditEntriesOf,
	bookedAppointment,
	eventsOf,
	forceStatus,
	receiveRequest,
	requestRow
} from './queue-fixtures';
import { runTogether } from './run-together';
import { createTestDatabase, type TestDatabase } from './test-database';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

const names = (rows: { name: string }[]) => rows.map((row) => row.name);
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

describe('the list of communes', () => {
	it('filters by EPCI, by relay, by "no relay" and by "no longer in the référentiel"', async () => {
		const epci = await makeEpci(t.db, 'CC du Filtre');
		const other = await makeEpci(t.db, 'CC Voisine');
		const relay = await makeRelay(t.db, 'Relais Filtre');
		const served = await makeEpciCommune(t.db, epci, relay.id, 'Servie');
		const unserved = await makeEpciCommune(t.db, epci, null, 'Oubliée');
		const gone = await makeEpciCommune(t.db, epci, null, 'Fusionnée');
		await t.db
			.update(communes)
			.set({ missingFromReferentialSince: day(1) })
			.where(eq(communes.inseeCode, gone.inseeCode));
		await makeEpciCommune(t.db, other, relay.id, 'Ailleurs');

		const ofEpci = await listCommunes(t.db, { epciCode: epci.code });
		expect(names(ofEpci.rows)).toEqual(['Fusionnée', 'Oubliée', 'Servie']);
		expect(ofEpci.rows.find((row) => row.name === 'Servie')).toMatchObject({
			inseeCode: served.inseeCode,
			postalCodes: ['99000'],
			epciName: 'CC du Filtre',
			population: 1000,
			relayId: relay.id,
			relayName: 'Relais Filtre'
		});
		const ofRelay = await listCommunes(t.db, { relay: { kind: 'relay', relayId: relay.id } });
		expect(names(ofRelay.rows)).toEqual(['Ailleurs', 'Servie']);
		const none = await listCommunes(t.db, { epciCode: epci.code, relay: { kind: 'none' } });
		expect(names(none.rows)).toEqual(['Fusionnée', 'Oubliée']);
		expect(none.rows[1]?.inseeCode).toBe(unserved.inseeCode);
		const missing = await listCommunes(t.db, { relay: { kind: 'missing' } });
		expect(names(missing.rows)).toEqual(['Fusionnée']);
	});

	it('finds a typed name whatever its accents, case, hyphens or "St", and a postal code', async () => {
		const epci = await makeEpci(t.db, 'CC des Noms');
		await makeEpciCommune(t.db, epci, null, 'Saint-Méen-le-Grand', { postalCode: '35290' });
		await makeEpciCommune(t.db, epci, null, 'Gaël', { postalCode: '35290' });
		await makeEpciCommune(t.db, epci, null, 'Bruz', { postalCode: '35170' });
		await makeEpciCommune(t.db, epci, null, 'Acigné', { postalCode: '35690' });
		await makeEpciCommune(t.db, epci, null, 'Aubigné', { postalCode: '35250' });
		const search = async (text: string) =>
			names((await listCommunes(t.db, { epciCode: epci.code, text })).rows);

		expect(await search('st meen')).toEqual(['Saint-Méen-le-Grand']);
		expect(await search('SAINT-MÉEN')).toEqual(['Saint-Méen-le-Grand']);
		expect(await search('gael')).toEqual(['Gaël']);
		expect(await search('Burz')).toEqual(['Bruz']);
		// A name that holds the typed words keeps the near misses (Aubigné) out.
		expect(await search('acigne')).toEqual(['Acigné']);
		expect(await search('35290')).toEqual(['Gaël', 'Saint-Méen-le-Grand']);
		expect(await search('351')).toEqual(['Bruz']);
		expect(await search('Vitré')).toEqual([]);
	});

	it('comes in pages of 50', async () => {
		const epci = await makeEpci(t.db, 'CC Nombreuse');
		for (let i = 1; i <= 55; i++)
			await makeEpciCommune(t.db, epci, null, `Commune ${String(i).padStart(2, '0')}`);

		const first = await listCommunes(t.db, { epciCode: epci.code }, 1);
		const second = await listCommunes(t.db, { epciCode: epci.code }, 2);
		expect(first).toMatchObject({ total: 55, page: 1, pageCount: 2, firstRank: 1 });
		expect(first.rows).toHaveLength(50);
		expect(second).toMatchObject({ total: 55, page: 2, pageCount: 2, firstRank: 51 });
		expect(names(second.rows)).toEqual([51, 52, 53, 54, 55].map((n) => `Commune ${n}`));
		// A page beyond the last shows the last.
		expect((await listCommunes(t.db, { epciCode: epci.code }, 9)).page).toBe(2);
	});
});

describe('assigning communes to a relay', () => {
	it('gives the ticked communes to a relay, one audit entry each, and can leave them unserved', async () => {
		const coordinator = await makeCoordinator(t.db);
		const epci = await makeEpci(t.db);
		const west = await makeRelay(t.db, 'Relais Ouest');
		const east = await makeRelay(t.db, 'Relais Est');
		const a = await makeEpciCommune(t.db, epci, null, 'Alpha');
		const b = await makeEpciCommune(t.db, epci, west.id, 'Bêta');

		const result = await assignCommunes(t.db, coordinator, east.id, [
			{ inseeCode: a.inseeCode, expectedRelayId: null },
			{ inseeCode: b.inseeCode, expectedRelayId: west.id }
		]);

		expect(result).toEqual({
			ok: true,
			toRelay: { id: east.id, name: 'Relais Est' },
			assigned: [
				{ inseeCode: a.inseeCode, name: 'Alpha' },
				{ inseeCode: b.inseeCode, name: 'Bêta' }
			],
			unchanged: [],
			changedMeanwhile: []
		});
		expect((await communeRow(t.db, a.inseeCode)).relayId).toBe(east.id);
		expect((await communeRow(t.db, b.inseeCode)).relayId).toBe(east.id);
		const audit = await communeAudit(t.db, b.inseeCode);
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({
			actorKind: 'staff',
			actorId: coordinator.id,
			relayId: east.id,
			action: 'commune.assigned',
			entityType: 'commune',
			details: { fromRelayId: west.id, toRelayId: east.id }
		});

		const left = await assignCommunes(t.db, coordinator, null, [
			{ inseeCode: a.inseeCode, expectedRelayId: east.id }
		]);
		expect(left).toMatchObject({ ok: true, toRelay: null, assigned: [{ name: 'Alpha' }] });
		expect((await communeRow(t.db, a.inseeCode)).relayId).toBeNull();
		expect(await communeAudit(t.db, a.inseeCode)).toHaveLength(2);
	});

	it('reports a commune changed by someone else since the page was shown, and leaves it as they set it', async () => {
		const coordinator = await makeCoordinator(t.db);
		const epci = await makeEpci(t.db);
		const west = await makeRelay(t.db, 'Relais Ouest');
		const east = await makeRelay(t.db, 'Relais Est');
		const shownUnserved = await makeEpciCommune(t.db, epci, null, 'Disputée');
		const other = await makeEpciCommune(t.db, epci, null, 'Tranquille');
		const already = await makeEpciCommune(t.db, epci, west.id, 'Déjà');
		// Meanwhile, another coordinator gave "Disputée" to the east relay.
		await assignCommunes(t.db, coordinator, east.id, [
			{ inseeCode: shownUnserved.inseeCode, expectedRelayId: null }
		]);

		const result = await assignCommunes(t.db, coordinator, west.id, [
			{ inseeCode: shownUnserved.inseeCode, expectedRelayId: null },
			{ inseeCode: other.inseeCode, expectedRelayId: null },
			{ inseeCode: already.inseeCode, expectedRelayId: west.id }
		]);

		expect(result).toEqual({
			ok: true,
			toRelay: { id: west.id, name: 'Relais Ouest' },
			assigned: [{ inseeCode: other.inseeCode, name: 'Tranquille' }],
			unchanged: [{ inseeCode: already.inseeCode, name: 'Déjà' }],
			changedMeanwhile: [{ inseeCode: shownUnserved.inseeCode, name: 'Disputée' }]
		});
		expect((await communeRow(t.db, shownUnserved.inseeCode)).relayId).toBe(east.id);
		expect(await communeAudit(t.db, shownUnserved.inseeCode)).toHaveLength(1);
		expect(await communeAudit(t.db, already.inseeCode)).toHaveLength(0);
	});

	it('refuses an unknown relay and writes nothing', async () => {
		const coordinator = await makeCoordinator(t.db);
		const commune = await makeEpciCommune(t.db, await makeEpci(t.db), null, 'Seule');
		const result = await assignCommunes(t.db, coordinator, crypto.randomUUID(), [
			{ inseeCode: commune.inseeCode, expectedRelayId: null }
		]);
		expect(result).toEqual({ ok: false, refusal: 'invalid_relay' });
		expect((await communeRow(t.db, commune.inseeCode)).relayId).toBeNull();
		expect(await communeAudit(t.db, commune.inseeCode)).toHaveLength(0);
	});

	it('gives every unserved commune of an EPCI to a relay, and only those', async () => {
		const coordinator = await makeCoordinator(t.db);
		const epci = await makeEpci(t.db);
		const west = await makeRelay(t.db, 'Relais Ouest');
		const east = await makeRelay(t.db, 'Relais Est');
		const first = await makeEpciCommune(t.db, epci, null, 'Une');
		const second = await makeEpciCommune(t.db, epci, null, 'Deux');
		const served = await makeEpciCommune(t.db, epci, east.id, 'Servie');
		const gone = await makeEpciCommune(t.db, epci, null, 'Disparue');
		await t.db
			.update(communes)
			.set({ missingFromReferentialSince: day(1) })
			.where(eq(communes.inseeCode, gone.inseeCode));
		const elsewhere = await makeEpciCommune(t.db, await makeEpci(t.db), null, 'Ailleurs');

		const result = await assignUnservedCommunesOfEpci(t.db, coordinator, epci.code, west.id);

		expect(result).toEqual({
			ok: true,
			toRelay: { id: west.id, name: 'Relais Ouest' },
			assigned: [
				{ inseeCode: second.inseeCode, name: 'Deux' },
				{ inseeCode: first.inseeCode, name: 'Une' }
			]
		});
		expect((await communeRow(t.db, served.inseeCode)).relayId).toBe(east.id);
		expect((await communeRow(t.db, gone.inseeCode)).relayId).toBeNull();
		expect((await communeRow(t.db, elsewhere.inseeCode)).relayId).toBeNull();
		expect(await communeAudit(t.db, first.inseeCode)).toHaveLength(1);
	});

	it('two coordinators giving one unserved commune to two relays at once: one wins, the other is told', async () => {
		const [one, two] = [await makeCoordinator(t.db), await makeCoordinator(t.db)];
		const west = await makeRelay(t.db, 'Relais Ouest');
		const east = await makeRelay(t.db, 'Relais Est');
		const commune = await makeEpciCommune(t.db, await makeEpci(t.db), null, 'Convoitée');
		const shown = [{ inseeCode: commune.inseeCode, expectedRelayId: null }];

		const results = await runTogether(t, 'communes', [
			() => assignCommunes(t.db, one, west.id, shown),
			() => assignCommunes(t.db, two, east.id, shown)
		]);

		const won = results.filter((r) => r.ok && r.assigned.length === 1);
		const told = results.filter((r) => r.ok && r.changedMeanwhile.length === 1);
		expect(won).toHaveLength(1);
		expect(told).toHaveLength(1);
		const winner = results[0] === won[0] ? west : east;
		expect((await communeRow(t.db, commune.inseeCode)).relayId).toBe(winner.id);
		expect(await communeAudit(t.db, commune.inseeCode)).toHaveLength(1);
	});
});

describe('moving a commune', () => {
	it('sends the new requests of the commune to the new relay’s queue', async () => {
		const coordinator = await makeCoordinator(t.db);
		const west = await makeRelay(t.db, 'Relais Ouest');
		const east = await makeRelay(t.db, 'Relais Est');
		const westAnimator = await makeStaff(t.db, west, 'animator');
		const eastAnimator = await makeStaff(t.db, east, 'animator');
		const commune = await makeEpciCommune(t.db, await makeEpci(t.db), west.id, 'Déplacée');

		await assignCommunes(t.db, coordinator, east.id, [
			{ inseeCode: commune.inseeCode, expectedRelayId: west.id }
		]);
		const request = await receiveRequest(t.db, commune.inseeCode, new Date());

		expect((await requestRow(t.db, request.id)).relayId).toBe(east.id);
		const eastQueue = await listQueue(t.db, eastAnimator);
		expect(eastQueue.rows.map((row) => row.id)).toContain(request.id);
		const westQueue = await listQueue(t.db, westAnimator);
		expect(westQueue.rows.map((row) => row.id)).not.toContain(request.id);
	});

	it('offers the count of open requests left in the old relay and transfers them all, audited, but not booked ones', async () => {
		const coordinator = await makeCoordinator(t.db);
		const west = await makeRelay(t.db, 'Relais Ouest');
		const east = await makeRelay(t.db, 'Relais Est');
		const westAnimator = await makeStaff(t.db, west, 'animator');
		const commune = await makeEpciCommune(t.db, await makeEpci(t.db), west.id, 'Partante');
		const neighbour = await makeEpciCommune(t.db, await makeEpci(t.db), west.id, 'Restante');
		const waiting = await receiveRequest(t.db, commune.inseeCode, day(2));
		const taken = await receiveRequest(t.db, commune.inseeCode, day(3));
		await forceStatus(t.db, taken.id, 'in_progress', westAnimator.id);
		const booked = await receiveRequest(t.db, commune.inseeCode, day(4));
		await forceStatus(t.db, booked.id, 'appointment_booked', westAnimator.id);
		await bookedAppointment(t.db, booked, westAnimator, 48);
		const closed = await receiveRequest(t.db, commune.inseeCode, day(5));
		await forceStatus(t.db, closed.id, 'closed_by_relay', westAnimator.id);
		const notThisCommune = await receiveRequest(t.db, neighbour.inseeCode, day(6));

		await assignCommunes(t.db, coordinator, east.id, [
			{ inseeCode: commune.inseeCode, expectedRelayId: west.id }
		]);
		expect(await openRequestsElsewhere(t.db, commune.inseeCode, east.id)).toEqual([
			{ fromRelay: { id: west.id, name: 'Relais Ouest' }, count: 2 }
		]);

		const result = await transferOpenRequestsOfCommune(
			t.db,
			coordinator,
			commune.inseeCode,
			west.id,
			'La commune est confiée à un autre relais.'
		);

		expect(result).toEqual({ ok: true, moved: 2, toRelay: { id: east.id, name: 'Relais Est' } });
		for (const moved of [waiting, taken]) {
			const row = await requestRow(t.db, moved.id);
			expect(row).toMatchObject({ relayId: east.id, status: 'received', assignedTo: null });
			const audit = await auditEntriesOf(t.db, moved.id, 'request.transferred');
			expect(audit).toHaveLength(1);
			expect(audit[0]).toMatchObject({
				actorId: coordinator.id,
				relayId: west.id,
				details: { fromRelayId: west.id, toRelayId: east.id }
			});
			const events = (await eventsOf(t.db, moved.id)).filter((e) => e.kind === 'transferred');
			expect(events).toHaveLength(1);
			expect(events[0]).toMatchObject({ actorId: coordinator.id, visibleToFamily: true });
		}
		expect((await requestRow(t.db, booked.id)).relayId).toBe(west.id);
		expect((await requestRow(t.db, closed.id)).relayId).toBe(west.id);
		expect((await requestRow(t.db, notThisCommune.id)).relayId).toBe(west.id);
		expect(await openRequestsElsewhere(t.db, commune.inseeCode, east.id)).toEqual([]);

		// Pressing again moves nothing, and writes nothing.
		const again = await transferOpenRequestsOfCommune(
			t.db,
			coordinator,
			commune.inseeCode,
			west.id,
			'La commune est confiée à un autre relais.'
		);
		expect(again).toMatchObject({ ok: true, moved: 0 });
		expect(await auditEntriesOf(t.db, waiting.id, 'request.transferred')).toHaveLength(1);
	});

	it('two coordinators transferring at once move each request once', async () => {
		const [one, two] = [await makeCoordinator(t.db), await makeCoordinator(t.db)];
		const west = await makeRelay(t.db, 'Relais Ouest');
		const east = await makeRelay(t.db, 'Relais Est');
		const commune = await makeEpciCommune(t.db, await makeEpci(t.db), west.id, 'Pressée');
		const requests = [
			await receiveRequest(t.db, commune.inseeCode, day(7)),
			await receiveRequest(t.db, commune.inseeCode, day(8)),
			await receiveRequest(t.db, commune.inseeCode, day(9))
		];
		await assignCommunes(t.db, one, east.id, [
			{ inseeCode: commune.inseeCode, expectedRelayId: west.id }
		]);

		const results = await runTogether(t, 'childcare_requests', [
			() => transferOpenRequestsOfCommune(t.db, one, commune.inseeCode, west.id, 'Déplacée'),
			() => transferOpenRequestsOfCommune(t.db, two, commune.inseeCode, west.id, 'Déplacée')
		]);

		expect(results.map((r) => (r.ok ? r.moved : -1)).sort()).toEqual([0, 3]);
		for (const request of requests) {
			expect((await requestRow(t.db, request.id)).relayId).toBe(east.id);
			expect(await auditEntriesOf(t.db, request.id, 'request.transferred')).toHaveLength(1);
		}
	});

	it('refuses to transfer when the commune is not served, or from the relay serving it', async () => {
		const coordinator = await makeCoordinator(t.db);
		const west = await makeRelay(t.db, 'Relais Ouest');
		const unserved = await makeEpciCommune(t.db, await makeEpci(t.db), null, 'Sans relais');
		const served = await makeEpciCommune(t.db, await makeEpci(t.db), west.id, 'Avec relais');
		expect(
			await transferOpenRequestsOfCommune(t.db, coordinator, unserved.inseeCode, west.id, 'x')
		).toEqual({ ok: false, refusal: 'not_served' });
		expect(
			await transferOpenRequestsOfCommune(t.db, coordinator, served.inseeCode, west.id, 'x')
		).toEqual({ ok: false, refusal: 'invalid_relay' });
		expect(await transferOpenRequestsOfCommune(t.db, coordinator, '00000', west.id, 'x')).toEqual({
			ok: false,
			refusal: 'not_found'
		});
	});
});

describe('the centroid of a commune', () => {
	it('is corrected by the coordinator, marked as edited by hand and audited', async () => {
		const coordinator = await makeCoordinator(t.db);
		const commune = await makeEpciCommune(t.db, await makeEpci(t.db), null, 'Centrée');
		const now = day(20);

		expect(
			await editCentroid(
				t.db,
				coordinator,
				commune.inseeCode,
				{
					latitude: 48.1147,
					longitude: -1.6794
				},
				now
			)
		).toEqual({ ok: true });

		const detail = await findCommuneDetail(t.db, commune.inseeCode);
		expect(detail).toMatchObject({ latitude: 48.1147, longitude: -1.6794, centroidEditedAt: now });
		const audit = await communeAudit(t.db, commune.inseeCode);
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({
			actorId: coordinator.id,
			action: 'commune.centroid_edited',
			details: { from: { latitude: 48.1, longitude: -1.7 }, to: { latitude: 48.1147 } }
		});
		expect(await editCentroid(t.db, coordinator, '00000', { latitude: 1, longitude: 1 })).toEqual({
			ok: false,
			refusal: 'not_found'
		});
	});
});
