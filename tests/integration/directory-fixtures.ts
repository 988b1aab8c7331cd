import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
	careStructures,
	childminderAvailabilities,
	childminders,
	mams,
	type CareStructure,
	type Childminder,
	type ChildminderAvailability,
	type Mam
} from '../../src/lib/server/db/schema';
import type { Database } from '../../src/lib/server/db/types';
import type { WeeklySchedule } from '../../src/lib/childcare-request-options';

let nextLicence = randomInt(1e6, 9e6);

/** A licence number no other test uses. */
export const freshLicenceNumber = (): string => `AG-${nextLicence++}`;

/**
 * An active licensed childminder at home in a commune, with no availability declared unless
 * the overrides say so. Every test makes its own.
 */
export async function makeChildminder(
	db: Database,
	communeInsee: string,
	overrides: Partial<typeof childminders.$inferInsert> = {}
): Promise<Childminder> {
	const licenceNumber = overrides.licenceNumber ?? freshLicenceNumber();
	const [row] = await db
		.insert(childminders)
		.values({
			licenceNumber,
			lastName: `Nom${licenceNumber.replace(/\W/g, '')}`,
			firstName: 'Camille',
			placesTotal: 4,
			placesUnder3: 3,
			communeInsee,
			address: '1 rue des Tilleuls',
			phone: '+33299000000',
			email: `am-${licenceNumber.toLowerCase()}@example.org`,
			...overrides
		})
		.returning();
	if (!row) throw new Error('childminder not created');
	return row;
}

/** Monday to Friday, the same hours every day. */
export const weekdays = (start = '07:30', end = '18:30'): WeeklySchedule => ({
	mon: { start, end },
	tue: { start, end },
	wed: { start, end },
	thu: { start, end },
	fri: { start, end },
	sat: null,
	sun: null
});

/**
 * A free place she declared, valid for six months from `declaredOn` (today by default); also
 * stamps her availability as declared, as the self-declaration does.
 */
export async function makeAvailability(
	db: Database,
	childminderId: string,
	place: Partial<typeof childminderAvailabilities.$inferInsert> = {}
): Promise<ChildminderAvailability> {
	const declaredOn = place.declaredOn ?? new Date();
	const validUntil =
		place.validUntil ??
		new Date(declaredOn.getTime() + 182 * 86_400_000).toISOString().slice(0, 10);
	const [row] = await db
		.insert(childminderAvailabilities)
		.values({
			childminderId,
			ageMinMonths: 0,
			ageMaxMonths: 36,
			availableFrom: declaredOn.toISOString().slice(0, 10),
			regularity: 'regular',
			weeklySchedule: weekdays(),
			...place,
			declaredOn,
			validUntil
		})
		.returning();
	if (!row) throw new Error('availability not created');
	await db
		.update(childminders)
		.set({ availabilityDeclaredAt: declaredOn, availabilityValidUntil: validUntil })
		.where(eq(childminders.id, childminderId));
	return row;
}

/** A MAM in a commune. */
export async function makeMam(db: Database, communeInsee: string, name?: string): Promise<Mam> {
	const [row] = await db
		.insert(mams)
		.values({
			name: name ?? `MAM Les Lutins ${randomInt(1e9)}`,
			address: '3 place de la Mairie',
			communeInsee
		})
		.returning();
	if (!row) throw new Error('MAM not created');
	return row;
}

/** A crèche (or another kind of care) in a commune. */
export async function makeStructure(
	db: Database,
	communeInsee: string,
	overrides: Partial<typeof careStructures.$inferInsert> = {}
): Promise<CareStructure> {
	const [row] = await db
		.insert(careStructures)
		.values({
			kind: 'creche',
			name: `Crèche Les Petits Pas ${randomInt(1e9)}`,
			address: '5 rue de l’École',
			communeInsee,
			ageMinMonths: 2,
			ageMaxMonths: 36,
			hours: 'du lundi au vendredi, 7 h 30 – 18 h 30',
			capacity: 30,
			...overrides
		})
		.returning();
	if (!row) throw new Error('structure not created');
	return row;
}
