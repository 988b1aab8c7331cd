import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/types';
import { childminders, communes, mams } from '../../db/schema';
import type { ChildminderStatus, WorkSetting } from '$lib/directory/directory-options';

/** The data the relay may correct: everything but what she declares herself. */
export interface CorrectableData {
	lastName: string;
	firstName: string;
	address: string;
	communeInsee: string;
	phone: string | null;
	email: string | null;
	placesTotal: number;
	placesUnder3: number | null;
	workSetting: WorkSetting;
	mamId: string | null;
	status: ChildminderStatus;
}

export interface ChildminderToCorrect {
	id: string;
	licenceNumber: string;
	data: CorrectableData;
	/** The communes of the relay, the only ones she may be moved to. */
	communes: { inseeCode: string; name: string }[];
	/** The MAMs in those communes. */
	mams: { id: string; name: string; communeName: string }[];
}

/** Her row, when she works in a commune of this relay; null otherwise (another relay: 404). */
export async function findChildminderToCorrect(
	db: Db,
	relayId: string,
	childminderId: string
): Promise<ChildminderToCorrect | null> {
	const [row] = await db
		.select({ childminder: childminders })
		.from(childminders)
		.innerJoin(communes, eq(communes.inseeCode, childminders.communeInsee))
		.where(and(eq(childminders.id, childminderId), eq(communes.relayId, relayId)));
	if (!row) return null;
	const c = row.childminder;
	const relayCommunes = await db
		.select({ inseeCode: communes.inseeCode, name: communes.name })
		.from(communes)
		.where(eq(communes.relayId, relayId))
		.orderBy(asc(communes.name));
	const relayMams = await relayMamsOf(db, relayId);
	return {
		id: c.id,
		licenceNumber: c.licenceNumber,
		data: correctableOf(c),
		communes: relayCommunes,
		mams: relayMams
	};
}

export async function relayMamsOf(db: Db, relayId: string) {
	return db
		.select({ id: mams.id, name: mams.name, communeName: communes.name })
		.from(mams)
		.innerJoin(communes, eq(communes.inseeCode, mams.communeInsee))
		.where(eq(communes.relayId, relayId))
		.orderBy(asc(mams.name));
}

export function correctableOf(c: typeof childminders.$inferSelect): CorrectableData {
	return {
		lastName: c.lastName,
		firstName: c.firstName,
		address: c.address,
		communeInsee: c.communeInsee,
		phone: c.phone,
		email: c.email,
		placesTotal: c.placesTotal,
		placesUnder3: c.placesUnder3,
		workSetting: c.workSetting,
		mamId: c.mamId,
		status: c.status
	};
}
