import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay } from './fixtures';
import { runTogether } from './run-together';
import { auditLog, communes, epcis, staffUsers } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { loadReferential } from '../../src/lib/server/territory/load-referential';
import {
	packageReferential,
	type ReferentialCommune,
	type ReferentialEpci,
	type ReferentialSource
} from '../../src/lib/server/territory/referential-source';

// The package itself, read here without the loader's code: the expectations come from it.
const require = createRequire(import.meta.url);
const packageCommunes = require('@etalab/decoupage-administratif/data/communes.json') as {
	code: string;
	nom: string;
	departement: string;
	type: string;
	codesPostaux?: string[];
	population?: number;
}[];
const packageEpcis = require('@etalab/decoupage-administratif/data/epci.json') as {
	code: string;
	nom: string;
	membres: { code: string }[];
}[];
const communes35 = packageCommunes.filter(
	(c) => c.departement === '35' && c.type === 'commune-actuelle'
);
const epciOfPackage = new Map(packageEpcis.flatMap((e) => e.membres.map((m) => [m.code, e])));

let t: TestDatabase;
/** Read once: each load then costs its database work only, not parsing the package again. */
let source35: ReferentialSource;
beforeAll(async () => {
	t = await createTestDatabase();
	source35 = await packageReferential({ departements: ['35'] });
});
afterAll(async () => t.close());

async function makeCoordinator(db: Database) {
	const [user] = await db
		.insert(staffUsers)
		.values({
			email: `coordination-${Date.now()}@example.org`,
			name: 'Coordination',
			role: 'coordinator'
		})
		.returning();
	if (!user) throw new Error('coordinator not created');
	return user;
}

async function lastLoad() {
	const [entry] = await t.db
		.select()
		.from(auditLog)
		.where(eq(auditLog.action, 'territory.referential_loaded'))
		.orderBy(desc(auditLog.id))
		.limit(1);
	return entry;
}

const rowsOf35 = () =>
	t.db
		.select()
		.from(communes)
		.where(eq(communes.departement, '35'))
		.orderBy(asc(communes.inseeCode));

