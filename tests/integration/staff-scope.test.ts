import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';
import { makeRelay, makeStaff } from './fixtures';
import { epcis, staffUsers } from '../../src/lib/server/db/schema';
import type { StaffRole } from '../../src/lib/staff-roles';
import { PG_CHECK_VIOLATION, pgErrorCode } from '../../src/lib/server/db/errors';
import {
	createSession,
	generateSessionToken,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { config } from '../../src/lib/server/config';

/**
 * Who belongs where is the database's rule (`staff_users_scope`), whatever the code does:
 * relay staff to one relay, the coordinator to the whole deployment, an official to a relay,
 * an EPCI or the deployment. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
let t: TestDatabase;
let relay: { id: string; name: string };
let epciCode: string;
beforeAll(async () => {
	t = await createTestDatabase();
	relay = await makeRelay(t.db, 'Relais des Marais');
	epciCode = `2435${String(randomBytes(3).readUIntBE(0, 3) % 100_000).padStart(5, '0')}`;
	await t.db.insert(epcis).values({ code: epciCode, name: 'CC des Marais', kind: 'CC' });
});
afterAll(async () => t.close());

const unique = () => randomBytes(4).toString('hex');

function insertStaff(role: StaffRole, scope: { relayId?: string; epciCode?: string }) {
	return t.db
		.insert(staffUsers)
		.values({ email: `${role}-${unique()}@example.org`, name: role, role, ...scope })
		.returning();
}

/** The name of the constraint a driver error reports (PGlite and postgres.js differ). */
function constraintOf(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
		const named = current as { constraint?: unknown; constraint_name?: unknown };
		const name = named.constraint ?? named.constraint_name;
		if (typeof name === 'string') return name;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

async function refusal(insert: Promise<unknown>): Promise<string> {
	try {
		await insert;
	} catch (error) {
		return `${pgErrorCode(error)} ${constraintOf(error)}`;
	}
	return 'accepted';
}

const refusedByScope = `${PG_CHECK_VIOLATION} staff_users_scope`;

describe('staff_users_scope', () => {
	it('refuses relay staff without a relay, or with an EPCI too', async () => {
		expect(await refusal(insertStaff('admin', {}))).toBe(refusedByScope);
		expect(await refusal(insertStaff('animator', {}))).toBe(refusedByScope);
		expect(await refusal(insertStaff('admin', { relayId: relay.id, epciCode }))).toBe(
			refusedByScope
		);
		expect(await refusal(insertStaff('admin', { epciCode }))).toBe(refusedByScope);
	});

	it('refuses a coordinator attached to a relay or an EPCI', async () => {
		expect(await refusal(insertStaff('coordinator', { relayId: relay.id }))).toBe(refusedByScope);
		expect(await refusal(insertStaff('coordinator', { epciCode }))).toBe(refusedByScope);
	});

	it('refuses an official attached to a relay and an EPCI at once', async () => {
		expect(await refusal(insertStaff('official', { relayId: relay.id, epciCode }))).toBe(
			refusedByScope
		);
	});

	it('accepts each role in its own scope', async () => {
		expect(await refusal(insertStaff('admin', { relayId: relay.id }))).toBe('accepted');
		expect(await refusal(insertStaff('animator', { relayId: relay.id }))).toBe('accepted');
		expect(await refusal(insertStaff('coordinator', {}))).toBe('accepted');
		expect(await refusal(insertStaff('official', { relayId: relay.id }))).toBe('accepted');
		expect(await refusal(insertStaff('official', { epciCode }))).toBe('accepted');
		expect(await refusal(insertStaff('official', {}))).toBe('accepted');
	});

	it('holds on updates too: an admin cannot lose their relay, nor become a coordinator with it', async () => {
		const admin = await makeStaff(t.db, relay, 'admin');
		const byId = eq(staffUsers.id, admin.id);
		expect(await refusal(t.db.update(staffUsers).set({ relayId: null }).where(byId))).toBe(
			refusedByScope
		);
		expect(await refusal(t.db.update(staffUsers).set({ role: 'coordinator' }).where(byId))).toBe(
			refusedByScope
		);
	});
});

describe('the session user of each role, read from the database', () => {
	async function sessionUserFor(role: StaffRole, scope: { relayId?: string; epciCode?: string }) {
		const [row] = await insertStaff(role, scope);
		if (!row) throw new Error('staff not created');
		const token = generateSessionToken();
		await createSession(t.db, token, row.id);
		return (await validateSessionToken(t.db, token)).user;
	}

	it('the coordinator: no relay, the deployment as territory', async () => {
		expect(await sessionUserFor('coordinator', {})).toMatchObject({
			role: 'coordinator',
			relayId: null,
			territoryName: config.deploymentName
		});
	});

	it('an official of an EPCI, of a relay, of the deployment', async () => {
		expect(await sessionUserFor('official', { epciCode })).toMatchObject({
			role: 'official',
			relayId: null,
			epciCode,
			territoryName: 'CC des Marais'
		});
		expect(await sessionUserFor('official', { relayId: relay.id })).toMatchObject({
			role: 'official',
			relayId: relay.id,
			epciCode: null,
			territoryName: 'Relais des Marais'
		});
		expect(await sessionUserFor('official', {})).toMatchObject({
			role: 'official',
			relayId: null,
			epciCode: null,
			territoryName: config.deploymentName
		});
	});

	it('an animator: their relay', async () => {
		expect(await sessionUserFor('animator', { relayId: relay.id })).toMatchObject({
			role: 'animator',
			relayId: relay.id,
			relayName: 'Relais des Marais',
			territoryName: 'Relais des Marais'
		});
	});
});
