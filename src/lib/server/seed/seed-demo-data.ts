import { and, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Database, Db } from '../db/types';
import { communes, epcis, receptionPlaces, relays, staffUsers } from '../db/schema';
import { hashPassword } from '../auth/password';
import { config } from '../config';
import { loadReferential } from '../territory/load-referential';
import { DEMO_DEPARTEMENT, demoAccounts, demoRelays, type DemoRelay } from './demo-territory';
import { DEMO_REQUESTS_ANCHOR, seedDemoRequests } from './demo-requests';
import { seedDemoAvailability } from './demo-availability';
import { seedDemoDirectory } from './demo-directory';
import { historyArrivals, insertDemoHistory, planDemoHistory } from './demo-history';
import { refreshObservatoryCounts } from '../observatory/refresh-counts';

/** A demo account as printed at the console: `territory` is where it works, by name. */
export interface DemoAccount {
	email: string;
	password: string;
	role: string;
	territory: string;
}

/** A database with no relay at all is a new one: the embedded demo gets seeded then. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
	const [row] = await db.select({ n: count() }).from(relays);
	return (row?.n ?? 0) === 0;
}

/**
 * Creates the demo territory and accounts. First the référentiel of the configured
 * départements, and of the demo's own (35) whatever they are, since the demo relays serve its
 * communes, unless already loaded; then relays, their communes, places, accounts, availability,
 * requests (the 150 of the queues and three years of closed history for the observatory) and
 * the directory; last, the observatory's counts.
 * Deterministic and idempotent: every row has a natural key (slug, INSEE code, email, place
 * name) and existing rows are left untouched — a commune already served (the coordinator may
 * have moved it) keeps its relay — so a second run changes nothing.
 */
export async function seedDemoData(db: Database): Promise<DemoAccount[]> {
	const departements = await departementsNotLoaded(db, [
		...new Set([...config.departements, DEMO_DEPARTEMENT])
	]);
	if (departements.length > 0) await loadReferential(db, { departements });
	await db.transaction(async (tx) => {
		for (const demo of demoRelays) {
			const relayId = await ensureRelay(tx, demo);
			await assignCommunes(tx, relayId, demo.communes);
			const existingPlaces = await tx
				.select({ name: receptionPlaces.name })
				.from(receptionPlaces)
				.where(eq(receptionPlaces.relayId, relayId));
			const known = new Set(existingPlaces.map((p) => p.name));
			const missing = demo.places.filter((p) => !known.has(p.name));
			if (missing.length > 0) {
				await tx.insert(receptionPlaces).values(missing.map((p) => ({ ...p, relayId })));
			}
		}
		await ensureAccounts(tx);
		await seedDemoAvailability(tx);
		// The history's requests and the 150 are numbered together, in their order of arrival.
		const history = await planDemoHistory(tx, DEMO_REQUESTS_ANCHOR);
		const { references } = await seedDemoRequests(
			tx,
			DEMO_REQUESTS_ANCHOR,
			historyArrivals(history)
		);
		await insertDemoHistory(tx, history, references, DEMO_REQUESTS_ANCHOR);
		await seedDemoDirectory(tx, DEMO_REQUESTS_ANCHOR);
	});
	// The observatory reads counts, not requests: recount them now rather than at the next hour.
	await refreshObservatoryCounts(db);
	return describeAccounts(db);
}

/**
 * The départements whose référentiel was never loaded (no commune with a population, which
 * only the référentiel gives): a later run of the seed loads nothing and audits nothing.
 * Updating the référentiel is `npm run territory:load`'s work.
 */
async function departementsNotLoaded(db: Db, departements: string[]): Promise<string[]> {
	const loaded = await db
		.selectDistinct({ departement: communes.departement })
		.from(communes)
		.where(and(inArray(communes.departement, departements), isNotNull(communes.population)));
	const done = new Set(loaded.map((row) => row.departement));
	return departements.filter((code) => !done.has(code));
}

async function ensureRelay(tx: Db, demo: DemoRelay): Promise<string> {
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
	return relay.id;
}

/** Gives the relay those of its communes that no relay serves yet. */
async function assignCommunes(tx: Db, relayId: string, codes: readonly string[]): Promise<void> {
	const known = await tx
		.select({ inseeCode: communes.inseeCode })
		.from(communes)
		.where(inArray(communes.inseeCode, [...codes]));
	if (known.length !== codes.length) {
		// The référentiel no longer lists a commune of the demo (merged, renamed): say which.
		const found = new Set(known.map((c) => c.inseeCode));
		const absent = codes.filter((code) => !found.has(code));
		throw new Error(`demo communes absent from the référentiel: ${absent.join(', ')}`);
	}
	await tx
		.update(communes)
		.set({ relayId })
		.where(and(inArray(communes.inseeCode, [...codes]), isNull(communes.relayId)));
}

async function ensureAccounts(tx: Db): Promise<void> {
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
	const missing = demoAccounts.filter((a) => !existingEmails.has(a.email));
	// Hashed side by side: one at a time, sixteen deliberately slow hashes would hold up the
	// first start by seconds.
	const hashes = await Promise.all(missing.map((a) => hashPassword(a.password)));
	for (const [index, account] of missing.entries()) {
		const relayId = account.relay === null ? null : relayIdBySlug.get(account.relay);
		if (relayId === undefined) throw new Error(`relay ${account.relay} missing`);
		await tx.insert(staffUsers).values({
			email: account.email,
			name: account.name,
			role: account.role,
			relayId,
			epciCode: account.epci,
			passwordHash: hashes[index]
		});
	}
}

/** Each account with the name of where it works: its relay, its EPCI or the deployment. */
async function describeAccounts(db: Db): Promise<DemoAccount[]> {
	const epciRows = await db
		.select({ code: epcis.code, name: epcis.name })
		.from(epcis)
		.where(
			inArray(
				epcis.code,
				demoAccounts.flatMap((a) => (a.epci ? [a.epci] : []))
			)
		);
	const epciName = new Map(epciRows.map((e) => [e.code, e.name]));
	return demoAccounts.map((a) => ({
		email: a.email,
		password: a.password,
		role: a.role,
		territory: a.relay
			? (demoRelays.find((r) => r.slug === a.relay)?.name ?? a.relay)
			: a.epci
				? (epciName.get(a.epci) ?? a.epci)
				: config.deploymentName
	}));
}
