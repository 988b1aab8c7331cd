import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseCentroidFile, type Centroid } from './centroid-file';

/** A commune as the référentiel lists it (the fields of `@etalab/decoupage-administratif`). */
export interface ReferentialCommune {
	code: string;
	nom: string;
	departement: string;
	/** Only `commune-actuelle` rows are communes today; delegated and associated ones are not. */
	type: string;
	codesPostaux?: string[];
	population?: number;
}

/** An intercommunality with its own taxation and its member communes. */
export interface ReferentialEpci {
	code: string;
	nom: string;
	/** CC, CA, CU, METRO (MET69 for the Lyon metropolis). */
	type: string;
	membres: { code: string }[];
}

/** What a load reads: the référentiel and the centroids shipped beside it. */
export interface ReferentialSource {
	/** The référentiel's edition (the package version), recorded with the load. */
	version?: string;
	communes: ReferentialCommune[];
	epcis: ReferentialEpci[];
	centroids: Map<string, Centroid>;
}

const packageName = '@etalab/decoupage-administratif';

/**
 * Where a data file of the référentiel package is. The package is a runtime dependency, so it
 * stays in node_modules beside the built server (adapter-node bundles only the app's own
 * code); Node's resolution from this module finds it from the sources and from build/ alike.
 */
export function referentialDataFile(name: 'communes.json' | 'epci.json'): string {
	return createRequire(import.meta.url).resolve(`${packageName}/data/${name}`);
}

/** The installed version of the référentiel, for the audit entry and the README. */
export async function referentialVersion(): Promise<string> {
	const manifest = path.resolve(path.dirname(referentialDataFile('epci.json')), '../package.json');
	const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
	return version;
}

/**
 * The shipped centroids, read from the working directory like the migrations (`drizzle/`):
 * the server and the scripts both run from the repository's root.
 */
export const defaultCentroidsFolder = () =>
	path.resolve(process.cwd(), 'src/lib/server/territory/centroids');

/** The current and former communes of the installed référentiel, of `departements` if given. */
export async function readPackageCommunes(departements?: string[]): Promise<ReferentialCommune[]> {
	const communes = await readJson<ReferentialCommune[]>(referentialDataFile('communes.json'));
	if (!departements) return communes;
	const wanted = new Set(departements);
	return communes.filter((c) => wanted.has(c.departement));
}

/**
 * The référentiel of the installed package and the shipped centroids of `departements`
 * (a département without a centroid file loads with its communes reported as lacking one).
 */
export async function packageReferential(options: {
	departements: string[];
	centroidsFolder?: string;
}): Promise<ReferentialSource> {
	const [version, communes, epcis, centroids] = await Promise.all([
		referentialVersion(),
		readPackageCommunes(options.departements),
		readJson<ReferentialEpci[]>(referentialDataFile('epci.json')),
		readCentroids(options.departements, options.centroidsFolder ?? defaultCentroidsFolder())
	]);
	return { version, communes, epcis, centroids };
}

async function readCentroids(departements: string[], folder: string) {
	const centroids = new Map<string, Centroid>();
	for (const departement of departements) {
		const file = path.join(folder, `${departement}.json`);
		let text: string;
		try {
			text = await readFile(file, 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
			throw error;
		}
		for (const [code, centroid] of parseCentroidFile(text, file)) centroids.set(code, centroid);
	}
	return centroids;
}

async function readJson<T>(file: string): Promise<T> {
	return JSON.parse(await readFile(file, 'utf8')) as T;
}
