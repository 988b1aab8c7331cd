import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay, makeStaff } from './fixtures';
import { submitRequest } from './request-fixtures';
import { makeEpci, makeTerritoryCommune } from './territory-fixtures';
import { childcareRequests, staffUsers } from '../../src/lib/server/db/schema';
import { PG_CHECK_VIOLATION, pgErrorCode } from '../../src/lib/server/db/errors';
import {
	communesInScope,
	officialScopeOf,
	requestInScope,
	type OfficialScope
} from '../../src/lib/server/territory/official-scope';
import { officialTerritory } from '../../src/lib/server/territory/official-territory';
import { sessionUserOf } from '../../src/lib/server/auth/session';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

/**
 * Two relays share EPCI A (each serves part of it, and one of its communes is served by
 * none); relay 1 also serves a commune of the neighbouring EPCI B. EPCI A reaches over the
 * département's border, where the deployment does not go.
 */
async function makeTerritory() {
	const relay1 = await makeRelay(t.db, 'Relais Un');
	const relay2 = await makeRelay(t.db, 'Relais Deux');
	const epciA = await makeEpci(t.db, 'CC du Val');
	const epciB = await makeEpci(t.db, 'CC Voisine');
	const commune = (
		name: string,
		relay: { id: string } | null,
		epci: { code: string } | null,
		departement?: string
	) =>
		makeTerritoryCommune(t.db, {
			name,
			relayId: relay?.id ?? null,
			epciCode: epci?.code ?? null,
			departement
		});
	return {
		relay1,
		relay2,
		epciA,
		epciB,
		a1: await commune('Aubigné', relay1, epciA),
		a2: await commune('Andouillé', relay2, epciA),
		a3: await commune('Amanlis', null, epciA),
		aAcross: await commune('Ailleurs-sur-Oust', null, epciA, '56'),
		b1: await commune('Bécherel', relay1, epciB),
		b2: await commune('Brielles', null, epciB),
		n1: await commune('Nulle-Part', relay2, null),
		away: await commune('Loin', null, null, '56')
	};
}

const codes = async (scope: OfficialScope) =>
	(await communesInScope(t.db, scope)).map((c) => c.inseeCode).sort();

describe('the territory an official sees', () => {
	it('an EPCI official sees exactly its EPCI’s communes of the deployment, across two relays, and none of the neighbour EPCI', async () => {
		const w = await makeTerritory();
		expect(await codes({ kind: 'epci', epciCode: w.epciA.code })).toEqual(
			[w.a1, w.a2, w.a3].map((c) => c.inseeCode).sort()
		);
		expect(await codes({ kind: 'epci', epciCode: w.epciB.code })).toEqual(
			[w.b1, w.b2].map((c) => c.inseeCode).sort()
		);
	});

	it('a relay official sees exactly the communes its relay serves, whatever their EPCI', async () => {
		const w = await makeTerritory();
		expect(await codes({ kind: 'relay', relayId: w.relay1.id })).toEqual(
			[w.a1, w.b1].map((c) => c.inseeCode).sort()
		);
		expect(await codes({ kind: 'relay', relayId: w.relay2.id })).toEqual(
			[w.a2, w.n1].map((c) => c.inseeCode).sort()
		);
	});

	it('a deployment official sees every served commune and the unserved ones of the département, not beyond', async () => {
		const w = await makeTerritory();
		const all = await codes({ kind: 'deployment' });
		for (const inside of [w.a1, w.a2, w.a3, w.b1, w.b2, w.n1])
			expect(all).toContain(inside.inseeCode);
		for (const outside of [w.aAcross, w.away]) expect(all).not.toContain(outside.inseeCode);
	});

	it('the communes come by name, with their INSEE code, and nothing else', async () => {
		const w = await makeTerritory();
		expect(await communesInScope(t.db, { kind: 'relay', relayId: w.relay1.id })).toEqual([
			{ inseeCode: w.a1.inseeCode, name: 'Aubigné' },
			{ inseeCode: w.b1.inseeCode, name: 'Bécherel' }
		]);
	});

	it('restricts requests by the family’s commune of residence', async () => {
		const w = await makeTerritory();
		const fromA1 = await submitRequest(t.db, w.a1.inseeCode);
		const fromA2 = await submitRequest(t.db, w.a2.inseeCode);
		const fromB1 = await submitRequest(t.db, w.b1.inseeCode);
		const ids = async (scope: OfficialScope) =>
			(
				await t.db
					.select({ id: childcareRequests.id })
					.from(childcareRequests)
					.where(requestInScope(scope))
			)
				.map((r) => r.id)
				.sort();
		expect(await ids({ kind: 'epci', epciCode: w.epciA.code })).toEqual(
			[fromA1.requestId, fromA2.requestId].sort()
		);
		expect(await ids({ kind: 'relay', relayId: w.relay1.id })).toEqual(
			[fromA1.requestId, fromB1.requestId].sort()
		);
		// Composes with other conditions (the observatory will add periods, statuses…).
		const [row] = await t.db
			.select({ n: count() })
			.from(childcareRequests)
			.where(
				and(
					requestInScope({ kind: 'epci', epciCode: w.epciB.code }),
					eq(childcareRequests.relayId, w.relay1.id)
				)
			);
		expect(row?.n).toBe(1);
	});
});

