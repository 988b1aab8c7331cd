import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCentroidFile } from './centroid-file';
import {
	defaultCentroidsFolder,
	packageReferential,
	referentialDataFile,
	referentialVersion
} from './referential-source';

describe('the référentiel package', () => {
	it('is found in node_modules, where the built server finds it too', () => {
		// adapter-node bundles the app's code into build/ but leaves runtime dependencies in
		// node_modules: resolving from a file under build/ must land on the same data.
		const fromBuild = createRequire(path.resolve('build/server/chunks/any.js'));
		for (const name of ['communes.json', 'epci.json'] as const) {
			const file = referentialDataFile(name);
			expect(existsSync(file)).toBe(true);
			expect(fromBuild.resolve(`@etalab/decoupage-administratif/data/${name}`)).toBe(file);
		}
	});

	it('is the version the package manifest declares', async () => {
		const manifest = createRequire(import.meta.url)('../../../../package.json') as {
			dependencies: Record<string, string>;
		};
		expect(await referentialVersion()).toBe(
			manifest.dependencies['@etalab/decoupage-administratif']
		);
	});
});

describe('the shipped centroids of 35', () => {
	it('cover every current commune of the référentiel for 35, and nothing else', async () => {
		const source = await packageReferential({ departements: ['35'] });
		const current = source.communes.filter((c) => c.type === 'commune-actuelle');
		expect(current.length).toBeGreaterThan(300);
		expect([...source.centroids.keys()].sort()).toEqual(current.map((c) => c.code).sort());
		// Ille-et-Vilaine lies between 47.6° and 48.8° N, 2.3° and 1.0° W.
		for (const { latitude, longitude } of source.centroids.values()) {
			expect(latitude).toBeGreaterThan(47.5);
			expect(latitude).toBeLessThan(48.8);
			expect(longitude).toBeGreaterThan(-2.3);
			expect(longitude).toBeLessThan(-1);
		}
	});

	it('are stored as the generator writes them (a regeneration diffs only what changed)', async () => {
		const file = path.join(defaultCentroidsFolder(), '35.json');
		const source = await packageReferential({ departements: ['35'] });
		expect(await readFile(file, 'utf8')).toBe(formatCentroidFile(source.centroids));
	});

	it('are absent for a département without a file: its communes load without centroid', async () => {
		const source = await packageReferential({ departements: ['56'] });
		expect(source.communes.length).toBeGreaterThan(200);
		expect(source.centroids.size).toBe(0);
	});
});
