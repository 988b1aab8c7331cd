import { count, eq, inArray } from 'drizzle-orm';
import type { Database, Db } from '../db/types';
import { communes, receptionPlaces, relays, staffUsers } from '../db/schema';
import { hashPassword } from '../auth/password';
import { demoAccounts, demoCoordinator, demoNeighbourCommunes, demoRelays } from './demo-territory';
import { DEMO_REQUESTS_ANCHOR, seedDemoRequests } from './demo-requests';
import { seedDemoAvailability } from './demo-availability';

export interface DemoAccount {
	email: string;
	password: string;
	role: string;
	relay: string;
}

/** A database with no relay at all is a new one: the embedded demo gets seeded then. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
	const [row] = await db.select({ n: count() }).from(relays);
	return (row?.n ?? 0) === 0;
}

/**
 * Creates the demo territory and accounts. Deterministic and idempotent: every row has a
 * natural key (slug, INSEE code, email, place name) and existing rows are left untouched, so
 * a second run changes nothing. Later issues append their own demo data here.
 */
export async function seedDemoData(db: Database): Promise<DemoAccount[]> {
	await db.transaction(async (tx) => {
		for (const demo of demoRelays) {
			await tx
				.insert(relays)
				.values({
					slug: demo.slug,
					name: demo.name,
					referenceCode: demo.referenceCode,
					address: demo.address,
					phone: demo.phone,
					email: demo.email
				})
				.onConflictDoNothing({ target: relays.slug });
			const relay = await tx.query.relays.findFirst({ where: eq(relays.slug, demo.slug) });
			if (!relay) throw new Error(`relay ${demo.slug} missing after insert`);

			await tx
				.insert(communes)
				.values(demo.communes.map((c) => ({ ...c, departement: '35', relayId: relay.id })))
				.onConflictDoNothing({ target: communes.inseeCode });

			const existingPlaces = await tx
				.select({ name: receptionPlaces.name })
				.from(receptionPlaces)
				.where(eq(receptionPlaces.relayId, relay.id));
			const known = new Set(existingPlaces.map((p) => p.name));
			const missing = demo.places.filter((p) => !known.has(p.name));
			if (missing.length > 0) {
				await tx.insert(receptionPlaces).values(missing.map((p) => ({ ...p, relayId: relay.id })));
			}
		}

		await tx
			.insert(communes)
			.values(demoNeighbourCommunes.map((c) => ({ ...c, departement: '35', relayId: null })))
			.onConflictDoNothing({ target: communes.inseeCode });

		const relayRows = await tx
			.select({ id: relays.id, slug: relays.slug })
			.from(relays)
			.where(
				inArray(
					relays.slug,
					demoRelays.map((r) => r.slug)
				)
			);
		const relayIdBySlug = new Map(relayRows.map((r) => [r.slug, r.id]));
		const existingUsers = await tx
			.select({ email: staffUsers.email })
			.from(staffUsers)
			.where(
				inArray(
					staffUsers.email,
					demoAccounts.map((a) => a.email)
				)
			);
		const existingEmails = new Set(existingUsers.map((u) => u.email));
		for (const account of demoAccounts) {
			if (existingEmails.has(account.email)) continue;
			const relayId = relayIdBySlug.get(account.relay);
			if (!relayId) throw new Error(`relay ${account.relay} missing`);
			await tx.insert(staffUsers).values({
				email: account.email,
				name: account.name,
				role: account.role,
				relayId,
				passwordHash: await hashPassword(account.password)
			});
		}

		await tx
			.insert(staffUsers)
			.values({
				email: demoCoordinator.email,
				name: demoCoordinator.name,
				role: 'coordinator',
				relayId: null,
				passwordHash: await hashPassword(demoCoordinator.password)
			})
			.onConflictDoNothing();

		await seedDemoAvailability(tx);
		await seedDemoRequests(tx, DEMO_REQUESTS_ANCHOR);
	});
	return [
		...demoAccounts.map((a) => ({
			email: a.email,
			password: a.password,
			role: a.role,
			relay: demoRelays.find((r) => r.slug === a.relay)?.name ?? a.relay
		})),
		{
			email: demoCoordinator.email,
			password: demoCoordinator.password,
			role: 'coordinator',
			relay: '—'
		}
	];
}
