import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Neutrality 2 and 8 are properties of the code, so this reads it. The schema may hold no
 * column a preference or a league table could live in (a rating, a note, a score, a
 * "recommended" flag, a count of lists or placements per childminder…); the search's filters
 * are exactly the closed set of objective criteria; what a search returns and a list shows has
 * no such field; and the directory's pages say no such word.
 */

const SCHEMA = path.resolve('src/lib/server/db/schema');
const OPTIONS = path.resolve('src/lib/directory/directory-options.ts');
const SEARCH = path.resolve('src/lib/server/directory/search/search-directory.ts');

/** The words of a name: `is_recommended`, `isRecommended` → is, recommended. */
const words = (name: string) =>
	name
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
const naming = (pattern: RegExp) => ({
	test: (name: string) => words(name).some((w) => pattern.test(w))
});

/** A column or field a preference could live in. */
const PREFERENCE = naming(
	/^(ratings?|rated|notes?|scores?|rank|ranks|ranking|recommend\w*|prefer\w*|favou?rites?|stars?|comments?|reviews?|opinions?|likes?|votes?|feedback)$/
);
/** A column counting or measuring something per childminder. */
const STATISTIC = naming(
	/^(count|counts|counter|total|totals|times|views|viewed|shown|hits|clicks|lists|placements|placed|stats|statistics?|popularity|popular|rate|ratio|success)$/
);
/** A table of statistics (a list of lists is no statistic: family_lists are the snapshots). */
const STATISTIC_TABLE = naming(
	/^(stats|statistics?|counts|counters|popularity|leaderboard|rankings?|exposures?|views|hits)$/
);
/**
 * The one column whose name says "total" and is no statistic: the number of places of her
 * licence (agrément), from the PMI's list.
 */
const NOT_A_STATISTIC = new Set(['childminders.places_total']);

/** The closed set of objective filters (DOMAIN.md, Neutrality 2). */
const OBJECTIVE_FILTERS = [
	'communeInsee',
	'near',
	'childBirthDate',
	'startDate',
	'schedule',
	'atypical',
	'periscolaire',
	'disabilityWelcome',
	'siblings',
	'workSetting'
];

interface Table {
	name: string;
	columns: string[];
}