describe('an official’s scope from the account', () => {
	it('is the relay, the EPCI or the deployment the account names', async () => {
		expect(officialScopeOf({ relayId: 'r', epciCode: null })).toEqual({
			kind: 'relay',
			relayId: 'r'
		});
		expect(officialScopeOf({ relayId: null, epciCode: '200000000' })).toEqual({
			kind: 'epci',
			epciCode: '200000000'
		});
		expect(officialScopeOf({ relayId: null, epciCode: null })).toEqual({ kind: 'deployment' });
	});

	it('never widens: an account naming both a relay and an EPCI is refused, not read as the deployment', async () => {
		expect(() => officialScopeOf({ relayId: 'r', epciCode: '200000000' })).toThrow();
	});

	it('the database refuses an official attached to both a relay and an EPCI', async () => {
		const relay = await makeRelay(t.db);
		const epci = await makeEpci(t.db);
		const insert = t.db.insert(staffUsers).values({
			email: `both-${epci.code}@example.org`,
			name: 'Élu des deux',
			role: 'official',
			relayId: relay.id,
			epciCode: epci.code
		});
		const failure = await insert.then(
			() => null,
			(error: unknown) => error
		);
		expect(pgErrorCode(failure)).toBe(PG_CHECK_VIOLATION);
		expect(
			await t.db.$count(staffUsers, eq(staffUsers.email, `both-${epci.code}@example.org`))
		).toBe(0);
	});

	it('the database refuses an EPCI on an admin or an animator, and any scope on the coordinator', async () => {
		const relay = await makeRelay(t.db);
		const epci = await makeEpci(t.db);
		const attempts = [
			{ role: 'admin' as const, relayId: relay.id, epciCode: epci.code },
			{ role: 'animator' as const, relayId: null, epciCode: epci.code },
			{ role: 'coordinator' as const, relayId: null, epciCode: epci.code },
			{ role: 'coordinator' as const, relayId: relay.id, epciCode: null }
		];
		for (const [i, attempt] of attempts.entries()) {
			const failure = await t.db
				.insert(staffUsers)
				.values({ email: `odd-${i}-${epci.code}@example.org`, name: 'Odd', ...attempt })
				.then(
					() => null,
					(error: unknown) => error
				);
			expect(pgErrorCode(failure), attempt.role).toBe(PG_CHECK_VIOLATION);
		}
	});

	it('the observatory’s territory of an EPCI official names the EPCI and lists its communes', async () => {
		const w = await makeTerritory();
		const [row] = await t.db
			.insert(staffUsers)
			.values({
				email: `elu-${w.epciA.code}@example.org`,
				name: 'Élue du Val',
				role: 'official',
				epciCode: w.epciA.code
			})
			.returning();
		if (!row) throw new Error('official not created');
		const official = sessionUserOf({ ...row, relay: null, epci: { name: w.epciA.name } });
		if (official.role !== 'official') throw new Error('not an official');
		expect(await officialTerritory(t.db, official)).toEqual({
			kind: 'epci',
			name: 'CC du Val',
			communes: [
				{ inseeCode: w.a3.inseeCode, name: 'Amanlis' },
				{ inseeCode: w.a2.inseeCode, name: 'Andouillé' },
				{ inseeCode: w.a1.inseeCode, name: 'Aubigné' }
			]
		});
	});

	it('a relay official made by the fixtures sees its relay', async () => {
		const w = await makeTerritory();
		const official = await makeStaff(t.db, w.relay2, 'official');
		expect((await officialTerritory(t.db, official)).communes.map((c) => c.name)).toEqual([
			'Andouillé',
			'Nulle-Part'
		]);
	});
});
