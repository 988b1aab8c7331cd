import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/types';
import { communes, epcis, staffUsers } from '../db/schema';
import { hashPassword } from '../auth/password';

/**
 * The deployment's side of the demo: the coordinator's account and the intercommunalities of
 * the demo communes, so that officials can be scoped to one. The membership is the official
 * référentiel's (@etalab/decoupage-administratif 6.0.0, data/epci.json), copied here for the
 * few demo communes; the référentiel loader sets it for every commune of the département.
 */
export const demoCoordinator = {
	email: 'coordination@rpe-demo.test',
	name: 'Hélène Rouxel',
	password: 'Demo-Coordination-2026'
};

const demoEpcis: { code: string; name: string; kind: string; communes: string[] }[] = [
	{
		code: '243500139',
		name: 'Rennes Métropole',
		kind: 'METRO',
		communes: [
			'35001',
			'35024',
			'35047',
			'35051',
			'35055',
			'35066',
			'35131',
			'35189',
			'35196',
			'35206',
			'35210',
			'35238',
			'35240',
			'35278',
			'35281',
			'35334',
			'35352',
			'35353'
		]
	},
	{ code: '200039022', name: 'CA Vitré Communauté', kind: 'CA', communes: ['35360'] },
	{ code: '200072452', name: 'CA Fougères Agglomération', kind: 'CA', communes: ['35115'] },
	{
		code: '243500782',
		name: 'CA du Pays de Saint Malo Agglomération',
		kind: 'CA',
		communes: ['35288']
	},
	{ code: '243500741', name: 'CA Redon Agglomération', kind: 'CA', communes: ['35236'] }
];

/** Idempotent: existing rows, and communes whose EPCI is already known, are left as they are. */
export async function seedDemoCoordination(tx: Db): Promise<void> {
	for (const epci of demoEpcis) {
		await tx
			.insert(epcis)
			.values({ code: epci.code, name: epci.name, kind: epci.kind })
			.onConflictDoNothing({ target: epcis.code });
		await tx
			.update(communes)
			.set({ epciCode: epci.code })
			.where(and(inArray(communes.inseeCode, epci.communes), isNull(communes.epciCode)));
	}
	const existing = await tx
		.select({ id: staffUsers.id })
		.from(staffUsers)
		.where(eq(staffUsers.email, demoCoordinator.email));
	if (existing.length === 0) {
		await tx.insert(staffUsers).values({
			email: demoCoordinator.email,
			name: demoCoordinator.name,
			role: 'coordinator',
			passwordHash: await hashPassword(demoCoordinator.password)
		});
	}
}
