import { eq } from 'drizzle-orm';
import { auditLog, communes } from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import { makeCommune } from './request-fixtures';

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

export async function communeRow(db: Database, inseeCode: string) {
	const [row] = await db.select().from(communes).where(eq(communes.inseeCode, inseeCode));
	if (!row) throw new Error(`commune ${inseeCode} is missing`);
	return row;
}

export const communeAudit = (db: Database, inseeCode: string) =>
	db.select().from(auditLog).where(eq(auditLog.entityId, inseeCode));
