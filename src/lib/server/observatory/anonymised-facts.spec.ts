import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The observatory is cut from anonymised facts only (DOMAIN.md, "Privacy and the
 * observatory"): this reads the code. Nothing under `server/observatory/` — the refresh's SQL
 * first — names a personal column or a table of free text, or imports a module that reads
 * requests; only `server/observatory/` reads `observatory_counts` (raw, unprotected counts),
 * and no route imports it. Comments are not code: only identifiers and string or template
 * text are read, so a comment may say what the code must never do.
 */

const OBSERVATORY = path.resolve('src/lib/server/observatory');
const REFRESH = path.join(OBSERVATORY, 'refresh-counts.ts');
const SRC = path.resolve('src');
const SERVER = path.resolve('src/lib/server');

/**
 * Personal columns (the family's, a childminder's, a staff member's), snake and camel. Those
 * whose name is no ordinary word are refused wherever the code says them.
 */
const PERSONAL_NAMES = [
	'parent_names',
	'contact_times',
	'home_language',
	'birth_date',
	'expected_birth_date',
	'last_name',
	'first_name',
	'tracking_token_hash'
];
/**
 * Personal columns named by an ordinary word ("phone" is also a channel, "appointments" a
 * heading): refused as a column — a property read (`requests.phone`) or a qualified column in
 * SQL (`r.phone`).
 */
const PERSONAL_WORDS = ['email', 'phone', 'comment', 'address', 'reference'];
const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const PERSONAL = new Set(PERSONAL_NAMES.flatMap((c) => [c, camel(c)]));
const PERSONAL_FIELD = new Set(PERSONAL_WORDS.flatMap((c) => [c, camel(c)]));

/** Tables of free text, contacts or sessions: the observatory has nothing to read there. */
const FREE_TEXT_TABLES = [
	'request_events',
	'request_notes',
	'request_contacts',
	'request_drafts',
	'audit_log',
	'mail_outbox',
	'sessions',
	'staff_users',
	'password_tokens'
];
const FREE_TEXT = new Set(FREE_TEXT_TABLES.flatMap((t) => [t, camel(t)]));

/** The tables of requests: only the refresh reads them; a page reads the counts. */
const REQUEST_TABLES = [
	'childcare_requests',
	'request_children',
	'request_outcomes',
	'family_lists'
];
const REQUEST_TABLE = new Set(REQUEST_TABLES.flatMap((t) => [t, camel(t)]));
/** Named by an ordinary word: refused as a table in SQL or imported from the schema. */
const REQUEST_TABLE_WORDS = ['appointments'];

/** Server modules that read requests or their history: never imported by the observatory. */
const REQUEST_READERS = ['requests', 'queue', 'appointments', 'mail', 'audit', 'staff'].map((d) =>
	path.join(SERVER, d)
);

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return filesUnder(full, keep);
		return keep(full) ? [full] : [];
	});
}

const isCode = (file: string) => /\.(ts|js|svelte)$/.test(file) && !/\.(spec|test)\.ts$/.test(file);

/** The code of a file: a Svelte file's scripts, or the whole file. */
function scriptOf(file: string): string {
	const text = readFileSync(file, 'utf8');
	if (!file.endsWith('.svelte')) return text;
	return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

interface CodeFacts {
	/** Every identifier, and every word of string and template text (SQL included). */
	words: Set<string>;
	/** The names read as properties: `x.phone` → phone. */
	properties: Set<string>;
	/** String and template text, whole (SQL). */
	texts: string[];
	/** Names imported from a schema module (`../db/schema`). */
	schemaImports: Set<string>;
}

/** What the code says, comments left out. */
function factsOf(file: string): CodeFacts {
	const source = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, true);
	const facts: CodeFacts = {
		words: new Set(),
		properties: new Set(),
		texts: [],
		schemaImports: new Set()
	};
	const visit = (node: ts.Node) => {
		if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) facts.words.add(node.text);
		else if (
			ts.isStringLiteral(node) ||
			ts.isNoSubstitutionTemplateLiteral(node) ||
			ts.isTemplateHead(node) ||
			ts.isTemplateMiddle(node) ||
			ts.isTemplateTail(node)
		) {
			facts.texts.push(node.text);
			for (const word of node.text.split(/[^A-Za-z0-9_]+/)) if (word) facts.words.add(word);
		}
		if (ts.isPropertyAccessExpression(node)) facts.properties.add(node.name.text);
		if (
			ts.isImportDeclaration(node) &&
			ts.isStringLiteral(node.moduleSpecifier) &&
			/db\/schema/.test(node.moduleSpecifier.text) &&
			node.importClause?.namedBindings &&
			ts.isNamedImports(node.importClause.namedBindings)
		)
			for (const element of node.importClause.namedBindings.elements)
				facts.schemaImports.add((element.propertyName ?? element.name).text);
		ts.forEachChild(node, visit);
	};
	visit(source);
	return facts;
}

const wordsOf = (file: string) => factsOf(file).words;

