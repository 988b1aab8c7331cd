import { eq } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { childminderAvailabilities, childminders } from '../../db/schema';
import { declarationValidUntil } from '../availability-campaigns';
import { todayInParis } from '$lib/time/paris';

/**
 * She has just declared (a place added or removed, "nothing changed", "no free place"): her
 * declaration as a whole, and each of her places, are declared now and valid until the next
 * campaign (availability-campaigns.ts). Returns that date.
 */
export async function renewDeclaration(tx: Db, childminderId: string, now: Date): Promise<string> {
	const validUntil = declarationValidUntil(todayInParis(now));
	await tx
		.update(childminders)
		.set({ availabilityDeclaredAt: now, availabilityValidUntil: validUntil, updatedAt: now })
		.where(eq(childminders.id, childminderId));
	await tx
		.update(childminderAvailabilities)
		.set({ declaredOn: now, validUntil })
		.where(eq(childminderAvailabilities.childminderId, childminderId));
	return validUntil;
}
