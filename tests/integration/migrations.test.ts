import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { connectDatabase } from '../../src/lib/server/db/connect';
import { auditLog, relays } from '../../src/lib/server/db/schema';
import { pgErrorCode } from '../../src/lib/server/db/errors';
import { createTestDatabase, type TestDatabase } from './test-database';
import { describeSchema } from './schema-inspection';

describe('migrations', () => {
	it('apply to an empty embedded database and create every table', async () => {
		const handle = await connectDatabase({ dataDir: 'memory://' });
		try {
			await handle.migrate();
			await handle.migrate(); // a second start finds nothing to do
			const columns = await describeSchema(handle.db);
			const tables = new Set(columns.map((c) => c.split('.')[0]));
			expect([...tables].sort()).toEqual([
				'appointments',
				'audit_log',
				'availability_reminders',
				'availability_rules',
				'calendar_feeds',
				'care_structures',
				'childcare_requests',
				'childminder_availabilities',
				'childminder_sessions',
				'childminder_sign_in_links',
				'childminders',
				'communes',
				'directory_import_mappings',
				'directory_imports',
				'epcis',
				'family_lists',
				'mail_outbox',
				'mams',
				'observatory_counts',
				'observatory_refreshes',
				'password_tokens',
				'rate_limit_hits',
				'reception_places',
				'relay_closures',
				'relays',
				'request_children',
				'request_contacts',
				'request_drafts',
				'request_events',
				'request_follow_ups',
				'request_notes',
				'request_outcomes',
				'request_reference_counters',
				'sessions',
				'sign_in_attempts',
				'staff_absences',
				'staff_users'
			]);
		} finally {
			await handle.close();
		}
	});
});

describe('audit log', () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
	});
	afterAll(async () => t.close());

	it('refuses updates and deletes: it is append-only', async () => {
		const [relay] = await t.db
			.insert(relays)
			.values({
				slug: 'r',
				referenceCode: 'RR',
				name: 'R',
				address: 'a',
				phone: '01',
				email: 'r@example.org'
			})
			.returning();
		await t.db.insert(auditLog).values({
			actorKind: 'system',
			relayId: relay?.id,
			action: 'test',
			entityType: 'relay',
			entityId: relay?.id ?? ''
		});
		const update = t.db.execute(sql`update audit_log set action = 'rewritten'`);
		await expect(update).rejects.toSatisfy((e) => pgErrorCode(e) === '42501');
		const remove = t.db.execute(sql`delete from audit_log`);
		await expect(remove).rejects.toSatisfy((e) => pgErrorCode(e) === '42501');
		expect(await t.db.$count(auditLog)).toBe(1);
	});
});