/** A qualified column in SQL text: `r.phone`, `c.email`. */
const qualifiedColumns = (text: string) =>
	[...text.matchAll(/\b[A-Za-z_][A-Za-z0-9_]*\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? '');
/** A table read in SQL text: `from appointments`, `join appointments a`. */
const tablesRead = (text: string) =>
	[...text.matchAll(/\b(?:from|join)\s+([A-Za-z_][A-Za-z0-9_]*)/gi)].map((m) => m[1] ?? '');

/** The module specifiers a file imports (static, dynamic and re-exports). */
function importsOf(file: string): string[] {
	const source = ts.createSourceFile(file, scriptOf(file), ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (
			(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		)
			found.push(node.moduleSpecifier.text);
		else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] &&
			ts.isStringLiteral(node.arguments[0])
		)
			found.push(node.arguments[0].text);
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

/** Where an import points, as a path without extension (`$lib` resolved). */
function resolveImport(from: string, specifier: string): string | null {
	if (specifier.startsWith('$lib/')) return path.resolve('src/lib', specifier.slice(5));
	if (specifier.startsWith('.')) return path.resolve(path.dirname(from), specifier);
	return null;
}

const observatoryFiles = filesUnder(OBSERVATORY, isCode);
const relative = (file: string) => path.relative(process.cwd(), file);

describe('the observatory reads anonymised facts only', () => {
	it('finds its code, the refresh among it', () => {
		expect(observatoryFiles).toContain(REFRESH);
		// The reading itself works: the refresh names the tables it counts from.
		const words = wordsOf(REFRESH);
		expect(words.has('childcare_requests')).toBe(true);
		expect(words.has('residence_insee')).toBe(true);
	});

	it('names no personal column anywhere under server/observatory', () => {
		const offences = observatoryFiles.flatMap((file) => {
			const facts = factsOf(file);
			const named = [...facts.words].filter((w) => PERSONAL.has(w));
			const read = [
				...[...facts.properties].filter((p) => PERSONAL_FIELD.has(p)),
				...facts.texts.flatMap(qualifiedColumns).filter((c) => PERSONAL_FIELD.has(c))
			];
			return [...new Set([...named, ...read])].map((w) => `${relative(file)}: ${w}`);
		});
		expect(offences).toEqual([]);
	});

	it('names no table of free text, contacts or sessions', () => {
		const offences = observatoryFiles.flatMap((file) =>
			[...wordsOf(file)].filter((w) => FREE_TEXT.has(w)).map((w) => `${relative(file)}: ${w}`)
		);
		expect(offences).toEqual([]);
	});

	it('reads the requests only in the refresh: everything else reads the counts', () => {
		const offences = observatoryFiles
			.filter((file) => file !== REFRESH)
			.flatMap((file) => {
				const facts = factsOf(file);
				const tables = [
					...[...facts.words].filter((w) => REQUEST_TABLE.has(w)),
					...[...facts.schemaImports].filter((name) => REQUEST_TABLE_WORDS.includes(name)),
					...facts.texts.flatMap(tablesRead).filter((t) => REQUEST_TABLE_WORDS.includes(t))
				];
				return [...new Set(tables)].map((w) => `${relative(file)}: ${w}`);
			});
		expect(offences).toEqual([]);
	});

	it('imports no module that reads requests, their history, mails or staff', () => {
		const offences = observatoryFiles.flatMap((file) =>
			importsOf(file)
				.filter((specifier) => {
					const target = resolveImport(file, specifier);
					return (
						target !== null &&
						REQUEST_READERS.some((dir) => target === dir || target.startsWith(dir + path.sep))
					);
				})
				.map((specifier) => `${relative(file)}: ${specifier}`)
		);
		expect(offences).toEqual([]);
	});
});

describe('the raw counts stay inside server/observatory', () => {
	const allowed = (file: string) =>
		file.startsWith(OBSERVATORY + path.sep) ||
		file.startsWith(path.resolve('src/lib/server/db/schema') + path.sep);
	const everywhere = filesUnder(SRC, isCode);

	it('only server/observatory (and the schema declaring it) names observatory_counts', () => {
		const readers = everywhere.filter((file) => {
			// Parse only the files whose text holds the name (comments included), to be quick.
			if (!/observatory_counts|observatoryCounts/.test(readFileSync(file, 'utf8'))) return false;
			const words = wordsOf(file);
			return words.has('observatory_counts') || words.has('observatoryCounts');
		});
		expect(readers.length).toBeGreaterThan(0);
		expect(readers.filter((file) => !allowed(file)).map(relative)).toEqual([]);
	});

	it('no route imports the schema of the counts or the refresh', () => {
		const routes = filesUnder(path.resolve('src/routes'), isCode);
		expect(routes.length).toBeGreaterThan(0);
		const offences = routes.flatMap((file) =>
			importsOf(file)
				.filter((specifier) => {
					const target = resolveImport(file, specifier);
					return (
						target !== null &&
						(/server\/db\/schema/.test(target) || target === REFRESH.replace(/\.ts$/, ''))
					);
				})
				.map((specifier) => `${relative(file)}: ${specifier}`)
		);
		expect(offences).toEqual([]);
	});
});
