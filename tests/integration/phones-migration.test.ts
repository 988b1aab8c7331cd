import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { childcareRequests } from '../../src/lib/server/db/schema';
import { makeRelay } from './fixtures';
import { makeCommune, submitRequest } from './request-fixtures';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * Migration 0007 turns the French numbers stored before phones were normalised into E.164.
 * Its statements are run again here on rows written the old way (the migration already ran
 * on this empty database): they are idempotent, so this is what a database of that time gets.
 */
const statements = readFileSync('drizzle/0007_phones_e164.sql', 'utf8')
	.split('--> statement-breakpoint')
	.map((statement) => statement.trim())
	.filter(Boolean);

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => t.close());

describe('migration 0007: phones in E.164', () => {
	it('converts French national numbers and leaves anything else as typed', async () => {
		const relay = await makeRelay(t.db, 'Relais Téléphones');
		const commune = await makeCommune(t.db, relay.id, 'Téléphonville');
		const stored = async (phone: string) => {
			const { requestId } = await submitRequest(t.db, commune.inseeCode, { contact: { phone } });
			return requestId;
		};
		const ids = {
			spaced: await stored('06 84 63 05 54'),
			dotted: await stored('01.23.45.67.89'),
			e164: await stored('+33684630554'),
			foreign: await stored('+44 20 7946 0958'),
			odd: await stored('0684'),
			international: await stored('0033684630554')
		};

		for (const statement of statements) await t.db.execute(sql.raw(statement));

		const phoneOf = async (id: string) =>
			(
				await t.db
					.select({ phone: childcareRequests.phone })
					.from(childcareRequests)
					.where(eq(childcareRequests.id, id))
			)[0]?.phone;
		expect(await phoneOf(ids.spaced)).toBe('+33684630554');
		expect(await phoneOf(ids.dotted)).toBe('+33123456789');
		expect(await phoneOf(ids.e164)).toBe('+33684630554');
		expect(await phoneOf(ids.foreign)).toBe('+44 20 7946 0958');
		expect(await phoneOf(ids.odd)).toBe('0684');
		expect(await phoneOf(ids.international)).toBe('0033684630554');
	});
});
