import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceFilesUnder } from './source-files';

/**
 * What the family pages are made of, for the tests that hold a rule on all of it (logical
 * CSS properties, no module-level catalogue): the frame (root layout, error page), the home
 * page, the request form and the tracking pages, and every component and stylesheet they
 * import, transitively. Test-only: nothing in the app imports it.
 */
const SRC = path.resolve('src');
const ROUTES = path.join(SRC, 'routes');

/** The frame and the home page: the files of this part of issue 14. */
export const FAMILY_FRAME = [
	'+layout.svelte',
	'+error.svelte',
	'(public)/+layout.svelte',
	'(public)/+page.svelte'
]
	.map((file) => path.join(ROUTES, file))
	.filter((file) => existsSync(file));

/** The request form and the tracking pages, with the components beside their routes. */
export const FAMILY_TREES = ['(public)/demande', '(public)/suivi'].map((dir) =>
	path.join(ROUTES, dir)
);

const isComponentOrStylesheet = (file: string) => /\.(svelte|css)$/.test(file);

/** The components and stylesheets a file imports, resolved on disk (packages left out). */
function importedFiles(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const specifiers = [
		...source.matchAll(/\bimport\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g),
		...source.matchAll(/@import\s+(?:url\()?['"]([^'"]+)['"]/g)
	].map((match) => match[1] ?? '');
	return specifiers.flatMap((specifier) => {
		const resolved = specifier.startsWith('$lib/')
			? path.join(SRC, 'lib', specifier.slice('$lib/'.length))
			: specifier.startsWith('.')
				? path.resolve(path.dirname(file), specifier)
				: null;
		return resolved && isComponentOrStylesheet(resolved) && existsSync(resolved) ? [resolved] : [];
	});
}

/** Every component and stylesheet a family page loads, from `roots`, as absolute paths. */
export function familyFiles(
	roots: string[] = [
		...FAMILY_FRAME,
		...FAMILY_TREES.flatMap((dir) => sourceFilesUnder(dir, /\.(svelte|css)$/))
	]
): string[] {
	const seen = new Set<string>();
	const queue = [...roots];
	for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...importedFiles(file));
	}
	return [...seen].sort();
}

/** A file's path under src/, as a test names it. */
export const underSrc = (file: string) => path.relative(SRC, file);