describe('loading the référentiel of département 35', () => {
	it('gives exactly the communes the package lists for 35, each with its EPCI', async () => {
		const started = Date.now();
		const report = await loadReferential(t.db, { departements: ['35'] });
		console.info(`first load of 35: ${Date.now() - started} ms`);

		const rows = await rowsOf35();
		expect(rows.map((r) => r.inseeCode)).toEqual(communes35.map((c) => c.code).sort());
		expect(report.communes.added + report.communes.updated + report.communes.unchanged).toBe(
			communes35.length
		);
		for (const row of rows) {
			const listed = communes35.find((c) => c.code === row.inseeCode);
			expect(row.name).toBe(listed?.nom);
			expect(row.population).toBe(listed?.population);
			expect(row.postalCodes).toEqual(listed?.codesPostaux);
			expect(row.epciCode).toBe(epciOfPackage.get(row.inseeCode)?.code);
			expect(row.missingFromReferentialSince).toBeNull();
		}
		// A few by name, to read: the préfecture and the EPCI it belongs to.
		const rennes = communes35.find((c) => c.nom === 'Rennes');
		const rennesRow = rows.find((r) => r.inseeCode === rennes?.code);
		const rennesEpci = await t.db.query.epcis.findFirst({
			where: eq(epcis.code, rennesRow?.epciCode ?? '')
		});
		expect(rennesEpci?.name).toBe(epciOfPackage.get(rennes?.code ?? '')?.nom);
		expect(rennesEpci?.kind).toBe('METRO');

		// Every EPCI with a member in 35 is there, and no other.
		const expectedEpcis = new Set(communes35.map((c) => epciOfPackage.get(c.code)?.code));
		const epciRows = await t.db.select().from(epcis);
		expect(new Set(epciRows.map((e) => e.code))).toEqual(expectedEpcis);

		// The shipped centroids cover 35.
		expect(report.withoutCentroid).toEqual([]);
		expect(rows.every((r) => r.latitude !== null && r.longitude !== null)).toBe(true);
	});

	it('changes nothing when run twice, and writes no row the second time', async () => {
		await loadReferential(t.db, { departements: ['35'], source: source35 });
		const before = await rowsOf35();
		const started = Date.now();
		const report = await loadReferential(t.db, { departements: ['35'], source: source35 });
		console.info(`second load of 35: ${Date.now() - started} ms`);
		expect(report.communes).toEqual({ added: 0, updated: 0, unchanged: communes35.length });
		expect(report.epcis.added + report.epcis.updated).toBe(0);
		expect(report.missing).toEqual([]);
		expect(await rowsOf35()).toEqual(before);
	});

	it('corrects a commune typed by hand before the référentiel and keeps the relay serving it', async () => {
		await loadReferential(t.db, { departements: ['35'], source: source35 });
		const relay = await makeRelay(t.db);
		const bruz = communes35.find((c) => c.nom === 'Bruz');
		if (!bruz) throw new Error('Bruz is not in the package');
		await t.db
			.update(communes)
			.set({ name: 'Bruz (saisi à la main)', population: null, relayId: relay.id, epciCode: null })
			.where(eq(communes.inseeCode, bruz.code));

		const report = await loadReferential(t.db, { departements: ['35'], source: source35 });
		expect(report.communes).toEqual({ added: 0, updated: 1, unchanged: communes35.length - 1 });
		const row = await t.db.query.communes.findFirst({ where: eq(communes.inseeCode, bruz.code) });
		expect(row?.name).toBe('Bruz');
		expect(row?.population).toBe(bruz.population);
		expect(row?.epciCode).toBe(epciOfPackage.get(bruz.code)?.code);
		expect(row?.relayId).toBe(relay.id);
	});

	it('never changes which relay serves a commune', async () => {
		await loadReferential(t.db, { departements: ['35'], source: source35 });
		const relay = await makeRelay(t.db);
		const served = communes35.slice(0, 40).map((c) => c.code);
		await t.db
			.update(communes)
			.set({ relayId: relay.id })
			.where(inArray(communes.inseeCode, served));
		const before = (await rowsOf35()).map((r) => [r.inseeCode, r.relayId]);

		await loadReferential(t.db, { departements: ['35'], source: source35 });
		expect((await rowsOf35()).map((r) => [r.inseeCode, r.relayId])).toEqual(before);
	});

	it('keeps a centroid the coordinator corrected', async () => {
		await loadReferential(t.db, { departements: ['35'], source: source35 });
		const code = communes35[10]?.code ?? '';
		await t.db
			.update(communes)
			.set({ latitude: 48.5, longitude: -1.5, centroidEditedAt: new Date() })
			.where(eq(communes.inseeCode, code));

		const report = await loadReferential(t.db, { departements: ['35'], source: source35 });
		const row = await t.db.query.communes.findFirst({ where: eq(communes.inseeCode, code) });
		expect([row?.latitude, row?.longitude]).toEqual([48.5, -1.5]);
		// Not even counted as a change: the shipped centroid is not a difference to write.
		expect(report.communes.updated).toBe(0);
	});

	it('records each load in the audit log with its counts, by the system or the given person', async () => {
		const report = await loadReferential(t.db, { departements: ['35'], source: source35 });
		const bySystem = await lastLoad();
		expect(bySystem?.actorKind).toBe('system');
		expect(bySystem?.entityId).toBe('35');
		expect(bySystem?.details).toMatchObject({
			departements: ['35'],
			version: report.version,
			communes: report.communes,
			epcis: report.epcis
		});

		const coordinator = await makeCoordinator(t.db);
		await loadReferential(t.db, {
			departements: ['35'],
			source: source35,
			actor: { kind: 'staff', userId: coordinator.id }
		});
		const byPerson = await lastLoad();
		expect(byPerson?.id).not.toBe(bySystem?.id);
		expect([byPerson?.actorKind, byPerson?.actorId]).toEqual(['staff', coordinator.id]);
	});
});

/**
 * A made-up département (98, 96: the référentiel has neither) so that removing a commune from
 * the source does not disturb the real one above. `listed`: which of its three communes
 * (1, 2, 3) the référentiel lists; 4 is a delegated commune, never a commune of its own.
 */