/** Every `pgTable('name', { field: builder('column') … })` of a source: SQL names. */
export function tablesOf(source: string): Table[] {
	const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
	const tables: Table[] = [];
	const visit = (node: ts.Node) => {
		if (
			ts.isCallExpression(node) &&
			ts.isIdentifier(node.expression) &&
			node.expression.text === 'pgTable'
		) {
			const [name, shape] = node.arguments;
			if (name && ts.isStringLiteral(name) && shape && ts.isObjectLiteralExpression(shape)) {
				const columns: string[] = [];
				for (const property of shape.properties) {
					columns.push(columnName(property));
				}
				tables.push({ name: name.text, columns });
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return tables;
}

/** The SQL name of a column: the first string argument of its builder chain, else its key. */
function columnName(property: ts.ObjectLiteralElementLike): string {
	let found: string | null = null;
	const visit = (node: ts.Node) => {
		if (found) return;
		if (ts.isCallExpression(node)) {
			const first = node.arguments[0];
			if (first && ts.isStringLiteral(first) && !ts.isPropertyAccessExpression(node.expression)) {
				found = first.text;
				return;
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(property);
	return found ?? (property.name && ts.isIdentifier(property.name) ? property.name.text : '?');
}

/** The property names of an interface of a source. */
export function interfaceKeys(source: string, name: string): string[] {
	const file = ts.createSourceFile('types.ts', source, ts.ScriptTarget.Latest, true);
	const keys: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isInterfaceDeclaration(node) && node.name.text === name) {
			for (const member of node.members)
				if (member.name && ts.isIdentifier(member.name)) keys.push(member.name.text);
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return keys;
}

/** A table about childminders: hers by name, or one pointing at her. */
const aboutChildminders = (table: Table) =>
	/childminder|mam/.test(table.name) || table.columns.some((c) => /childminder_id/.test(c));

/** What is wrong in these tables: a preference column, or a statistic about childminders. */
export function preferenceColumns(tables: Table[]): string[] {
	const wrong: string[] = [];
	for (const table of tables) {
		const about = aboutChildminders(table);
		if (about && PREFERENCE.test(table.name)) wrong.push(table.name);
		if (about && STATISTIC_TABLE.test(table.name)) wrong.push(table.name);
		for (const column of table.columns) {
			const qualified = `${table.name}.${column}`;
			if (about && PREFERENCE.test(column)) wrong.push(qualified);
			if (about && STATISTIC.test(column) && !NOT_A_STATISTIC.has(qualified)) wrong.push(qualified);
		}
	}
	return wrong;
}

const schemaSources = () =>
	readdirSync(SCHEMA)
		.filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
		.map((name) => readFileSync(path.join(SCHEMA, name), 'utf8'));

function files(dir: string, pattern: RegExp): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return files(full, pattern);
		return pattern.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [full] : [];
	});
}

/** The words a page could rank or recommend with, in French. */
const FRENCH_PREFERENCE =
	/\b(recommandée?s?|conseillée?s?|préférée?s?|favorite?s?|favoris|notée?s?|notes?|étoiles?|classement|avis|meilleure?s?|populaires?)\b/iu;

describe('no preference, no league table (Neutrality 2 and 8)', () => {
	it('the checks find a rating, a note, a recommended flag and a per-childminder count when there is one', () => {
		const bad = tablesOf(`
			export const childminders = pgTable('childminders', {
				id: uuid('id').primaryKey(),
				stars: integer('stars'),
				recommended: boolean('is_recommended').notNull().default(false)
			});
			export const childminderNotes = pgTable('childminder_notes', {
				childminderId: uuid('childminder_id').notNull(),
				body: text('body')
			});
			export const exposure = pgTable('list_exposure', {
				childminderId: uuid('childminder_id').notNull(),
				listsCount: integer('lists_count').notNull()
			});
		`);
		expect(preferenceColumns(bad)).toEqual([
			'childminders.stars',
			'childminders.is_recommended',
			'childminder_notes',
			'list_exposure',
			'list_exposure.lists_count'
		]);
		expect(interfaceKeys('interface X { a: string; score?: number }', 'X')).toEqual(['a', 'score']);
	});

	it('Neutrality 2: only a closed set of objective filters exists; no rating, note, "recommended" flag or free-text preference is stored or filtered on', () => {
		const tables = schemaSources().flatMap(tablesOf);
		expect(tables.map((table) => table.name)).toContain('childminders');
		expect(tables.find((t) => t.name === 'childminders')?.columns).toContain('offer');
		expect(preferenceColumns(tables).filter((c) => PREFERENCE.test(c))).toEqual([]);

		const options = readFileSync(OPTIONS, 'utf8');
		expect(interfaceKeys(options, 'DirectoryFilters').sort()).toEqual(
			[...OBJECTIVE_FILTERS].sort()
		);
		const search = readFileSync(SEARCH, 'utf8');
		const shown = [
			...interfaceKeys(options, 'FamilyListEntry'),
			...interfaceKeys(search, 'DirectoryMatch'),
			...interfaceKeys(search, 'FreePlace')
		];
		expect(shown.length).toBeGreaterThan(20);
		expect(shown.filter((key) => PREFERENCE.test(key))).toEqual([]);
	});

	it('Neutrality 8: no statistics per childminder (no league tables)', () => {
		const tables = schemaSources().flatMap(tablesOf);
		expect(tables.filter(aboutChildminders).length).toBeGreaterThanOrEqual(5);
		expect(preferenceColumns(tables)).toEqual([]);
		const search = readFileSync(SEARCH, 'utf8');
		expect(
			[...interfaceKeys(search, 'DirectoryMatch'), ...interfaceKeys(search, 'FreePlace')].filter(
				(key) => STATISTIC.test(key) && key !== 'placesTotal'
			)
		).toEqual([]);
	});

	it('the directory’s pages and words name no preference', () => {
		const sources = [
			...files(path.resolve('src/routes'), /\.(svelte|ts)$/).filter((file) =>
				file.includes(`${path.sep}annuaire`)
			),
			path.resolve('src/lib/i18n/fr/directory-search.ts')
		];
		expect(sources.length).toBeGreaterThan(1);
		const wrong = sources.filter((file) => FRENCH_PREFERENCE.test(readFileSync(file, 'utf8')));
		expect(wrong).toEqual([]);
	});
});
