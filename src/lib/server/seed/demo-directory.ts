import { asc, eq, inArray } from 'drizzle-orm';
import {
	careStructures,
	childminderAvailabilities,
	childminders,
	communes,
	mams,
	relays
} from '../db/schema';
import type { Db } from '../db/types';
import { todayInParis } from '$lib/time/paris';
import { demoRelays } from './demo-territory';
import { drawDemoDirectory } from './demo-directory-draw';
import { DEMO_MAMS } from './demo-directory-words';
import { DEMO_STRUCTURES } from './demo-structures';

/**
 * The demo directory: 300 fictional childminders over the communes the demo relays serve
 * (a dozen MAMs among them), their self-declared availability as of the anchor (about 55 %
 * valid, 25 % stale, 20 % never declared), and 36 other care structures. Deterministic: the
 * same anchor gives the same directory on every machine. Idempotent by natural keys (licence
 * number, MAM name and commune, structure reference): what is already there is left as the
 * relay or the childminder made it, and a childminder already there gets no free place from
 * the seed. Bulk inserts: the first start stays fast. No mail, no audit: nobody did anything.
 */
export async function seedDemoDirectory(tx: Db, anchor: Date): Promise<void> {
	const served = await tx
		.select({ inseeCode: communes.inseeCode, population: communes.population })
		.from(communes)
		.innerJoin(relays, eq(relays.id, communes.relayId))
		.where(
			inArray(
				relays.slug,
				demoRelays.map((r) => r.slug)
			)
		)
		.orderBy(asc(communes.inseeCode));
	if (served.length === 0) throw new Error('seedDemoDirectory: the demo territory is missing');
	const servedCodes = new Set(served.map((c) => c.inseeCode));

	await tx
		.insert(mams)
		.values(DEMO_MAMS.map(({ name, communeInsee, address }) => ({ name, communeInsee, address })))
		.onConflictDoNothing();
	const mamRows = await tx
		.select({ id: mams.id, name: mams.name, communeInsee: mams.communeInsee })
		.from(mams)
		.where(
			inArray(
				mams.name,
				DEMO_MAMS.map((m) => m.name)
			)
		);
	const mamId = (index: number) => {
		const mam = DEMO_MAMS[index];
		const row = mamRows.find((r) => r.name === mam?.name && r.communeInsee === mam.communeInsee);
		if (!row) throw new Error(`demo MAM ${mam?.name} missing`);
		return row.id;
	};

	const drawn = drawDemoDirectory(
		todayInParis(anchor),
		served.map((c) => ({ inseeCode: c.inseeCode, population: c.population ?? 0 }))
	).filter((c) => servedCodes.has(c.communeInsee));
	const inserted = await tx
		.insert(childminders)
		.values(
			drawn.map((c) => ({
				licenceNumber: c.licenceNumber,
				licenceGrantedOn: c.licenceGrantedOn,
				licenceRenewalOn: c.licenceRenewalOn,
				lastName: c.lastName,
				firstName: c.firstName,
				placesTotal: c.placesTotal,
				placesUnder3: c.placesUnder3,
				workSetting: c.mamIndex === null ? ('home' as const) : ('mam' as const),
				mamId: c.mamIndex === null ? null : mamId(c.mamIndex),
				address: c.address,
				communeInsee: c.communeInsee,
				addressPublication: c.addressPublication,
				phone: c.phone,
				email: c.email,
				contactsObjection: c.contactsObjection,
				offer: c.offer,
				languages: c.languages,
				status: c.status,
				statusChangedAt: c.statusChangedAt,
				availabilityDeclaredAt: c.availability?.declaredAt ?? null,
				availabilityValidUntil: c.availability?.validUntil ?? null
			}))
		)
		.onConflictDoNothing({ target: childminders.licenceNumber })
		.returning({ id: childminders.id, licenceNumber: childminders.licenceNumber });
	const idOf = new Map(inserted.map((row) => [row.licenceNumber, row.id]));
	const places = drawn.flatMap((c) => {
		const id = idOf.get(c.licenceNumber);
		if (!id || !c.availability) return [];
		const { declaredAt, validUntil } = c.availability;
		return c.availability.places.map((place) => ({
			childminderId: id,
			...place,
			declaredOn: declaredAt,
			validUntil
		}));
	});
	if (places.length > 0) await tx.insert(childminderAvailabilities).values(places);

	const structures = DEMO_STRUCTURES.filter((s) => servedCodes.has(s.communeInsee));
	if (structures.length > 0)
		await tx
			.insert(careStructures)
			.values(structures.map((s) => ({ ...s, updatedAt: anchor })))
			.onConflictDoNothing({ target: careStructures.externalRef });
}