function fakeSource(departement: string, listed: number[]): ReferentialSource {
	const code = (n: number) => `${departement}00${n}`;
	const all: ReferentialCommune[] = [
		{ n: 1, nom: 'Aval', population: 1200 },
		{ n: 2, nom: 'Bief', population: 800 },
		{ n: 3, nom: 'Cale', population: 450 }
	]
		.filter((c) => listed.includes(c.n))
		.map((c) => ({
			code: code(c.n),
			nom: c.nom,
			departement,
			type: 'commune-actuelle',
			population: c.population,
			codesPostaux: [`${departement}100`]
		}));
	all.push({ code: code(4), nom: 'Cale-Vieille', departement, type: 'commune-deleguee' });
	const epci: ReferentialEpci = {
		code: `9${departement}000001`,
		nom: 'CC du Test',
		type: 'CC',
		membres: listed.map((n) => ({ code: code(n) }))
	};
	return {
		communes: all,
		epcis: [epci],
		centroids: new Map([
			[code(1), { latitude: 48.1, longitude: -1.6 }],
			[code(2), { latitude: 48.2, longitude: -1.7 }]
		])
	};
}

describe('a commune the référentiel no longer lists', () => {
	it('is reported with the relay serving it, kept, and cleared when it comes back', async () => {
		const departements = ['98'];
		await loadReferential(t.db, { departements, source: fakeSource('98', [1, 2, 3]) });
		const relay = await makeRelay(t.db, 'Relais du Bief');
		await t.db.update(communes).set({ relayId: relay.id }).where(eq(communes.inseeCode, '98002'));

		const merged = new Date('2027-01-01T00:00:00Z');
		const report = await loadReferential(t.db, {
			departements,
			source: fakeSource('98', [1, 3]),
			now: merged
		});
		expect(report.missing).toEqual([
			{
				inseeCode: '98002',
				name: 'Bief',
				since: merged,
				relay: { id: relay.id, name: 'Relais du Bief' }
			}
		]);
		const kept = await t.db.query.communes.findFirst({ where: eq(communes.inseeCode, '98002') });
		expect(kept?.relayId).toBe(relay.id);
		expect(kept?.missingFromReferentialSince).toEqual(merged);
		expect((await lastLoad())?.details).toMatchObject({ newlyMissing: ['98002'], missing: 1 });

		// Still missing a month later: reported again, since the first date.
		const later = await loadReferential(t.db, {
			departements,
			source: fakeSource('98', [1, 3]),
			now: new Date('2027-02-01T00:00:00Z')
		});
		expect(later.missing.map((m) => [m.inseeCode, m.since])).toEqual([['98002', merged]]);
		expect((await lastLoad())?.details).toMatchObject({ newlyMissing: [], missing: 1 });

		const back = await loadReferential(t.db, {
			departements,
			source: fakeSource('98', [1, 2, 3])
		});
		expect(back.missing).toEqual([]);
		expect(back.back).toEqual(['98002']);
		const cleared = await t.db.query.communes.findFirst({ where: eq(communes.inseeCode, '98002') });
		expect(cleared?.missingFromReferentialSince).toBeNull();
		expect(cleared?.relayId).toBe(relay.id);
	});

	it('reports the communes without a centroid and loads only current communes', async () => {
		const report = await loadReferential(t.db, {
			departements: ['98'],
			source: fakeSource('98', [1, 2, 3])
		});
		expect(report.withoutCentroid).toEqual([{ inseeCode: '98003', name: 'Cale' }]);
		const rows = await t.db.select().from(communes).where(eq(communes.departement, '98'));
		expect(rows.map((r) => r.inseeCode).sort()).toEqual(['98001', '98002', '98003']);
		expect(rows.find((r) => r.inseeCode === '98003')?.latitude).toBeNull();
	});
});

describe('two loads at once', () => {
	it('write each commune once and count it once between them', async () => {
		const source = fakeSource('96', [1, 2, 3]);
		const reports = await runTogether(t, 'epcis', [
			() => loadReferential(t.db, { departements: ['96'], source }),
			() => loadReferential(t.db, { departements: ['96'], source })
		]);
		expect(reports.map((r) => r.communes.added).sort()).toEqual([0, 3]);
		expect(reports.map((r) => r.epcis.added).sort()).toEqual([0, 1]);
		const rows = await t.db.select().from(communes).where(eq(communes.departement, '96'));
		expect(rows).toHaveLength(3);
	});
});
