import { randomBytes, randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { auditLog, communes, epcis, staffUsers } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { sessionUserOf, type CoordinatorUser } from '../../src/lib/server/auth/session';
import { makeCommune } from './request-fixtures';

let nextEpci = randomInt(0, 100_000);

/** An intercommunality with a SIREN of the test range (999…), as the référentiel gives one. */
export async function makeEpci(db: Database, name = 'CC Test') {
	const code = `999${String(nextEpci++ % 1_000_000).padStart(6, '0')}`;
	const [epci] = await db.insert(epcis).values({ code, name, kind: 'CC' }).returning();
	if (!epci) throw new Error('EPCI not created');
	return epci;
}

/** A commune of that EPCI, served by `relayId` (null: not served), with its population. */
export async function makeEpciCommune(
	db: Database,
	epci: { code: string },
	relayId: string | null,
	name: string,
	options: { postalCode?: string; population?: number } = {}
) {
	const commune = await makeCommune(db, relayId, name);
	const [row] = await db
		.update(communes)
		.set({
			epciCode: epci.code,
			population: options.population ?? 1000,
			postalCodes: [options.postalCode ?? '99000']
		})
		.where(eq(communes.inseeCode, commune.inseeCode))
		.returning();
	if (!row) throw new Error('commune vanished');
	return row;
}

/** The deployment's coordinator, as the pages would see them. */
export async function makeCoordinator(db: Database): Promise<CoordinatorUser> {
	const [user] = await db
		.insert(staffUsers)
		.values({
			email: `coordination-${randomBytes(4).toString('hex')}@example.org`,
			name: 'Coordination Test',
			role: 'coordinator',
			relayId: null,
			passwordHash: null
		})
		.returning();
	if (!user) throw new Error('coordinator not created');
	const session = sessionUserOf({ ...user, relay: null, epci: null });
	if (session.role !== 'coordinator') throw new Error('not a coordinator');
	return session;
}

export async function communeRow(db: Database, inseeCode: string) {
	const [row] = await db.select().from(communes).where(eq(communes.inseeCode, inseeCode));
	if (!row) throw new Error(`commune ${inseeCode} is missing`);
	return row;
}

export const communeAudit = (db: Database, inseeCode: string) =>
	db.select().from(auditLog).where(eq(auditLog.entityId, inseeCode));
